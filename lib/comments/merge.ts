/**
 * One section for a post's comments from both sources: those of its
 * `.comments.json` file (an import, threaded by the content step) and the
 * approved ones of the database. The stored ones are shown as `c<id>`
 * (anchor `#comment-c12`), so they never take a file comment's anchor, and
 * those a reply may still answer (two levels of replies: MAX_REPLY_DEPTH)
 * carry their stored id as `replyId`. Threads are in the order of their
 * first comment, oldest first; the count is of every comment.
 */
import { MAX_REPLY_DEPTH } from "./context";
import type { PublicComment } from "./listing";
import type { CommentSection, ShownComment } from "./model";
import { buildThreads } from "./threads";

/** The id a stored comment is shown with. */
export const shownId = (storedId: string) => `c${storedId}`;

function markReplyable(comments: ShownComment[], level: number) {
  for (const comment of comments) {
    if (level < MAX_REPLY_DEPTH) comment.replyId = comment.id.slice(1);
    markReplyable(comment.replies, level + 1);
  }
}

const instant = (comment: ShownComment) => {
  const time = Date.parse(comment.date);
  return Number.isNaN(time) ? 0 : time;
};

export function mergeSections(fromFile: CommentSection | undefined, stored: readonly PublicComment[]): CommentSection {
  const fromStore = buildThreads(
    stored.map((comment) => ({ ...comment, id: shownId(comment.id), ...(comment.parent ? { parent: shownId(comment.parent) } : {}) })),
  );
  markReplyable(fromStore.threads, 0);
  const threads = [...(fromFile?.threads ?? []), ...fromStore.threads];
  // Stable: a file's own order stays when two threads start at the same time.
  threads.sort((a, b) => instant(a) - instant(b));
  return { count: (fromFile?.count ?? 0) + fromStore.count, threads };
}
