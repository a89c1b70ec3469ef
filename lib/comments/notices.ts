/**
 * Reply notices and the e-mail addresses behind them: whom to tell when a
 * comment is answered, the unsubscribe link, and the link that proves a
 * commenter owns their address (what the `first` moderation mode trusts).
 * Sending the e-mails is the mailer's job; this holds the rules.
 */
import { nowOf, type CommentsContext } from "./context";
import { sql } from "./db/sql";
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

export type LinkResult = { ok: true } | { ok: false; code: "link-invalid" | "link-expired"; message: string };

const linkFailure = (reason: "invalid" | "expired"): LinkResult =>
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

/** Marks an address as its owner's (tokens.ts `verifyEmailToken`, sent to that address). */
export async function verifyCommenterEmail(ctx: CommentsContext, token: string): Promise<LinkResult> {
  const now = nowOf(ctx);
  const check = verifyToken<{ e?: unknown }>(ctx.keys.links, "verify-email", token, now);
  if (!check.ok) return linkFailure(check.reason);
  if (typeof check.payload.e !== "string") return linkFailure("invalid");
  await ctx.db.query(sql`
    insert into commenters (email, verified_at, created_at) values (${check.payload.e}, ${now}, ${now})
    on conflict (email) do update set verified_at = coalesce(commenters.verified_at, excluded.verified_at)`);
  return { ok: true };
}
