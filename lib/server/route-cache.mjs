/**
 * The cache of rendered pages on a Node server (`next start`, standalone):
 * Next's own file-system cache, which keeps every page it renders on disk,
 * except a 404. A post slug no post has renders the 404 page on request
 * (posts outside the prerendered set do, whatever `prerender` says); keeping
 * each of those would let anyone who requests random addresses fill the
 * disk. A 404 is rendered again when asked for again, and stays cheap: no
 * post is read.
 *
 * Plain JavaScript: Next loads it at run time, outside the TypeScript build.
 */
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class RouteCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data?.kind === "APP_PAGE" && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
