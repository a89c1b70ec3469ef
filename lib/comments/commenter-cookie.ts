/**
 * The browser's proof that its reader owns an e-mail address: set when the
 * button of a verification link's page is pressed (requests.ts), sent back
 * with every comment form. Under `first` a comment appears at once only
 * when its address is verified, the author approved a comment from it, and
 * the browser sending it carries this proof for that address: typing a
 * known commenter's address in another browser earns nothing (it waits,
 * and the address's owner is sent a link).
 */
import type { CommentKeys } from "./keys";
import { COMMENTER_PROOF_DAYS, commenterToken, verifyToken } from "./tokens";

export const COMMENTER_COOKIE = "quire_commenter";

export interface CommenterCookie {
  name: string;
  value: string;
  options: { httpOnly: true; secure: boolean; sameSite: "lax"; path: string; maxAge: number };
}

/** The cookie that proves `email` from now on, for the whole site (under BASE_PATH). */
export function commenterCookie(keys: CommentKeys, email: string, now: Date, secure: boolean, basePath = ""): CommenterCookie {
  return {
    name: COMMENTER_COOKIE,
    value: commenterToken(keys, email, now),
    options: { httpOnly: true, secure, sameSite: "lax", path: basePath || "/", maxAge: COMMENTER_PROOF_DAYS * 24 * 3600 },
  };
}

/** The address the request's cookie proves, if genuine and unexpired. */
export function provenEmail(keys: CommentKeys, cookieHeader: string | null, now: Date): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || part.slice(0, at).trim() !== COMMENTER_COOKIE) continue;
    const check = verifyToken<{ e?: unknown }>(keys.links, "commenter", part.slice(at + 1).trim(), now);
    if (check.ok && typeof check.payload.e === "string" && check.payload.e) return check.payload.e;
  }
  return undefined;
}
