/**
 * Contentlayer reads posts from a mirror of the content folder, never from the
 * author's files directly: its front matter parser (gray-matter + yaml) fails
 * on Windows line endings (`Unexpected scalar at node end` for a CRLF list),
 * and it would warn about every image it finds. The mirror holds only the posts
 * that passed the checks, with LF line endings; the author's files are never
 * touched. A mirror file is rewritten only when its text changes, so
 * Contentlayer's cache (keyed on mtime) keeps every unchanged post.
 */
import path from "node:path";
import { pruneFolder, writeIfChanged } from "./files";

/** Where the mirror lives, relative to the project. */
export const MIRROR_DIR = ".contentlayer/quire-source";

/** CRLF and lone CR become LF: what every parser downstream expects. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export interface MirrorResult {
  written: number;
  removed: number;
}

/** Makes `mirrorRoot` hold exactly `posts`, newline-normalized. */
export function syncMirror(mirrorRoot: string, posts: ReadonlyArray<{ relPath: string; source: string }>): MirrorResult {
  let written = 0;
  for (const post of posts) {
    if (writeIfChanged(path.join(mirrorRoot, post.relPath), normalizeNewlines(post.source))) written += 1;
  }
  const removed = pruneFolder(mirrorRoot, new Set(posts.map((p) => p.relPath)));
  return { written, removed };
}
