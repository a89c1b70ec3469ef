/**
 * A reader's comment, from the decoded form to a stored row, or a list of
 * clear messages and nothing stored. The order: the honeypot (a robot gets a
 * quiet "received" and nothing is kept), the form token (signed, for this
 * post, old enough to have been filled in by a person), the fields, then one
 * transaction: the same form sent again, the comment answered, an identical
 * comment, the address's rate limit, the moderation state, the rows, and
 * (under `first`) whether the address is due its verification link. A
 * refusal anywhere in the transaction rolls all of it back, its rate-limit
 * count included.
 */
import crypto from "node:crypto";
import { hashAddress } from "./address";
import { nowOf, MAX_REPLY_DEPTH, type CommentsContext, type CommentState, type StoredComment } from "./context";
import { isUniqueViolation, sql, type Queryable } from "./db/sql";
import { checkFields, type CommentFields, type FieldError } from "./fields";
import { commentFieldsOf, FORM_FIELDS } from "./form";
import { claimVerificationMail, isTrustedCommenter } from "./notices";
import { verifyToken, type FormTokenPayload } from "./tokens";

export interface Submission {
  /** The post commented on, as the site names it (its key in the store). */
  postKey: string;
  /** The decoded form (lib/comments/form.ts), by FORM_FIELDS names. */
  values: Record<string, string | undefined>;
  /** The sender's address; only its hash is kept. */
  ip?: string;
  /** Whether the post exists and takes comments. */
  postOpen: (postKey: string) => boolean | Promise<boolean>;
  /** Whether the site can e-mail a commenter their address's verification link (e-mail is set up). */
  mailsVerification?: boolean;
  /** The address the sending browser proved it owns (commenter-cookie.ts), if any. */
  provenEmail?: string;
}

export type SubmitResult =
  /**
   * `verification`: under `first`, the comment waits and its unverified
   * address is due its link (none sent in the last day): the caller sends
   * it (changes.ts) and may say so.
   */
  | { ok: true; outcome: "stored"; id: string; state: "pending" | "approved"; verification?: true }
  /** The same form sent again: the first sending's comment; nothing new stored. */
  | { ok: true; outcome: "duplicate"; id: string; state: CommentState }
  /** The honeypot was filled: answered like a pending comment, nothing stored. */
  | { ok: true; outcome: "discarded" }
  | { ok: false; errors: FieldError[] };

/** Within this, the same text from the same name under the same comment is a duplicate. */
const DUPLICATE_WINDOW_HOURS = 24;

/** A refusal found inside the transaction: thrown to roll it back. */
class Refusal extends Error {
  constructor(readonly error: FieldError) {
    super(error.message);
  }
}

const refuse = (field: FieldError["field"], code: string, message: string) => new Refusal({ field, code, message });

export const fingerprint = (postKey: string, fields: Pick<CommentFields, "parent" | "name" | "text">) =>
  crypto
    .createHash("sha256")
    .update(JSON.stringify([postKey, fields.parent ?? "", fields.name.toLowerCase(), fields.text.replace(/\s+/g, " ").trim()]))
    .digest("base64url");

