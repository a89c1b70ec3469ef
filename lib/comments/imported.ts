/**
 * A post's comments file (`<post>.comments.json`, lib/comments/file.ts: what
 * the WordPress import writes) taken into the store, so those comments are
 * moderated, answered and counted like the ones readers send. Each comment
 * becomes an approved row keeping its file id (`imported_id`), its name,
 * website, date and text; its replies keep their place under it.
 *
 * Taking a file in again adds only the comments the store does not know:
 * one the author deleted or marked as spam stays so. On the post's page the
 * store's row stands in for the file's comment (lib/comments/merge.ts).
 */
import type { CommentsContext } from "./context";
import { nowOf } from "./context";
import { sql, type Queryable } from "./db/sql";
import type { CommentRecord } from "./model";
import { fingerprint } from "./submit";

export interface ImportedCount {
  /** Comments stored now. */
  added: number;
  /** Comments the store already held (in any state). */
  known: number;
}

/** The file's comments in its order, each after the one it answers; a loop of replies is cut where it closes. */
function parentsFirst(records: readonly CommentRecord[]): CommentRecord[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const placed = new Set<string>();
  const ordered: CommentRecord[] = [];
  for (const record of records) {
    // Its ancestors not placed yet, nearest first.
    const chain: CommentRecord[] = [];
    const seen = new Set<string>();
    let at: CommentRecord | undefined = record;
    while (at && !placed.has(at.id) && !seen.has(at.id)) {
      seen.add(at.id);
      chain.push(at);
      at = at.parent === undefined ? undefined : byId.get(at.parent);
    }
    const loops = at !== undefined && seen.has(at.id);
    chain.reverse().forEach((link, i) => {
      placed.add(link.id);
      ordered.push(i === 0 && loops ? { ...link, parent: undefined } : link);
    });
  }
  return ordered;
}

async function storedImports(tx: Queryable, postKey: string): Promise<Map<string, { id: number; depth: number }>> {
  const { rows } = await tx.query<{ id: number; imported_id: string; depth: number }>(sql`
    select id, imported_id, depth from comments where post_key = ${postKey} and imported_id is not null`);
  return new Map(rows.map((row) => [row.imported_id, { id: Number(row.id), depth: row.depth }]));
}

/** Stores the comments of one post's file that the store does not know yet, in one transaction. */
export async function storeImported(ctx: Pick<CommentsContext, "db" | "now">, postKey: string, records: readonly CommentRecord[]): Promise<ImportedCount> {
  const now = nowOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const known = await storedImports(tx, postKey);
    let added = 0;
    for (const record of parentsFirst(records)) {
      if (known.has(record.id)) continue;
      const parent = record.parent === undefined ? undefined : known.get(record.parent);
      const depth = parent ? parent.depth + 1 : 0;
      const created = new Date(record.date);
      // Two runs at once: the second meets the first's row and leaves it.
      const { rows } = await tx.query<{ id: number }>(sql`
        insert into comments (post_key, parent_id, depth, author_name, author_url, body, state, created_at, moderated_at, fingerprint, imported_id)
        values (${postKey}, ${parent?.id ?? null}, ${depth}, ${record.author}, ${record.url ?? null}, ${record.text}, 'approved',
                ${created}, ${now}, ${fingerprint(postKey, { name: record.author, text: record.text })}, ${record.id})
        on conflict (post_key, imported_id) do nothing
        returning id`);
      if (rows.length) {
        known.set(record.id, { id: Number(rows[0].id), depth });
        added += 1;
      } else {
        const again = await storedImports(tx, postKey);
        const row = again.get(record.id);
        if (row) known.set(record.id, row);
      }
    }
    return { added, known: records.length - added };
  });
}
