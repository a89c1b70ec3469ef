/**
 * The comments the author moderates, by state, newest first: everything a
 * comment row says about its writer, e-mail included. Only the admin page
 * (behind the login) and the author's e-mails read this; a post's page
 * reads listing.ts, which selects no e-mail.
 */
import type { CommentsContext, CommentState } from "./context";
import { sql } from "./db/sql";

export interface InboxComment {
  id: string;
  postKey: string;
  parent?: string;
  name: string;
  email?: string;
  website?: string;
  /** ISO 8601, UTC. */
  date: string;
  state: CommentState;
  /** Markdown source. */
  text: string;
  byAuthor: boolean;
  /** How deep it is: 0 for a comment, 1 and 2 for replies. */
  depth: number;
}

interface InboxRow {
  id: number;
  post_key: string;
  parent_id: number | null;
  author_name: string;
  author_email: string | null;
  author_url: string | null;
  created_at: Date;
  state: CommentState;
  body: string;
  by_author: boolean;
  depth: number;
}

const toInbox = (row: InboxRow): InboxComment => ({
  id: String(row.id),
  postKey: row.post_key,
  ...(row.parent_id === null ? {} : { parent: String(row.parent_id) }),
  name: row.author_name,
  ...(row.author_email ? { email: row.author_email } : {}),
  ...(row.author_url ? { website: row.author_url } : {}),
  date: row.created_at.toISOString(),
  state: row.state,
  text: row.body,
  byAuthor: row.by_author,
  depth: row.depth,
});

/** A page of comments in one state, newest first. */
export const INBOX_PAGE_SIZE = 50;

export async function commentsInState(ctx: Pick<CommentsContext, "db">, state: CommentState, page = 1): Promise<InboxComment[]> {
  const offset = (Math.max(1, Math.floor(page)) - 1) * INBOX_PAGE_SIZE;
  const { rows } = await ctx.db.query<InboxRow>(sql`
    select id, post_key, parent_id, author_name, author_email, author_url, created_at, state, body, by_author, depth
    from comments where state = ${state}
    order by created_at desc, id desc
    limit ${INBOX_PAGE_SIZE} offset ${offset}`);
  return rows.map(toInbox);
}

/** One comment, whatever its state; undefined when there is none. */
export async function inboxComment(ctx: Pick<CommentsContext, "db">, id: string): Promise<InboxComment | undefined> {
  if (!/^[1-9]\d{0,15}$/.test(id)) return undefined;
  const { rows } = await ctx.db.query<InboxRow>(sql`
    select id, post_key, parent_id, author_name, author_email, author_url, created_at, state, body, by_author, depth
    from comments where id = ${id}`);
  return rows[0] && toInbox(rows[0]);
}

/** The admin page's tabs, in order. */
export const INBOX_STATES: readonly CommentState[] = ["pending", "approved", "spam", "deleted"];
