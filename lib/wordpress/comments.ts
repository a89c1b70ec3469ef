/**
 * A post's comments as the `.comments.json` beside it (docs/wordpress.md):
 * approved comments only, replies kept, sorted by date. The file has no field
 * for an e-mail address or IP, and none is ever read from the export.
 */
import type { CommentRecord } from "../comments/model";
import { isoDate } from "./items";
import type { WxrComment } from "./wxr";

export interface CommentCounts {
  imported: number;
  /** Pingbacks and trackbacks (approved or not): not comments. */
  pings: number;
  /** Pending, spam and trashed comments. */
  notApproved: number;
}

/** `https://ann.example` kept; anything but http(s) dropped. */
function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The approved comments, text converted by `convertText`
 * (convertCommentText). A reply whose parent is not approved hangs on its
 * nearest approved ancestor, or becomes a thread of its own.
 */
export function importComments(
  comments: WxrComment[],
  convertText: (html: string) => string,
  fallbackOffset = 0,
): { comments: CommentRecord[]; counts: CommentCounts } {
  const counts: CommentCounts = { imported: 0, pings: 0, notApproved: 0 };
  const byId = new Map(comments.map((c) => [c.id, c]));
  const approved = new Set<string>();
  for (const c of comments) {
    const type = c.type.trim().toLowerCase();
    if (type === "pingback" || type === "trackback") counts.pings += 1;
    else if (c.approved.trim() !== "1") counts.notApproved += 1;
    else approved.add(c.id);
  }
  const approvedParent = (c: WxrComment): string | undefined => {
    const seen = new Set<string>();
    let parentId = c.parent.trim();
    while (parentId && parentId !== "0" && !seen.has(parentId)) {
      if (approved.has(parentId)) return `wp-${parentId}`;
      seen.add(parentId);
      parentId = byId.get(parentId)?.parent.trim() ?? "";
    }
    return undefined;
  };
  const out: Array<{ comment: CommentRecord; instant: number }> = [];
  for (const c of comments) {
    if (!approved.has(c.id)) continue;
    const date = isoDate(c.date, c.dateGmt, fallbackOffset) ?? "1970-01-01T00:00:00Z";
    const parent = approvedParent(c);
    const url = c.url ? safeUrl(c.url) : undefined;
    const comment: CommentRecord = {
      id: `wp-${c.id}`,
      ...(parent ? { parent } : {}),
      // Empty: the site shows "Anonymous" in the post's language.
      author: c.author.trim(),
      ...(url ? { url } : {}),
      date,
      text: convertText(c.content).trim(),
    };
    out.push({ comment, instant: Date.parse(date) });
  }
  out.sort((a, b) => a.instant - b.instant || Number(a.comment.id.slice(3)) - Number(b.comment.id.slice(3)));
  counts.imported = out.length;
  return { comments: out.map((entry) => entry.comment), counts };
}

/** The file's text, or undefined when there is no comment to write. */
export function commentsFile(comments: CommentRecord[]): string | undefined {
  return comments.length ? `${JSON.stringify({ comments }, null, 2)}\n` : undefined;
}
