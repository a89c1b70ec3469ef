/**
 * What the admin page's routes check on every request, as pure functions:
 * the session cookie's name and attributes, the CSRF token of a session.
 * Whether a form was posted from this site is lib/comments/origin.ts.
 */
import crypto from "node:crypto";
import type { CommentKeys } from "./keys";

/** The cookie that carries the author's session token. */
export const SESSION_COOKIE = "quire_admin";

export interface CookieOptions {
  httpOnly: true;
  secure: boolean;
  sameSite: "strict";
  path: string;
  expires: Date;
}

/**
 * The session cookie's attributes: never readable by scripts, sent only to
 * the admin pages (under the site's base path), only with requests from the
 * site itself, and only over https when the site is served over https.
 */
export function sessionCookieOptions(expires: Date, secure: boolean, basePath = ""): CookieOptions {
  return { httpOnly: true, secure, sameSite: "strict", path: `${basePath}/admin`, expires };
}

/** The session token of the request's cookie (a base64url string), if any. */
export function sessionOf(cookieHeader: string | null): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, value] = part.trim().split("=", 2);
    if (name === SESSION_COOKIE && value && /^[A-Za-z0-9_-]{1,100}$/.test(value)) return value;
  }
  return undefined;
}

/** Whether the browser reached the site over https: the request's own scheme, or the one a proxy in front reports. */
export function isHttps(url: string, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return (forwarded || new URL(url).protocol.replace(/:$/, "")) === "https";
}

/** A session's CSRF token: an HMAC of its session token, so it needs no storage and dies with the session. */
export function csrfToken(keys: Pick<CommentKeys, "csrf">, sessionToken: string): string {
  return crypto.createHmac("sha256", keys.csrf).update(sessionToken).digest("base64url");
}

export function isValidCsrf(keys: Pick<CommentKeys, "csrf">, sessionToken: string | undefined, given: string | undefined): boolean {
  if (!sessionToken || typeof given !== "string") return false;
  const expected = Buffer.from(csrfToken(keys, sessionToken));
  const actual = Buffer.from(given);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

