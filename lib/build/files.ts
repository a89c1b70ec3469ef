/**
 * The content folder as files: posts (`.md`, `.mdx`) and everything else that
 * sits beside them (images, downloads), as POSIX paths relative to the folder.
 * A post's comments file (`x.comments.json`) is neither: its post reads it,
 * and it is never served (it may hold what a page must not show).
 */
import fs from "node:fs";
import path from "node:path";
import { isIgnoredContentName } from "../content-folders";
import { isCommentsFile } from "../comments/file";

export interface ContentFiles {
  posts: string[];
  assets: string[];
  /** Posts' comments files (`x.comments.json`), read by their post, never served. */
  comments: string[];
}

export function isPostFile(relPath: string): boolean {
  return /\.(md|mdx)$/i.test(relPath);
}

export function listContentFiles(root: string): ContentFiles {
  const files: ContentFiles = { posts: [], assets: [], comments: [] };
  // Relative paths are built as the walk goes down (path.relative for each
  // of 10,000 files costs a tenth of a warm content step).
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (isIgnoredContentName(entry.name)) continue;
      const rel = prefix + entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${rel}/`);
      else if (entry.isFile()) (isCommentsFile(rel) ? files.comments : isPostFile(rel) ? files.posts : files.assets).push(rel);
    }
  };
  walk(root, "");
  files.posts.sort();
  files.assets.sort();
  files.comments.sort();
  return files;
}

/** Writes `text` to `file` only when it differs, so mtimes (and caches keyed on them) move only on change. */
export function writeIfChanged(file: string, text: string): boolean {
  try {
    if (fs.readFileSync(file, "utf8") === text) return false;
  } catch {
    // missing: write it
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return true;
}

/** Removes the files under `dir` that `keep` does not list (relative POSIX paths), then empty folders. */
export function pruneFolder(dir: string, keep: ReadonlySet<string>): number {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  const walk = (current: string): boolean => {
    let empty = true;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (walk(full)) fs.rmdirSync(full);
        else empty = false;
      } else if (keep.has(path.relative(dir, full).split(path.sep).join("/"))) {
        empty = false;
      } else {
        fs.rmSync(full);
        removed += 1;
      }
    }
    return empty;
  };
  walk(dir);
  return removed;
}
