/**
 * A post's comments as threads: each reply under the comment it answers,
 * siblings oldest first. Threads nest MAX_DEPTH levels; a reply deeper than
 * that is shown at the last level, after the comment it sits under, and
 * says whom it answered. A reply whose parent is unknown (or a loop of
 * parents) is shown as a comment of its own.
 */
import type { CommentRecord, CommentSection, ShownComment } from "./model";
import { renderCommentText } from "./markdown";

/** Levels of nesting shown: a comment, its replies, their replies. */
export const MAX_DEPTH = 3;

const instant = (date: string) => {
  const time = Date.parse(date);
  return Number.isNaN(time) ? 0 : time;
};

export function buildThreads(records: readonly CommentRecord[], render: (text: string) => string = renderCommentText): CommentSection {
  const byId = new Map(records.map((record) => [record.id, record]));
  const order = new Map(records.map((record, i) => [record.id, i]));
  /** The chain of ancestors of a record, nearest first; cut where a parent is unknown or loops back. */
  const ancestors = (record: CommentRecord): CommentRecord[] => {
    const chain: CommentRecord[] = [];
    const seen = new Set([record.id]);
    for (let parent = record.parent; parent !== undefined; ) {
      const up = byId.get(parent);
      if (!up || seen.has(up.id)) return up ? [] : chain;
      seen.add(up.id);
      chain.push(up);
      parent = up.parent;
    }
    return chain;
  };

  const shown = new Map<string, ShownComment>();
  const show = (record: CommentRecord): ShownComment => {
    let comment = shown.get(record.id);
    if (!comment) {
      comment = { id: record.id, author: record.author, date: record.date, html: render(record.text), replies: [] };
      if (record.url) comment.url = record.url;
      shown.set(record.id, comment);
    }
    return comment;
  };

  const threads: ShownComment[] = [];
  const sorted = [...records].sort((a, b) => instant(a.date) - instant(b.date) || order.get(a.id)! - order.get(b.id)!);
  for (const record of sorted) {
    const chain = ancestors(record);
    const comment = show(record);
    if (chain.length === 0) {
      threads.push(comment);
      continue;
    }
    // The comment it hangs under: its parent, or at most MAX_DEPTH - 1 levels below the thread's start.
    const under = chain.length < MAX_DEPTH ? chain[0] : chain[chain.length - (MAX_DEPTH - 1)];
    if (under !== chain[0]) comment.replyTo = chain[0].author;
    show(under).replies.push(comment);
  }
  return { count: records.length, threads };
}
