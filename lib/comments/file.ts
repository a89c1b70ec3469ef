/**
 * A post's comments file: `<post file without extension>.comments.json`
 * beside it (docs/writing.md), as the WordPress import writes it:
 * `{ "comments": [{ "id", "parent"?, "author", "url"?, "date", "text" }] }`.
 * Read by the content step: each problem is one line naming the file and
 * the field, and costs only what it must (a bad `url` is dropped, the
 * comment kept; a comment without a date or text is left out); the post
 * always builds. Only the known fields are read: anything else in the file
 * (an e-mail, an IP) is never copied anywhere.
 */
import fs from "node:fs";
import type { ContentProblem } from "../frontmatter";
import type { CommentRecord } from "./model";

export const COMMENTS_SUFFIX = ".comments.json";

/** Over this, the file is not read (one problem): a post's page holds every comment. */
export const MAX_COMMENTS_BYTES = 5 * 1024 * 1024;

/** The comments file of a post (a relative or absolute path): `2010/x.md` -> `2010/x.comments.json`. */
export function commentsFileOf(postPath: string): string {
  return postPath.replace(/\.(md|mdx)$/i, "") + COMMENTS_SUFFIX;
}

export function isCommentsFile(relPath: string): boolean {
  return relPath.toLowerCase().endsWith(COMMENTS_SUFFIX);
}

/** ISO 8601: a calendar day, or a day and a time with an optional offset. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

export interface CommentsFile {
  comments: CommentRecord[];
  problems: ContentProblem[];
}

/** The comments of a file's text; `file` names it in problems. */
export function parseComments(text: string, file: string): CommentsFile {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problem("", `is not valid JSON (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); no comment shown`);
    return { comments: [], problems };
  }
  const list = isRecord(data) ? data.comments : undefined;
  if (!Array.isArray(list)) {
    problem("comments", "must be a list of comments; no comment shown");
    return { comments: [], problems };
  }

  const comments: CommentRecord[] = [];
  /** Each kept comment's place in the file, for problems found once every id is known. */
  const place = new Map<string, number>();
  list.forEach((item: unknown, i) => {
    const at = (field: string) => `comments[${i}]${field ? `.${field}` : ""}`;
    if (!isRecord(item)) return void problem(at(""), "must be an object; left out");
    const id = typeof item.id === "number" ? String(item.id) : item.id;
    if (typeof id !== "string" || !id.trim()) return void problem(at("id"), "is required (a string unique in the file); left out");
    if (place.has(id)) return void problem(at("id"), `"${id}" is used by an earlier comment; left out`);
    const date = typeof item.date === "string" ? item.date.trim() : undefined;
    if (!date || !ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) {
      return void problem(at("date"), "is required: an ISO 8601 date, e.g. 2010-05-03T14:22:00+02:00; left out");
    }
    if (typeof item.text !== "string" || !item.text.trim()) return void problem(at("text"), "is required (Markdown text); left out");

    const comment: CommentRecord = { id, author: "", date, text: item.text };
    if (typeof item.author === "string") comment.author = item.author.trim();
    else if (item.author !== undefined && item.author !== null) problem(at("author"), "must be a string; shown as anonymous");
    if (typeof item.url === "string" && item.url.trim()) {
      const url = httpUrl(item.url.trim());
      if (url) comment.url = url;
      else problem(at("url"), "must be an http or https address; the name is shown without a link");
    } else if (item.url !== undefined && item.url !== null && item.url !== "") {
      problem(at("url"), "must be a string; the name is shown without a link");
    }
    const parent = typeof item.parent === "number" ? String(item.parent) : item.parent;
    if (typeof parent === "string" && parent.trim()) comment.parent = parent;
    else if (parent !== undefined && parent !== null && parent !== "") problem(at("parent"), "must be the id of another comment; shown as a comment of its own");
    place.set(id, i);
    comments.push(comment);
  });
  for (const comment of comments) {
    if (comment.parent === undefined || (place.has(comment.parent) && comment.parent !== comment.id)) continue;
    problem(`comments[${place.get(comment.id)}].parent`, `"${comment.parent}" is no other comment in the file; shown as a comment of its own`);
    delete comment.parent;
  }
  return { comments, problems };
}

/** The comments file at `absPath`, if there is one; `file` names it in problems. */
export function readComments(absPath: string, file: string): CommentsFile | undefined {
  const stat = fs.statSync(absPath, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  if (stat.size > MAX_COMMENTS_BYTES) {
    return { comments: [], problems: [{ file, field: "", message: `is over the limit of ${MAX_COMMENTS_BYTES / 1024 / 1024} MB for a comments file; no comment shown` }] };
  }
  return parseComments(fs.readFileSync(absPath, "utf8"), file);
}
