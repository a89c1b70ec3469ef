/**
 * The author's way into moderation: one password from QUIRE_ADMIN_PASSWORD,
 * kept in memory only as a scrypt hash (or given as one,
 * QUIRE_ADMIN_PASSWORD_HASH); sessions as random tokens of which
 * the database keeps a SHA-256 hash; failed logins counted per address hash
 * in the database, so guessing is slow across instances too. A wrong
 * password gets one answer, whatever was wrong. The cookie that carries the
 * token (HttpOnly, Secure, SameSite) is the admin route's.
 */
import crypto from "node:crypto";
import { hashAddress } from "./address";
import { nowOf, type CommentsContext } from "./context";
import { sql } from "./db/sql";

export const SESSION_DAYS = 7;
export const LOGIN_WINDOW_MINUTES = 15;
/** Failed logins from one address in the window after which it must wait. */
export const MAX_FAILED_LOGINS = 5;
/**
 * Failed logins from all addresses in the window after which everyone must
 * wait: an address is what the request says it is (X-Forwarded-For), which
 * a client reaching the server without a proxy can vary at will.
 */
export const MAX_FAILED_LOGINS_ALL = 50;
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

export interface AdminPassword {
  salt: Buffer;
  hash: Buffer;
}

const scrypt = (password: string, salt: Buffer) => crypto.scryptSync(password.normalize("NFC"), salt, 32);

const lengthOf = (password: string) => [...password].length;

/**
 * A password as QUIRE_ADMIN_PASSWORD_HASH keeps it: `scrypt$<salt>$<hash>`
 * (base64url), so the password itself need not be in the environment.
 * `npm run comments -- hash-password` prints one.
 */
export function hashAdminPassword(password: string): string {
  if (lengthOf(password) < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new Error(`the admin password must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters, it has ${lengthOf(password)}`);
  }
  const salt = crypto.randomBytes(16);
  return `scrypt$${salt.toString("base64url")}$${scrypt(password, salt).toString("base64url")}`;
}

const HASHED = /^scrypt\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{43})$/;

/**
 * The admin password of the environment, hashed: QUIRE_ADMIN_PASSWORD_HASH
 * as written, or QUIRE_ADMIN_PASSWORD hashed now (kept in memory only as its
 * hash). Undefined when neither is set: the admin page is closed.
 */
export function readAdminPassword(env: Record<string, string | undefined> = process.env): AdminPassword | undefined {
  const hashed = env.QUIRE_ADMIN_PASSWORD_HASH?.trim();
  const password = env.QUIRE_ADMIN_PASSWORD;
  if (hashed && password) throw new Error("set QUIRE_ADMIN_PASSWORD or QUIRE_ADMIN_PASSWORD_HASH, not both");
  if (hashed) {
    const parts = HASHED.exec(hashed);
    if (!parts) throw new Error("QUIRE_ADMIN_PASSWORD_HASH must be what `npm run comments -- hash-password` prints (scrypt$...$...)");
    return { salt: Buffer.from(parts[1], "base64url"), hash: Buffer.from(parts[2], "base64url") };
  }
  if (!password) return undefined;
  if (lengthOf(password) < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new Error(`QUIRE_ADMIN_PASSWORD must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters, it has ${lengthOf(password)}`);
  }
  const salt = crypto.randomBytes(16);
  return { salt, hash: scrypt(password, salt) };
}

const tokenHash = (token: string) => crypto.createHash("sha256").update(token).digest("base64url");

export type LoginResult =
  | { ok: true; token: string; expires: Date }
  | { ok: false; code: "closed" | "wrong" | "rate-limited"; message: string };

export async function login(ctx: CommentsContext, password: AdminPassword | undefined, attempt: string, ip: string | undefined): Promise<LoginResult> {
  if (!password) return { ok: false, code: "closed", message: "The admin page is closed: set QUIRE_ADMIN_PASSWORD (or QUIRE_ADMIN_PASSWORD_HASH) to open it." };
  const now = nowOf(ctx);
  const ipHash = hashAddress(ctx.keys.address, ip);
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  // The attempt is counted before it is judged: guesses sent all at once (several instances, one
  // Postgres) each see the others, and no more than the limit are ever tried.
  const recorded = await ctx.db.query<{ id: number }>(
    sql`insert into login_attempts (ip_hash, attempted_at, succeeded) values (${ipHash}, ${now}, false) returning id`,
  );
  const attemptId = recorded.rows[0].id;
  const failed = await ctx.db.query<{ mine: number; all: number }>(sql`
    select count(*) filter (where ip_hash = ${ipHash}) as mine, count(*) as "all"
    from login_attempts where not succeeded and attempted_at > ${since} and id <= ${attemptId}`);
  const { mine, all } = failed.rows[0];
  const refused = Number(mine) > MAX_FAILED_LOGINS || Number(all) > MAX_FAILED_LOGINS_ALL;
  if (refused) {
    // A refused attempt was never tried: it does not make the wait longer.
    await ctx.db.query(sql`delete from login_attempts where id = ${attemptId}`);
    return Number(mine) > MAX_FAILED_LOGINS
      ? { ok: false, code: "rate-limited", message: `Too many wrong passwords from your address: try again in ${LOGIN_WINDOW_MINUTES} minutes.` }
      : { ok: false, code: "rate-limited", message: `Too many wrong passwords: try again in ${LOGIN_WINDOW_MINUTES} minutes.` };
  }
  const given = scrypt(typeof attempt === "string" ? attempt : "", password.salt);
  const right = crypto.timingSafeEqual(given, password.hash);
  if (right) await ctx.db.query(sql`update login_attempts set succeeded = true where id = ${attemptId}`);
  if (!right) return { ok: false, code: "wrong", message: "Wrong password." };
  const token = crypto.randomBytes(32).toString("base64url");
  const expires = new Date(now.getTime() + SESSION_DAYS * 86400_000);
  await ctx.db.query(sql`insert into admin_sessions (token_hash, created_at, expires_at) values (${tokenHash(token)}, ${now}, ${expires})`);
  return { ok: true, token, expires };
}

/** Whether a session token (from the cookie) is one the author logged in with and not expired. */
export async function isAdminSession(ctx: CommentsContext, token: string | undefined): Promise<boolean> {
  if (!token || token.length > 100) return false;
  const { rows } = await ctx.db.query(sql`select 1 from admin_sessions where token_hash = ${tokenHash(token)} and expires_at > ${nowOf(ctx)}`);
  return rows.length > 0;
}

export async function logout(ctx: CommentsContext, token: string | undefined): Promise<void> {
  if (token) await ctx.db.query(sql`delete from admin_sessions where token_hash = ${tokenHash(token)}`);
}
