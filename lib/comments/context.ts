/**
 * What every comment operation runs with: the database, the site's rules,
 * the keys, and the clock (a test sets it).
 */
import type { Db } from "./db/sql";
import type { CommentKeys } from "./keys";
import type { ResolvedComments } from "./settings";

export interface CommentsContext {
  db: Db;
  rules: ResolvedComments;
  keys: CommentKeys;
  now?: () => Date;
}

export const nowOf = (ctx: Pick<CommentsContext, "now">) => (ctx.now ? ctx.now() : new Date());

export type CommentState = "pending" | "approved" | "spam" | "deleted";

/** Replies nest this deep under a comment (a reply, a reply to it): the site shows three levels in all. */
export const MAX_REPLY_DEPTH = 2;

/** The comment row's columns a service reads back; never the e-mail or the address hash. */
export interface StoredComment {
  id: number;
  post_key: string;
  parent_id: number | null;
  depth: number;
  state: CommentState;
}
