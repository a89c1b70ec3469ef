/**
 * Signed tokens: `<payload>.<signature>`, the payload base64url JSON, the
 * signature an HMAC-SHA256 of the purpose and the payload. A token is
 * checked for its purpose, its signature (in constant time) and its expiry
 * before anything in it is read.
 */
import crypto from "node:crypto";
import type { CommentKeys } from "./keys";

export type TokenPurpose = "form" | "approve" | "delete" | "unsubscribe" | "verify-email" | "commenter";

export type TokenCheck<T> = { ok: true; payload: T } | { ok: false; reason: "invalid" | "expired" };

const signature = (key: Buffer, purpose: TokenPurpose, body: string) =>
  crypto.createHmac("sha256", key).update(`${purpose}.${body}`).digest("base64url");

/** A token for `purpose` holding `payload`, valid until `expires`. */
export function signToken(key: Buffer, purpose: TokenPurpose, payload: Record<string, string | number>, expires: Date): string {
  const body = Buffer.from(JSON.stringify({ ...payload, exp: Math.floor(expires.getTime() / 1000) })).toString("base64url");
  return `${body}.${signature(key, purpose, body)}`;
}

/** The payload of a token signed for `purpose`, if genuine and unexpired at `now`. */
export function verifyToken<T extends object>(key: Buffer, purpose: TokenPurpose, token: string, now: Date): TokenCheck<T> {
  if (typeof token !== "string" || token.length > 2048) return { ok: false, reason: "invalid" };
  const [body, mac, extra] = token.split(".");
  if (!body || !mac || extra !== undefined) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(signature(key, purpose, body));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (typeof payload !== "object" || payload === null || typeof (payload as { exp?: unknown }).exp !== "number") return { ok: false, reason: "invalid" };
  if ((payload as { exp: number }).exp * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload: payload as T };
}

/** How long a one-click approve or delete link in the author's e-mail works. */
export const ACTION_LINK_DAYS = 7;
/** How long the unsubscribe link of one reply notice works (a fresh one goes with each notice). */
export const UNSUBSCRIBE_LINK_DAYS = 365;
/** How long the link that verifies a commenter's address works. */
export const VERIFY_LINK_DAYS = 7;
/** How long a browser that confirmed an address keeps proving it (commenter-cookie.ts). */
export const COMMENTER_PROOF_DAYS = 365;
/** How long a form stays good after the page rendered it. */
export const FORM_TOKEN_HOURS = 24;

const DAY = 24 * 60 * 60 * 1000;
const later = (now: Date, ms: number) => new Date(now.getTime() + ms);

/** An approve or delete link's token for one comment. */
export function actionToken(keys: CommentKeys, action: "approve" | "delete", commentId: string, now: Date): string {
  return signToken(keys.links, action, { c: commentId }, later(now, ACTION_LINK_DAYS * DAY));
}

export function unsubscribeToken(keys: CommentKeys, subscriptionId: string, now: Date): string {
  return signToken(keys.links, "unsubscribe", { s: subscriptionId }, later(now, UNSUBSCRIBE_LINK_DAYS * DAY));
}

export function verifyEmailToken(keys: CommentKeys, email: string, now: Date): string {
  return signToken(keys.links, "verify-email", { e: email }, later(now, VERIFY_LINK_DAYS * DAY));
}

/** The proof a browser keeps once its reader confirmed `email` there (lib/comments/commenter-cookie.ts). */
export function commenterToken(keys: CommentKeys, email: string, now: Date): string {
  return signToken(keys.links, "commenter", { e: email }, later(now, COMMENTER_PROOF_DAYS * DAY));
}

/** The token a comment form carries: when it was rendered, for which post, and a nonce naming this one form. */
export function formToken(keys: CommentKeys, postKey: string, now: Date): string {
  return signToken(keys.form, "form", { p: postKey, t: now.getTime(), n: crypto.randomBytes(16).toString("base64url") }, later(now, FORM_TOKEN_HOURS * 60 * 60 * 1000));
}

export interface FormTokenPayload {
  p: string;
  t: number;
  n: string;
}
