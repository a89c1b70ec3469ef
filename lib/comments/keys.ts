/**
 * One key per use, derived from COMMENTS_SECRET: a token signed for one
 * purpose can never pass as another's, and the address hashes are not
 * signatures.
 */
import crypto from "node:crypto";

export interface CommentKeys {
  /** Form tokens (render time, post, nonce). */
  form: Buffer;
  /** One-click links: approve, delete, unsubscribe, e-mail verification. */
  links: Buffer;
  /** IP address hashes (privacy.ts). */
  address: Buffer;
  /** The admin page's forms: each session's CSRF token (admin-web.ts). */
  csrf: Buffer;
}

export function deriveKeys(secret: string): CommentKeys {
  const derive = (use: string) => crypto.createHmac("sha256", secret).update(`quire-comments:${use}`).digest();
  return { form: derive("form"), links: derive("links"), address: derive("address"), csrf: derive("csrf") };
}
