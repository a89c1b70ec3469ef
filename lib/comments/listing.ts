/**
 * What a post's page shows of the stored comments: the approved ones, as
 * records of the site's comment model (lib/comments/model.ts: id, parent,
 * author, url, date, text; and the file id of one taken in from a comments
 * file), which lib/comments/threads.ts turns into
 * threads. The query selects exactly those columns: no e-mail, no address
 * hash, no state can reach a page. A reply whose parent is not shown (deleted,
 * spam) is shown on its own.
 */
import type { CommentsContext } from "./context";
import { sql } from "./db/sql";
import { isWebAddress } from "./fields";
import type { CommentRecord } from "./model";

/** One approved comment, as a page may show it: a CommentRecord (model.ts) with its date in UTC. */
export interface PublicComment extends CommentRecord {
  /** Its id in the post's comments file, when it was taken in from one (lib/comments/imported.ts). */
  importedId?: string;
}

/** What a post's page reads from the store. */
export interface StoredForPage {
  approved: PublicComment[];
  /** The file ids of every comment taken in from the post's comments file, whatever its state: the store's row stands in for each. */
  imported: string[];
}

interface ListedRow {
  id: number;
  parent_id: number | null;
  author_name: string;
  author_url: string | null;
  body: string;
  created_at: Date;
  imported_id: string | null;
}

export async function approvedComments(ctx: Pick<CommentsContext, "db">, postKey: string): Promise<PublicComment[]> {
  const { rows } = await ctx.db.query<ListedRow>(sql`
    select id, parent_id, author_name, author_url, body, created_at, imported_id
    from comments where post_key = ${postKey} and state = 'approved'
    order by created_at, id`);
  const shown = new Set(rows.map((row) => row.id));
  return rows.map((row) => {
    const comment: PublicComment = { id: String(row.id), author: row.author_name, date: row.created_at.toISOString(), text: row.body };
    if (row.parent_id !== null && shown.has(row.parent_id)) comment.parent = String(row.parent_id);
    // fields.ts stored it as an http(s) URL; one written some other way is no link.
    if (isWebAddress(row.author_url)) comment.url = row.author_url;
    if (row.imported_id !== null) comment.importedId = row.imported_id;
    return comment;
  });
}

export async function storedForPage(ctx: Pick<CommentsContext, "db">, postKey: string): Promise<StoredForPage> {
  const approved = await approvedComments(ctx, postKey);
  const { rows } = await ctx.db.query<{ imported_id: string }>(sql`
    select imported_id from comments where post_key = ${postKey} and imported_id is not null order by id`);
  return { approved, imported: rows.map((row) => row.imported_id) };
}
