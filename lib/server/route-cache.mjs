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
 * Plain JavaScript: Next loads it at run time, outside the TypeScript build.
 */
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

/** Must equal lib/comments/page.ts STORED_LATER_MARKER (tests/unit/comments-page.test.ts). */
export const STORED_LATER_MARKER = "data-quire-comments-later";

export default class RouteCache extends FileSystemCache {
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    const html = data?.value?.kind === "APP_PAGE" ? data.value.html : undefined;
    // lastModified -1 is Next's "expired": rendered again before it is served.
    // Matched with its element's "<": no text a reader writes can hold that unescaped.
    if (typeof html === "string" && html.includes(`<span ${STORED_LATER_MARKER}=`)) return { ...data, lastModified: -1 };
    return data;
  }

  async set(key, data, ctx) {
    if (data?.kind === "APP_PAGE" && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
