/**
 * Comments as the site shows them, whatever their source: today a post's
 * `.comments.json` file (lib/comments/file.ts, written by the WordPress
 * import) and the comments database (lib/comments/listing.ts), merged in
 * lib/comments/merge.ts. A source gives CommentRecords; the
 * threads (lib/comments/threads.ts) turn them into a CommentSection, which
 * components/Comments.tsx renders as plain HTML.
 *
 * A record has exactly these fields. Whatever else a source holds (an e-mail
 * address, an IP) never gets into a record, so no page can show it.
 */

/** One comment as its source gives it. */
export interface CommentRecord {
  /** Unique among the post's comments. */
  id: string;
  /** The id of the comment it answers. */
  parent?: string;
  /** The name the commenter gave; empty: shown as anonymous. */
  author: string;
  /** Their website: an absolute http(s) URL. */
  url?: string;
  /** ISO 8601 as written: `2010-05-03T14:22:00+02:00` (or a calendar day). */
  date: string;
  /** The comment in the Markdown subset of lib/comments/markdown.ts. */
  text: string;
}

/** A comment ready to show: its text as safe HTML, its replies under it. */
export interface ShownComment {
  id: string;
  author: string;
  url?: string;
  date: string;
  /** The text, rendered and sanitized (lib/comments/markdown.ts). */
  html: string;
  /** Whom it answers, for a reply shown below its thread's last nested level (MAX_DEPTH). */
  replyTo?: string;
  /** The stored comment's id, when readers may answer it on the page (lib/comments/merge.ts). */
  replyId?: string;
  replies: ShownComment[];
}

/** A post's comments: how many, and the threads, oldest first. */
export interface CommentSection {
  count: number;
  threads: ShownComment[];
}
