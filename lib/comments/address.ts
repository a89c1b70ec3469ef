/**
 * A visitor's IP address as the database keeps it: an HMAC (keyed by a key
 * derived from COMMENTS_SECRET), never the address. Enough to count one
 * address's comments for the rate limit; not reversible without the secret,
 * and not the same hash on another site. IPv6 addresses count by their /64,
 * which one machine usually holds whole.
 */
import crypto from "node:crypto";
import net from "node:net";

/** The part of an address that names one visitor: IPv4 whole, IPv6 its first 64 bits. */
export function addressKey(ip: string): string {
  const address = ip.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && net.isIPv4(mapped[1])) return mapped[1];
  if (net.isIPv4(address)) return address;
  if (!net.isIPv6(address)) return `other:${address.toLowerCase()}`;
  const [head, tail = ""] = address.toLowerCase().split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  // An embedded IPv4 tail (::1.2.3.4) is two groups; only the first four groups matter here.
  const left = groups(head);
  const right = address.includes("::") ? groups(tail) : [];
  const full = address.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return full
    .slice(0, 4)
    .map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? parseInt(group, 16).toString(16) : group))
    .join(":") + "::/64";
}

/** The stored form of an address; an unknown address is one shared bucket. */
export function hashAddress(key: Buffer, ip: string | undefined): string {
  return crypto.createHmac("sha256", key).update(ip ? addressKey(ip) : "unknown").digest("base64url");
}
