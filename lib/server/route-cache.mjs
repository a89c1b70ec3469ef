/**
 * The cache of rendered pages on a Node server (`next start`, standalone):
 * Next's own file-system cache, which keeps every page it renders on disk,
 * except a 404. A post slug no post has renders the 404 page on request
 * (posts outside the prerendered set do, whatever `prerender` says); keeping
 * each of those would let anyone who requests random addresses fill the
 * disk. A 404 is rendered again when asked for again, and stays cheap: no
 * post is read.
 *
 * A post page built without its stored comments (a build does not open the
 * embedded comments database: lib/comments/page.ts) carries
 * STORED_LATER_MARKER; its first request renders it again, blocking, so the
 * first reader sees the stored comments, and that render replaces it.
 *
 * A comment shown at once marks its post's page for rendering again
 * (lib/comments/revalidate.ts): Next counts a page stale when a path of it
 * was revalidated after the page's entry was written. A render that read the
 * comments before a new one was stored, and was written after that comment's
 * revalidation, would count as fresh without it, and the page would miss it
 * until the post's next change. So a post page counts as rendered when its
 * render read the comments (`noteCommentsRead`, from lib/comments/page.ts),
 * not when it was stored. And a post page with comments that an earlier
 * process of the server stored is rendered again at its first request: the
 * revalidations of comments stored just before a restart (or a `kill -9`)
 * are kept in memory only, and ended with that process.
 *
 * Plain JavaScript: Next loads it at run time, outside the TypeScript build.
 */
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { commentsReads as reads } from "./comments-reads.mjs";

export { noteCommentsRead } from "./comments-reads.mjs";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/** Must equal lib/comments/page.ts STORED_LATER_MARKER (tests/unit/comments-page.test.ts). */
export const STORED_LATER_MARKER = "data-quire-comments-later";

/** When this server process started: entries older than this were stored by another. */
export const PROCESS_STARTED = Date.now();

/** The start of a post page's comments section, matched with its "<" (no text a reader writes holds that unescaped). */
const COMMENTS_SECTION = '<section id="comments"';

/**
 * The page path a cache key names: Next 16 keys an entry as
 * `/route-cache/APP_PAGE/<build>/$/blog/slug`; earlier ones by the path alone.
 */
export function pagePathOf(key) {
  const at = key.indexOf("/$/");
  return at < 0 ? key : key.slice(at + 2);
}

export default class RouteCache extends FileSystemCache {
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    const html = data?.value?.kind === "APP_PAGE" ? data.value.html : undefined;
    if (typeof html !== "string") return data;
    // lastModified -1 is Next's "expired": rendered again before it is served.
    if (html.includes(`<span ${STORED_LATER_MARKER}=`)) return { ...data, lastModified: -1 };
    if (html.includes(COMMENTS_SECTION)) {
      if (data.lastModified < PROCESS_STARTED) return { ...data, lastModified: -1 };
      const readAt = reads.rendered.get(pagePathOf(key));
      if (readAt !== undefined && readAt < data.lastModified) return { ...data, lastModified: readAt };
    }
    return data;
  }

  async set(key, data, ctx) {
    if (data?.kind === "APP_PAGE" && data.status === 404) return;
    // The oldest read not yet stored is this render's, or one that began before it: never later than its own.
    const path = pagePathOf(key);
    const pending = reads.pending.get(path);
    const readAt = pending?.shift();
    if (pending && !pending.length) reads.pending.delete(path);
    await super.set(key, data, ctx);
    if (readAt !== undefined) reads.rendered.set(path, readAt);
    else reads.rendered.delete(path);
  }
}
