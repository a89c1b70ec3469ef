import path from "node:path";
import { describe, expect, it } from "vitest";
import { addressKey, hashAddress } from "@/lib/comments/address";
import { DEFAULT_DATA_DIR, readCommentsEnv } from "@/lib/comments/env";
import { deriveKeys } from "@/lib/comments/keys";
import { COMMENT_DEFAULTS, resolveComments } from "@/lib/comments/settings";
import { startProblem } from "@/lib/comments/start";
import { actionToken, formToken, signToken, unsubscribeToken, verifyToken } from "@/lib/comments/tokens";
import { resolveSite, type SiteSettings } from "@/site.config";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const keys = deriveKeys(SECRET);
const now = new Date("2026-06-01T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("the comments setting", () => {
  const site: SiteSettings = { title: "T", description: "D", author: { name: "A" }, language: "en", siteUrl: "https://example.com" };

  it("is off unless the settings or QUIRE_COMMENTS turn it on", () => {
    expect(resolveSite(site, {}).comments).toBe(false);
    expect(resolveSite({ ...site, comments: false }, {}).comments).toBe(false);
    expect(resolveSite(site, { QUIRE_COMMENTS: "on" }).comments).toEqual(COMMENT_DEFAULTS);
    expect(resolveSite({ ...site, comments: { moderation: "first" } }, { QUIRE_COMMENTS: "off" }).comments).toBe(false);
  });

  it("fills in every default, moderation of all comments first", () => {
    expect(resolveComments(true, {})).toEqual({ moderation: "all", minSecondsToSubmit: 3, maxLength: 5000, maxLinks: 3, rateLimit: { max: 5, windowMinutes: 10 } });
    expect(resolveComments({ moderation: "none", maxLinks: 0 }, {})).toMatchObject({ moderation: "none", maxLinks: 0, maxLength: 5000 });
  });

  it("refuses a value it cannot use, naming the setting", () => {
    expect(() => resolveComments({ moderation: "some" as "all" }, {})).toThrow('site.config.ts: comments.moderation must be "all", "first" or "none", got "some"');
    expect(() => resolveComments({ maxLength: 1.5 }, {})).toThrow("comments.maxLength must be a whole number, got 1.5");
    for (const liveSite of ["blog.example.org", "javascript:alert(1)", "https://blog.example.org/?x=1", "https://user:pw@blog.example.org"]) {
      expect(() => resolveComments({ liveSite }, {})).toThrow(`site.config.ts: comments.liveSite must be an http or https address (https://blog.example.org), got ${JSON.stringify(liveSite)}`);
    }
    expect(resolveComments({ liveSite: "https://blog.example.org/sub/" }, {})).toMatchObject({ liveSite: "https://blog.example.org/sub/" });
    expect(() => resolveComments({ rateLimit: { max: 0, windowMinutes: 10 } }, {})).toThrow("comments.rateLimit must be { max, windowMinutes }");
    expect(() => resolveComments(undefined, { QUIRE_COMMENTS: "yes" })).toThrow('QUIRE_COMMENTS must be "on" or "off", got "yes"');
  });
});

