/**
 * The stored comments a static export shows, read once before `next build`
 * (scripts/prepare-content.ts) into `.contentlayer/quire-comments-export.json`:
 * the pages then read that file, never the database. Next renders an
 * export's pages in several processes, and the embedded database opens in
 * one process at a time; one read also keeps the comments of every page
 * from the same moment.
 */
import fs from "node:fs";
import path from "node:path";
import type { CommentsContext } from "./context";
import { sql } from "./db/sql";
import { storedForPage, type StoredForPage } from "./listing";

export const EXPORT_SNAPSHOT_FILE = ".contentlayer/quire-comments-export.json";

type Snapshot = Record<string, StoredForPage>;

/** Writes the snapshot of every post that has stored comments; answers how many comments it holds. */
export async function writeExportSnapshot(ctx: Pick<CommentsContext, "db">, file = EXPORT_SNAPSHOT_FILE): Promise<{ posts: number; comments: number }> {
  const { rows } = await ctx.db.query<{ post_key: string }>(sql`
    select distinct post_key from comments where state = 'approved' or imported_id is not null order by post_key`);
  const snapshot: Snapshot = {};
  let comments = 0;
  for (const { post_key } of rows) {
    snapshot[post_key] = await storedForPage(ctx, post_key);
    comments += snapshot[post_key].approved.length;
  }
  const absolute = path.resolve(/*turbopackIgnore: true*/ file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  fs.writeFileSync(absolute, `${JSON.stringify(snapshot)}\n`);
  return { posts: rows.length, comments };
}

let cached: { file: string; snapshot: Snapshot } | undefined;

/** A post's stored comments as the snapshot has them; a build without one is an error that says how to make it. */
export function exportedComments(postKey: string, file = EXPORT_SNAPSHOT_FILE): StoredForPage {
  const absolute = path.resolve(/*turbopackIgnore: true*/ file);
  if (cached?.file !== absolute) {
    if (!fs.existsSync(absolute)) throw new Error(`${file} is missing: a static export with comments on is built with \`npm run build\`, which writes it first`);
    cached = { file: absolute, snapshot: JSON.parse(fs.readFileSync(absolute, "utf8")) as Snapshot };
  }
  return cached.snapshot[postKey] ?? { approved: [], imported: [] };
}
