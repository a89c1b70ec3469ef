/**
 * Personal data in the comments store, and its limits: address hashes and
 * login attempts are kept 30 days, rate-limit counts a day; an author can
 * give a commenter everything stored under their e-mail address, and erase
 * it. Run `purgeExpired` daily (the service does at start and on a timer).
 */
import { nowOf, type CommentsContext, type CommentState } from "./context";
import { sql } from "./db/sql";
import { checkEmail } from "./fields";

export const ADDRESS_RETENTION_DAYS = 30;
const DAY = 24 * 3600_000;

export interface PurgeReport {
  addressHashes: number;
  rateLimits: number;
  loginAttempts: number;
  sessions: number;
}

export async function purgeExpired(ctx: Pick<CommentsContext, "db" | "now">): Promise<PurgeReport> {
  const now = nowOf(ctx);
  const cutoff = new Date(now.getTime() - ADDRESS_RETENTION_DAYS * DAY);
  return ctx.db.transaction(async (tx) => ({
    addressHashes: (await tx.query(sql`update comments set ip_hash = null where ip_hash is not null and created_at < ${cutoff}`)).rowCount,
    rateLimits: (await tx.query(sql`delete from rate_limits where window_start < ${new Date(now.getTime() - DAY)}`)).rowCount,
    loginAttempts: (await tx.query(sql`delete from login_attempts where attempted_at < ${cutoff}`)).rowCount,
    sessions: (await tx.query(sql`delete from admin_sessions where expires_at < ${now}`)).rowCount,
  }));
}

export interface CommenterExport {
  email: string;
  verifiedAt?: string;
  /** When the address was last sent the link that verifies it. */
  verificationSentAt?: string;
  comments: Array<{ id: string; postKey: string; parent?: string; name: string; website?: string; date: string; state: CommentState; text: string }>;
  /** The comments whose replies they get notices of. */
  notices: Array<{ commentId: string; since: string }>;
}

const normalEmail = (email: string) => {
  const check = checkEmail(email);
  return "value" in check && check.value ? check.value : undefined;
};

/** Everything stored under an e-mail address, for its owner; undefined when nothing is. */
export async function exportCommenter(ctx: Pick<CommentsContext, "db">, email: string): Promise<CommenterExport | undefined> {
  const address = normalEmail(email);
  if (!address) return undefined;
  const person = await ctx.db.query<{ verified_at: Date | null; verification_sent_at: Date | null }>(
    sql`select verified_at, verification_sent_at from commenters where email = ${address}`,
  );
  const comments = await ctx.db.query<{
    id: number; post_key: string; parent_id: number | null; author_name: string; author_url: string | null; created_at: Date; state: CommentState; body: string;
  }>(sql`select id, post_key, parent_id, author_name, author_url, created_at, state, body from comments where author_email = ${address} order by created_at, id`);
  const notices = await ctx.db.query<{ comment_id: number; created_at: Date }>(sql`select comment_id, created_at from subscriptions where email = ${address} order by created_at`);
  if (!person.rows.length && !comments.rows.length && !notices.rows.length) return undefined;
  const exported: CommenterExport = {
    email: address,
    comments: comments.rows.map((row) => ({
      id: String(row.id),
      postKey: row.post_key,
      ...(row.parent_id === null ? {} : { parent: String(row.parent_id) }),
      name: row.author_name,
      ...(row.author_url ? { website: row.author_url } : {}),
      date: row.created_at.toISOString(),
      state: row.state,
      text: row.body,
    })),
    notices: notices.rows.map((row) => ({ commentId: String(row.comment_id), since: row.created_at.toISOString() })),
  };
  const verified = person.rows[0]?.verified_at;
  if (verified) exported.verifiedAt = verified.toISOString();
  const mailed = person.rows[0]?.verification_sent_at;
  if (mailed) exported.verificationSentAt = mailed.toISOString();
  return exported;
}

/**
 * Erases everything stored under an e-mail address: their comments (one
 * that others answered stays as an empty deleted row, holding nothing of
 * theirs, so the answers keep their place), notices, and the commenter.
 * Answers how many comments were theirs.
 */
export async function eraseCommenter(ctx: Pick<CommentsContext, "db" | "now">, email: string): Promise<{ comments: number }> {
  const address = normalEmail(email);
  if (!address) return { comments: 0 };
  const now = nowOf(ctx);
  return ctx.db.transaction(async (tx) => {
    await tx.query(sql`delete from subscriptions where email = ${address}`);
    const { rowCount } = await tx.query(sql`
      update comments set state = 'deleted', author_name = '', author_email = null, author_url = null, body = '',
             ip_hash = null, fingerprint = '', submission_id = null, moderated_at = ${now}
      where author_email = ${address}`);
    // Their rows nobody answered go entirely (deepest first, so a row goes after the rows under it).
    for (let depth = 2; depth >= 0; depth--) {
      await tx.query(sql`
        delete from comments c where c.author_email is null and c.body = '' and c.fingerprint = '' and c.depth = ${depth}
          and not exists (select 1 from comments r where r.parent_id = c.id)`);
    }
    await tx.query(sql`delete from commenters where email = ${address}`);
    return { comments: rowCount };
  });
}
