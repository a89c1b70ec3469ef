/**
 * One section for a post's comments from both sources: those of its
 * `.comments.json` file (an import, threaded by the content step) and the
 * approved ones of the database. A stored comment is shown as `c<id>`
 * (anchor `#comment-c12`), so it never takes a file comment's anchor; one
 * taken in from the file (lib/comments/imported.ts) keeps its file id, and
 * so its old anchor, and replaces the file's copy, whatever the store says
 * of it (a deleted one is gone). Stored comments a reply may still answer
 * (two levels of replies: MAX_REPLY_DEPTH) carry their stored id as
 * `replyId`. Threads are in the order of their first comment, oldest first;
 * the count is of every comment shown.
 */
import { MAX_REPLY_DEPTH } from "./context";
import type { PublicComment } from "./listing";
import type { CommentSection, ShownComment } from "./model";
import { buildThreads } from "./threads";

/** The id a stored comment is shown with. */
export const shownId = (comment: Pick<PublicComment, "id" | "importedId">) => comment.importedId ?? `c${comment.id}`;

function markReplyable(comments: ShownComment[], level: number, storedIds: ReadonlyMap<string, string>) {
  for (const comment of comments) {
    const stored = storedIds.get(comment.id);
    if (level < MAX_REPLY_DEPTH && stored) comment.replyId = stored;
    markReplyable(comment.replies, level + 1, storedIds);
  }
}

/** The file's threads without the comments the store stands in for; a reply left without its comment becomes a thread. */
function withoutTaken(threads: readonly ShownComment[], taken: ReadonlySet<string>): ShownComment[] {
  const kept: ShownComment[] = [];
  const visit = (comment: ShownComment, into: ShownComment[]) => {
    if (taken.has(comment.id)) {
      for (const reply of comment.replies) visit(reply, kept);
      return;
    }
    const copy: ShownComment = { ...comment, replies: [] };
    into.push(copy);
    for (const reply of comment.replies) visit(reply, copy.replies);
  };
  for (const thread of threads) visit(thread, kept);
  return kept;
}

const countOf = (comments: readonly ShownComment[]): number => comments.reduce((n, comment) => n + 1 + countOf(comment.replies), 0);

const instant = (comment: ShownComment) => {
  const time = Date.parse(comment.date);
  return Number.isNaN(time) ? 0 : time;
};

export function mergeSections(fromFile: CommentSection | undefined, stored: readonly PublicComment[], imported: readonly string[] = []): CommentSection {
  const shownOf = new Map(stored.map((comment) => [comment.id, shownId(comment)]));
  const fromStore = buildThreads(
    stored.map((comment) => ({
      id: shownOf.get(comment.id)!,
      author: comment.author,
      date: comment.date,
      text: comment.text,
      ...(comment.url ? { url: comment.url } : {}),
      ...(comment.parent ? { parent: shownOf.get(comment.parent) ?? `c${comment.parent}` } : {}),
    })),
  );
  markReplyable(fromStore.threads, 0, new Map(stored.map((comment) => [shownOf.get(comment.id)!, comment.id])));
  const taken = new Set(imported);
  const fileThreads = taken.size ? withoutTaken(fromFile?.threads ?? [], taken) : fromFile?.threads ?? [];
  const fileCount = taken.size ? countOf(fileThreads) : fromFile?.count ?? 0;
  const threads = [...fileThreads, ...fromStore.threads];
  // Stable: a file's own order stays when two threads start at the same time.
  threads.sort((a, b) => instant(a) - instant(b));
  return { count: fileCount + fromStore.count, threads };
}
