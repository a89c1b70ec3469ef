/**
 * What the author does to comments: approve, mark as spam, delete, reply.
 * A deleted comment stays deleted (its row remains so the replies under it
 * keep their place; privacy.ts erases a commenter's rows for good). Every
 * function answers with the post whose page must be refreshed.
 */
import { nowOf, MAX_REPLY_DEPTH, type CommentsContext, type CommentState, type StoredComment } from "./context";
import { sql } from "./db/sql";
import { checkName, checkText, type FieldError } from "./fields";
import { fingerprint } from "./submit";
import { verifyToken } from "./tokens";

export type ModerationAction = "approve" | "spam" | "delete";

const TARGET: Record<ModerationAction, CommentState> = { approve: "approved", spam: "spam", delete: "deleted" };

/** The states a comment may move to from each state. */
export const TRANSITIONS: Record<CommentState, readonly CommentState[]> = {
  pending: ["approved", "spam", "deleted"],
  approved: ["spam", "deleted"],
  spam: ["approved", "deleted"],
  deleted: [],
};

export type ModerationResult =
  | { ok: true; id: string; postKey: string; from: CommentState; to: CommentState; changed: boolean }
  | { ok: false; code: "not-found" | "not-allowed" | "link-invalid" | "link-expired"; message: string };

const ID = /^[1-9]\d{0,15}$/;

export async function moderate(ctx: CommentsContext, id: string, action: ModerationAction): Promise<ModerationResult> {
  const to = TARGET[action];
  if (!ID.test(id)) return { ok: false, code: "not-found", message: `There is no comment ${JSON.stringify(id)}.` };
  const now = nowOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<StoredComment>(sql`select id, post_key, parent_id, depth, state from comments where id = ${id} for update`);
    const comment = rows[0];
    if (!comment) return { ok: false, code: "not-found", message: `There is no comment ${id}.` };
    const base = { ok: true, id, postKey: comment.post_key, from: comment.state, to } as const;
    // A link clicked twice, or two moderators at once: the comment already is what was asked.
    if (comment.state === to) return { ...base, changed: false };
    if (!TRANSITIONS[comment.state].includes(to)) {
      return { ok: false, code: "not-allowed", message: `Comment ${id} is ${comment.state}: it cannot be ${to === "approved" ? "approved" : to === "spam" ? "marked as spam" : "deleted"}.` };
    }
    await tx.query(sql`update comments set state = ${to}, moderated_at = ${now} where id = ${id}`);
    return { ...base, changed: true };
  });
}

/** A one-click approve or delete link from the author's e-mail (tokens.ts `actionToken`). */
export async function moderateByLink(ctx: CommentsContext, action: "approve" | "delete", token: string): Promise<ModerationResult> {
  const check = verifyToken<{ c?: unknown }>(ctx.keys.links, action, token, nowOf(ctx));
  if (!check.ok) {
    return check.reason === "expired"
      ? { ok: false, code: "link-expired", message: "This link has expired: moderate the comment on the admin page." }
      : { ok: false, code: "link-invalid", message: "This link is not valid." };
  }
  if (typeof check.payload.c !== "string") return { ok: false, code: "link-invalid", message: "This link is not valid." };
  return moderate(ctx, check.payload.c, action);
}

export type AuthorReplyResult = { ok: true; id: string; postKey: string } | { ok: false; errors: FieldError[] };

/**
 * The author's reply, shown at once. Replying to a comment that waits
 * approves it too: an answer under a hidden comment would make no sense.
 */
export async function replyAsAuthor(ctx: CommentsContext, reply: { parentId: string; authorName: string; text: string }): Promise<AuthorReplyResult> {
  const now = nowOf(ctx);
  const name = checkName(reply.authorName);
  const text = checkText(reply.text, { maxLength: ctx.rules.maxLength, maxLinks: Number.MAX_SAFE_INTEGER });
  if ("error" in name || "error" in text) return { ok: false, errors: [name, text].flatMap((check) => ("error" in check ? [check.error] : [])) };
  const gone: FieldError = { field: "parent", code: "not-found", message: "The comment you reply to is not there any more." };
  if (!ID.test(reply.parentId)) return { ok: false, errors: [gone] };
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<StoredComment>(sql`select id, post_key, parent_id, depth, state from comments where id = ${reply.parentId} for update`);
    const parent = rows[0];
    if (!parent || parent.state === "deleted" || parent.state === "spam") return { ok: false, errors: [gone] };
    if (parent.depth >= MAX_REPLY_DEPTH) {
      return { ok: false, errors: [{ field: "parent", code: "too-deep", message: "Replies go two levels deep: answer the comment this one replies to instead." }] };
    }
    if (parent.state === "pending") await tx.query(sql`update comments set state = 'approved', moderated_at = ${now} where id = ${parent.id}`);
    const fields = { parent: String(parent.id), name: name.value, text: text.value };
    const { rows: inserted } = await tx.query<{ id: number }>(sql`
      insert into comments (post_key, parent_id, depth, author_name, body, state, by_author, created_at, moderated_at, fingerprint)
      values (${parent.post_key}, ${parent.id}, ${parent.depth + 1}, ${name.value}, ${text.value}, 'approved', true, ${now}, ${now},
              ${fingerprint(parent.post_key, fields)})
      returning id`);
    return { ok: true, id: String(inserted[0].id), postKey: parent.post_key };
  });
}

export type StateCounts = Record<CommentState, number>;

/** How many comments are in each state, on one post or on all. */
export async function countByState(ctx: Pick<CommentsContext, "db">, postKey?: string): Promise<StateCounts> {
  const where = postKey === undefined ? sql`` : sql`where post_key = ${postKey}`;
  const { rows } = await ctx.db.query<{ state: CommentState; n: number }>(sql`select state, count(*) as n from comments ${where} group by state`);
  const counts: StateCounts = { pending: 0, approved: 0, spam: 0, deleted: 0 };
  for (const row of rows) counts[row.state] = row.n;
  return counts;
}
