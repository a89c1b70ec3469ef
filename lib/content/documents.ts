/**
 * What the content step writes for each post, and where.
 *
 * - A manifest entry (front matter, summary, reading time): small. Contentlayer
 *   reads one JSON document per post from MANIFEST_DIR and gathers them into
 *   its index, which serves lists, taxonomy, feeds' order and static params.
 * - A body (rendered HTML, table of contents, MDX source): read from its own
 *   file only when that post's page or feed entry is rendered.
 *
 * Each file is rewritten only when its text changes, so Contentlayer's cache
 * (keyed on mtime) keeps every unchanged post.
 */
import fs from "node:fs";
import path from "node:path";
import type { PostMeta } from "../frontmatter";
import type { TocEntry } from "../markdown/headings";
import type { PostFormat } from "../post-analysis";
import type { RecordedReferences } from "../markdown/references";
import { pruneFolder, writeIfChanged } from "./files";

/** Contentlayer's content folder: one `<post path>.json` per post that passed the checks. */
export const MANIFEST_DIR = ".contentlayer/quire-source";
/** One `<post path>.json` body per post. */
export const BODY_DIR = ".contentlayer/quire-bodies";

export interface PostEntry {
  /** The post's file, relative to the content folder (POSIX). */
  relPath: string;
  /** Of the post's text: an unchanged post is not rendered again. */
  hash: string;
  meta: PostMeta;
  format: PostFormat;
  summary: string;
  readingMinutes: number;
  wordCount: number;
  /** Build warnings of the last render (missing images...), printed again on every build. */
  warnings: string[];
  /**
   * The content files the render read or looked for (images, linked files and
   * posts), each with its stamp then: when one changes, the post renders again.
   */
  deps: Record<string, string>;
}

export interface PostBody {
  html: string;
  /** Whether the body holds a code block: only then does the page load the copy script. */
  hasCode: boolean;
  toc: TocEntry[];
  /** The MDX source, for `.mdx` posts (rendered by next-mdx-remote); empty for `.md`. */
  source: string;
  /** What the MDX source's relative images and links resolved to: its page render reads no content file. */
  references: RecordedReferences;
}

/** The document Contentlayer reads (see contentlayer.config.ts). */
export interface ManifestDocument {
  post: PostEntry;
}

const jsonPath = (dir: string, relPath: string) => path.join(dir, `${relPath}.json`);

export function readEntry(projectDir: string, relPath: string): PostEntry | undefined {
  try {
    return (JSON.parse(fs.readFileSync(jsonPath(path.join(projectDir, MANIFEST_DIR), relPath), "utf8")) as ManifestDocument).post;
  } catch {
    return undefined;
  }
}

/** Writes a post's body and manifest entry; true when the manifest changed (Contentlayer will rebuild). */
export function writePost(projectDir: string, entry: PostEntry, body: PostBody): boolean {
  writeIfChanged(jsonPath(path.join(projectDir, BODY_DIR), entry.relPath), JSON.stringify(body));
  const doc: ManifestDocument = { post: entry };
  return writeIfChanged(jsonPath(path.join(projectDir, MANIFEST_DIR), entry.relPath), JSON.stringify(doc));
}

/** Removes the documents of posts that are gone or broken. */
export function pruneDocuments(projectDir: string, keep: readonly string[]): number {
  const names = new Set(keep.map((rel) => `${rel}.json`));
  const removed = pruneFolder(path.join(projectDir, MANIFEST_DIR), names);
  pruneFolder(path.join(projectDir, BODY_DIR), names);
  return removed;
}

/** A post's body as the content step wrote it. */
export function bodyFile(projectDir: string, relPath: string): string {
  return jsonPath(path.join(projectDir, BODY_DIR), relPath);
}
