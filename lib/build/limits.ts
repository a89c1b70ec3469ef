/**
 * The limits a post file must keep, so that one file can neither stop the
 * content step nor take the build past two cores and 2 GB (docs/writing.md,
 * "Content problems and limits"). Each limit crossed is one problem line
 * naming the file; a real blog's largest post is far below every one of them.
 * The nesting limit lives with the render (lib/markdown/nesting), the image
 * limit with the copies (lib/images/make-copies).
 */
import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import type { ContentProblem } from "../frontmatter";

/** A post file's size in bytes, front matter and body together: forty times the longest post of a 12-year blog. */
export const MAX_POST_BYTES = 1024 * 1024;
/** The front matter's size in bytes, read before the YAML is parsed. */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;
/** Tags of one post, and categories of one post. */
export const MAX_TAGS = 100;

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

export interface PostFile {
  /** The text, as UTF-8; absent when the file is no post at all (see problems). */
  source?: string;
  problems: ContentProblem[];
  /** Invalid UTF-8 (the post still builds, with replacement characters). */
  warnings: string[];
}

/** Reads a post file within the limits: its size, text (no NUL byte) and UTF-8. */
export function readPostFile(absPath: string, relPath: string): PostFile {
  const fail = (message: string): PostFile => ({ problems: [{ file: relPath, field: "", message }], warnings: [] });
  const size = fs.statSync(absPath).size;
  if (size > MAX_POST_BYTES) return fail(`is ${sizeText(size)}, over the limit of ${sizeText(MAX_POST_BYTES)} for a post`);
  const bytes = fs.readFileSync(absPath);
  if (bytes.length > MAX_POST_BYTES) return fail(`is ${sizeText(bytes.length)}, over the limit of ${sizeText(MAX_POST_BYTES)} for a post`);
  if (bytes.length === 0) return fail("is empty");
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(`is not text (a NUL byte at byte ${nul})`);
  const warnings = isUtf8(bytes) ? [] : [`${relPath}: invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}; shown as \uFFFD`];
  return { source: bytes.toString("utf8"), problems: [], warnings };
}

/** The start of a file, at most MAX_POST_BYTES: enough to tell a broken post's slug. */
export function readPostHead(absPath: string): string {
  const fd = fs.openSync(absPath, "r");
  try {
    const buffer = Buffer.alloc(Math.min(fs.fstatSync(fd).size, MAX_POST_BYTES));
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

/** The offset of the first byte that breaks UTF-8 (the encoding as the WHATWG decoder checks it). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1];
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** The front matter's size (up to its closing `---`, or to the end when it never closes), before the YAML parser sees it. */
export function frontMatterProblem(relPath: string, source: string): ContentProblem | undefined {
  if (!/^---[ \t]*\r?\n/.test(source)) return undefined;
  const close = source.search(/\n---[ \t]*(\r?\n|$)/);
  const bytes = Buffer.byteLength(close < 0 ? source : source.slice(0, close));
  if (bytes <= MAX_FRONT_MATTER_BYTES) return undefined;
  return { file: relPath, field: "front matter", message: `is ${sizeText(bytes)}, over the limit of ${sizeText(MAX_FRONT_MATTER_BYTES)}` };
}

/** Tags and categories past MAX_TAGS, counted as given (a list, or one comma-separated string). */
export function tagCountProblems(relPath: string, data: Record<string, unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const field of ["tags", "categories"]) {
    const value = data[field];
    const count = Array.isArray(value) ? value.length : typeof value === "string" ? value.split(",").length : 0;
    if (count > MAX_TAGS) problems.push({ file: relPath, field, message: `${count} given, over the limit of ${MAX_TAGS}` });
  }
  return problems;
}
