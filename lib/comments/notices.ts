/**
 * Reply notices and the e-mail addresses behind them: whom to tell when a
 * comment is answered, the unsubscribe link, and the link that proves a
 * commenter owns their address (what the `first` moderation mode trusts):
 * when it may be sent (once a day at most), what its confirm page shows,
 * and what pressing its button does. Sending the e-mails is the mailer's
 * job; this holds the rules.
 */
import { nowOf, type CommentsContext } from "./context";
import { sql, type Queryable } from "./db/sql";
import { verifyToken } from "./tokens";

export interface Subscriber {
  subscriptionId: string;
  email: string;
}

/**
 * Who gets a notice of an approved reply: those who asked for notices on the
 * comment it answers, except its own writer.
 */
export async function subscribersOfReply(ctx: Pick<CommentsContext, "db">, replyId: string): Promise<Subscriber[]> {
  const { rows } = await ctx.db.query<{ id: number; email: string }>(sql`
    select s.id, s.email from comments r
    join subscriptions s on s.comment_id = r.parent_id
    where r.id = ${replyId} and r.state = 'approved' and s.email is distinct from r.author_email
    order by s.id`);
  return rows.map((row) => ({ subscriptionId: String(row.id), email: row.email }));
}

export type LinkFailure = { ok: false; code: "link-invalid" | "link-expired"; message: string };
export type LinkResult = { ok: true } | LinkFailure;

const linkFailure = (reason: "invalid" | "expired"): LinkFailure =>
  reason === "expired"
    ? { ok: false, code: "link-expired", message: "This link has expired." }
    : { ok: false, code: "link-invalid", message: "This link is not valid." };

/** Ends one subscription (tokens.ts `unsubscribeToken`); a second click is fine. */
export async function unsubscribe(ctx: CommentsContext, token: string): Promise<LinkResult> {
  const check = verifyToken<{ s?: unknown }>(ctx.keys.links, "unsubscribe", token, nowOf(ctx));
  if (!check.ok) return linkFailure(check.reason);
  if (typeof check.payload.s !== "string" || !/^\d{1,16}$/.test(check.payload.s)) return linkFailure("invalid");
  await ctx.db.query(sql`delete from subscriptions where id = ${check.payload.s}`);
  return { ok: true };
}

/**
 * Whether comments from this address appear at once under `first`: its
 * owner proved it (followed the link sent to it) and the author approved a
 * comment from it before.
 */
export async function isTrustedCommenter(q: Queryable, email: string): Promise<boolean> {
  const { rows } = await q.query(sql`
    select 1 from commenters c
    where c.email = ${email} and c.verified_at is not null
      and exists (select 1 from comments m where m.author_email = c.email and m.state = 'approved' and not m.by_author)
    limit 1`);
  return rows.length > 0;
}

/** An address is sent its verification link at most once in this many hours, however many comments it writes. */
export const VERIFICATION_MAIL_INTERVAL_HOURS = 24;

/**
 * Takes the right to send `email` its verification link now: true when the
 * address had no link in the last VERIFICATION_MAIL_INTERVAL_HOURS, and
 * marks it sent. The caller asks only for a browser that does not prove the
 * address (commenter-cookie.ts): a verified address typed in another
 * browser gets a link too, which proves that browser. One statement, so
 * two comments arriving together claim it once. The commenter's row must
 * exist (submit.ts writes it first, in the same transaction).
 */
export async function claimVerificationMail(q: Queryable, email: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - VERIFICATION_MAIL_INTERVAL_HOURS * 3600_000);
  const { rowCount } = await q.query(sql`
    update commenters set verification_sent_at = ${now}
    where email = ${email} and (verification_sent_at is null or verification_sent_at <= ${since})`);
  return rowCount > 0;
}

/** The link claimed at `sentAt` could not be sent: the next comment may try again, without waiting a day. */
export async function releaseVerificationMail(q: Queryable, email: string, sentAt: Date): Promise<void> {
  await q.query(sql`update commenters set verification_sent_at = null where email = ${email} and verification_sent_at = ${sentAt}`);
}

export type VerifyLink = { ok: true; email: string; verified: boolean } | LinkFailure;

/** What a verification link's confirm page shows: the address it is for, and whether that is done already. Reads, never writes. */
export async function verificationLink(ctx: CommentsContext, token: string): Promise<VerifyLink> {
  const email = emailOfLink(ctx, token);
  if (typeof email !== "string") return email;
  const { rows } = await ctx.db.query(sql`select 1 from commenters where email = ${email} and verified_at is not null`);
  return { ok: true, email, verified: rows.length > 0 };
}

function emailOfLink(ctx: CommentsContext, token: string): string | LinkFailure {
  const check = verifyToken<{ e?: unknown }>(ctx.keys.links, "verify-email", token, nowOf(ctx));
  if (!check.ok) return linkFailure(check.reason);
  if (typeof check.payload.e !== "string" || !check.payload.e) return linkFailure("invalid");
  return check.payload.e;
}

export type VerifyResult = { ok: true; email: string; trusted: boolean } | LinkFailure;

/**
 * Marks an address as its owner's (tokens.ts `verifyEmailToken`, sent to
 * that address); a second press is fine. `trusted`: comments from it now
 * appear at once (the author approved one before, under `first`).
 */
export async function verifyCommenterEmail(ctx: CommentsContext, token: string): Promise<VerifyResult> {
  const now = nowOf(ctx);
  const email = emailOfLink(ctx, token);
  if (typeof email !== "string") return email;
  // Only an address a comment gave: one erased since (privacy.ts) is not brought back by an old link.
  const { rowCount } = await ctx.db.query(sql`update commenters set verified_at = coalesce(verified_at, ${now}) where email = ${email}`);
  if (rowCount === 0) return linkFailure("invalid");
  return { ok: true, email, trusted: ctx.rules.moderation === "first" && (await isTrustedCommenter(ctx.db, email)) };
}