export async function submitComment(ctx: CommentsContext, submission: Submission): Promise<SubmitResult> {
  const now = nowOf(ctx);
  const { values, postKey } = submission;
  const formError = (code: string, message: string): SubmitResult => ({ ok: false, errors: [{ field: "form", code, message }] });

  if (values[FORM_FIELDS.honeypot]) return { ok: true, outcome: "discarded" };

  const token = verifyToken<FormTokenPayload>(ctx.keys.form, "form", values[FORM_FIELDS.token] ?? "", now);
  if (!token.ok) {
    return token.reason === "expired"
      ? formError("form-expired", "This form is too old: reload the page and send your comment again.")
      : formError("form-invalid", "This form could not be checked: reload the page and send your comment again.");
  }
  if (token.payload.p !== postKey || typeof token.payload.n !== "string" || typeof token.payload.t !== "number") {
    return formError("form-invalid", "This form could not be checked: reload the page and send your comment again.");
  }
  if (now.getTime() - token.payload.t < ctx.rules.minSecondsToSubmit * 1000) {
    return formError("too-fast", "Sent too quickly after the page opened: wait a few seconds and send it again.");
  }
  if (!(await submission.postOpen(postKey))) return formError("closed", "This post does not take comments.");

  const checked = checkFields(commentFieldsOf(values), ctx.rules);
  if (!checked.ok) return checked;
  const fields = checked.fields;
  const submissionId = token.payload.n;
  const ipHash = hashAddress(ctx.keys.address, submission.ip);

  try {
    return await ctx.db.transaction(async (tx) => {
      const earlier = await sameForm(tx, submissionId);
      if (earlier) return earlier;
      const depth = fields.parent ? (await answerable(tx, postKey, fields.parent)).depth + 1 : 0;

      const print = fingerprint(postKey, fields);
      const since = new Date(now.getTime() - DUPLICATE_WINDOW_HOURS * 3600_000);
      // The same form stored meanwhile by another request is no twin: the insert below meets it and answers "duplicate".
      const twin = await tx.query(sql`
        select 1 from comments
        where fingerprint = ${print} and created_at > ${since} and state <> 'deleted' and submission_id is distinct from ${submissionId}
        limit 1`);
      if (twin.rows.length) throw refuse("text", "duplicate", "Comment: you already sent this one.");

      await countAgainstLimit(tx, ctx, ipHash, now);

      const proven = fields.email !== undefined && submission.provenEmail?.toLowerCase() === fields.email.toLowerCase();
      const state = await stateOfNew(tx, ctx, fields, proven);
      const inserted = await tx.query<{ id: number }>(sql`
        insert into comments (post_key, parent_id, depth, author_name, author_email, author_url, body, state, created_at, ip_hash, fingerprint, submission_id)
        values (${postKey}, ${fields.parent ?? null}, ${depth}, ${fields.name}, ${fields.email ?? null}, ${fields.website ?? null}, ${fields.text},
                ${state}, ${now}, ${ipHash}, ${print}, ${submissionId})
        returning id`);
      const id = inserted.rows[0].id;
      if (fields.email) {
        await tx.query(sql`insert into commenters (email, created_at) values (${fields.email}, ${now}) on conflict (email) do nothing`);
        if (fields.notify) {
          await tx.query(sql`insert into subscriptions (email, comment_id, created_at) values (${fields.email}, ${id}, ${now}) on conflict do nothing`);
        }
      }
      const verification =
        submission.mailsVerification === true && ctx.rules.moderation === "first" && state === "pending" && fields.email !== undefined &&
        !proven &&
        (await claimVerificationMail(tx, fields.email, now));
      return { ok: true, outcome: "stored", id: String(id), state, ...(verification ? { verification: true } : {}) } as const;
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, errors: [error.error] };
    // The same form sent twice at once: the other request stored it first.
    if (isUniqueViolation(error)) {
      const earlier = await sameForm(ctx.db, submissionId);
      if (earlier) return earlier;
    }
    throw error;
  }
}

async function sameForm(q: Queryable, submissionId: string): Promise<SubmitResult | undefined> {
  const { rows } = await q.query<{ id: number; state: CommentState }>(sql`select id, state from comments where submission_id = ${submissionId}`);
  return rows[0] && { ok: true, outcome: "duplicate", id: String(rows[0].id), state: rows[0].state };
}

/** The comment a reader answers: shown on this post, and not already the deepest reply. Locked until the transaction ends. */
async function answerable(tx: Queryable, postKey: string, parentId: string): Promise<StoredComment> {
  const { rows } = await tx.query<StoredComment>(sql`select id, post_key, parent_id, depth, state from comments where id = ${parentId} for update`);
  const parent = rows[0];
  if (!parent || parent.state !== "approved") throw refuse("parent", "not-found", "The comment you reply to is not there any more.");
  if (parent.post_key !== postKey) throw refuse("parent", "other-post", "The comment you reply to is on another post.");
  if (parent.depth >= MAX_REPLY_DEPTH) {
    throw refuse("parent", "too-deep", "Replies go two levels deep: answer the comment this one replies to instead.");
  }
  return parent;
}

/** One more comment from this address in the current window; refused over the limit. */
async function countAgainstLimit(tx: Queryable, ctx: CommentsContext, ipHash: string, now: Date) {
  const windowMs = ctx.rules.rateLimit.windowMinutes * 60_000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const { rows } = await tx.query<{ hits: number }>(sql`
    insert into rate_limits (bucket, key_hash, window_start, hits) values ('comment', ${ipHash}, ${windowStart}, 1)
    on conflict (bucket, key_hash, window_start) do update set hits = rate_limits.hits + 1
    returning hits`);
  if (rows[0].hits > ctx.rules.rateLimit.max) {
    const minutes = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 60_000));
    throw refuse("form", "rate-limited", `Too many comments from your address: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

/**
 * `none`: shown at once. `all`: waits. `first`: shown at once when the
 * e-mail address was verified (its owner followed a link sent to it), the
 * author approved a comment from it before, and the browser sending it
 * proves the address (`proven`: commenter-cookie.ts). Someone typing a known
 * commenter's address elsewhere has no such proof, so it earns nothing.
 */
async function stateOfNew(tx: Queryable, ctx: CommentsContext, fields: CommentFields, proven: boolean): Promise<"pending" | "approved"> {
  if (ctx.rules.moderation === "none") return "approved";
  if (ctx.rules.moderation === "all" || !fields.email || !proven) return "pending";
  return (await isTrustedCommenter(tx, fields.email)) ? "approved" : "pending";
}