describe("the comments environment", () => {
  it("names, when the server starts, what keeps its comments from working: nothing when they are off or all is set", () => {
    expect(startProblem(false, { NODE_ENV: "production" })).toBeUndefined();
    expect(startProblem(COMMENT_DEFAULTS, { NODE_ENV: "production" })).toBe(
      "comments: comments are on but COMMENTS_SECRET is not set: set it to a random string of at least 32 characters (openssl rand -base64 32); docs/comments.md",
    );
    expect(startProblem(COMMENT_DEFAULTS, { NODE_ENV: "production", COMMENTS_SECRET: "x".repeat(32), DATABASE_URL: "mysql://db" })).toMatch(/^comments: DATABASE_URL must be a Postgres address/);
    expect(startProblem(COMMENT_DEFAULTS, { NODE_ENV: "production", COMMENTS_SECRET: "x".repeat(32) })).toBeUndefined();
    expect(startProblem(COMMENT_DEFAULTS, { NODE_ENV: "development" })).toBeUndefined();
  });

  it("stops a production server that has comments on and no COMMENTS_SECRET, saying what to set", () => {
    expect(() => readCommentsEnv({ NODE_ENV: "production" })).toThrow(/comments are on but COMMENTS_SECRET is not set: set it to a random string of at least 32 characters/);
    expect(() => readCommentsEnv({ NODE_ENV: "production", COMMENTS_SECRET: "short" })).toThrow("COMMENTS_SECRET must be at least 32 characters, it has 5");
  });

  it("makes a secret for this process in development, with a warning", () => {
    const env = readCommentsEnv({ NODE_ENV: "development" }, "/site");
    expect(env.secret.length).toBeGreaterThanOrEqual(32);
    expect(env.warning).toMatch(/COMMENTS_SECRET is not set/);
    expect(readCommentsEnv({}).secret).not.toBe(env.secret);
  });

  it("stores in the data folder by default, QUIRE_DATA_DIR elsewhere, Postgres with DATABASE_URL", () => {
    expect(readCommentsEnv({ COMMENTS_SECRET: SECRET }, "/site").storage).toEqual({ driver: "pglite", dataDir: path.resolve("/site", DEFAULT_DATA_DIR) });
    expect(readCommentsEnv({ COMMENTS_SECRET: SECRET, QUIRE_DATA_DIR: "/var/lib/quire" }, "/site").storage).toEqual({ driver: "pglite", dataDir: "/var/lib/quire" });
    expect(readCommentsEnv({ COMMENTS_SECRET: SECRET, DATABASE_URL: "postgres://u:p@db:5432/blog" }).storage).toEqual({ driver: "postgres", url: "postgres://u:p@db:5432/blog" });
    expect(() => readCommentsEnv({ COMMENTS_SECRET: SECRET, DATABASE_URL: "mysql://u:p@db/blog" })).toThrow('DATABASE_URL must be a Postgres address (postgres://user:password@host:5432/database), got one starting "mysql:"');
  });
});

describe("signed tokens", () => {
  it("give back their payload before they expire, and say when they have", () => {
    const token = actionToken(keys, "approve", "42", now);
    expect(verifyToken(keys.links, "approve", token, later(6 * 86400_000))).toMatchObject({ ok: true, payload: { c: "42" } });
    expect(verifyToken(keys.links, "approve", token, later(7 * 86400_000))).toEqual({ ok: false, reason: "expired" });
  });

  it("are good for one purpose only: an approve link never deletes, a form token never approves", () => {
    const approve = actionToken(keys, "approve", "42", now);
    expect(verifyToken(keys.links, "delete", approve, now)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(keys.links, "approve", formToken(keys, "post", now), now)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(keys.links, "approve", unsubscribeToken(keys, "42", now), now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("are refused when anything in them is changed, or signed with another secret", () => {
    const token = actionToken(keys, "delete", "42", now);
    const [body, mac] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ c: "1", exp: 9_999_999_999 })).toString("base64url");
    expect(verifyToken(keys.links, "delete", `${forged}.${mac}`, now)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(keys.links, "delete", `${body}.${mac.slice(0, -2)}AA`, now)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyToken(deriveKeys(`${SECRET}-other`).links, "delete", token, now)).toEqual({ ok: false, reason: "invalid" });
    for (const junk of ["", ".", "a.b.c", "x".repeat(5000), `${body}.`]) expect(verifyToken(keys.links, "delete", junk, now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("without an expiry in a genuine signature are still refused", () => {
    const token = signToken(keys.links, "approve", { c: "1" }, later(1000));
    const [, mac] = token.split(".");
    expect(verifyToken(keys.links, "approve", `${Buffer.from("{}").toString("base64url")}.${mac}`, now)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("addresses", () => {
  it("are kept as a keyed hash: the same address the same hash, never the address itself", () => {
    const hash = hashAddress(keys.address, "203.0.113.7");
    expect(hash).toBe(hashAddress(keys.address, "203.0.113.7"));
    expect(hash).not.toContain("203");
    expect(hash).not.toBe(hashAddress(keys.address, "203.0.113.8"));
    expect(hash).not.toBe(hashAddress(deriveKeys(`${SECRET}-other`).address, "203.0.113.7"));
  });

  it("count IPv6 visitors by their /64 and IPv4-mapped addresses as IPv4", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(hashAddress(keys.address, "2001:db8:1:2::1")).toBe(hashAddress(keys.address, "2001:db8:1:2:ffff::9"));
  });
});
