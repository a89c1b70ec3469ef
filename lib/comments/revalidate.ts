/**
 * What a post's page must do when its comments change (a comment approved
 * at once, approved, marked as spam or deleted by the author): render again
 * on its next request. Post pages are static; on a Node server (`next
 * start`, standalone) and on Vercel this on-demand revalidation makes the
 * change visible within seconds, without a rebuild. A static export has no
 * server: its comments are those of its build.
 *
 * Called by whoever changed a comment, with the `postKey` the moderation
 * functions answer with; from a route handler or a server action only (Next
 * keeps the cache of a request's work).
 */
import { revalidatePath } from "next/cache";
import { postPagePaths } from "./post-key";

export function commentsChanged(postKey: string): void {
  for (const path of postPagePaths(postKey)) revalidatePath(path);
}
