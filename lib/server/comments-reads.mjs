/**
 * When renders of a post page read its comments, for lib/server/route-cache.mjs:
 * a page counts as rendered from that moment, not from when it was stored
 * (see there why). Shared through globalThis: the page's render (bundled)
 * and the cache handler (loaded by Next at run time) each load a copy.
 *
 * Plain JavaScript without imports: both sides load it.
 */

/** @type {{ __quireCommentsRead?: { pending: Map<string, number[]>; rendered: Map<string, number> } }} */
const holder = globalThis;

/** Per page path: reads of renders not yet stored (oldest first), and the read of the stored entry's render. */
export const commentsReads = (holder.__quireCommentsRead ??= { pending: new Map(), rendered: new Map() });

/**
 * Reads kept per path. A path the cache never stores under (the other
 * spelling of a slug with escaped characters) keeps this many, the oldest:
 * dropping newer ones only ever dates a page earlier, which renders it again.
 */
const MAX_PENDING = 32;

/**
 * A render of these page paths is about to read the comments (lib/comments/page.ts).
 * @param {readonly string[]} paths
 */
export function noteCommentsRead(paths, at = Date.now()) {
  for (const path of paths) {
    const list = commentsReads.pending.get(path) ?? [];
    if (list.length < MAX_PENDING) list.push(at);
    commentsReads.pending.set(path, list);
  }
}
