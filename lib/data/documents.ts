/**
 * What the content step writes for each post, and where.
 *
 * - A manifest entry (front matter as the content model reads it, summary,
 *   reading time): small. All of them go into one JSON file, POST_INDEX,
 *   which lib/data/store reads: it serves lists, taxonomy, feeds' order and
 *   static params.
 * - A body (rendered HTML, table of contents, MDX source): read from its own
 *   file only when that post's page or feed entry is rendered.
 *
 * Each file is rewritten only when its text changes: the dev server reloads
 * only what changed.
 */
import fs from "node:fs";
import path from "node:path";
import type { PostMeta } from "../frontmatter";
import type { TocEntry } from "../markdown/headings";
import type { PostFormat } from "../build/analyze-post";
import type { RecordedReferences } from "../markdown/references";
import type { CommentSection } from "../comments/model";
import { pruneFolder, writeIfChanged } from "../build/files";

/** The post index, relative to the project: every post that passed the checks (ManifestDocument). */
export const POST_INDEX = ".contentlayer/quire-posts.json";
/** One `<post path>.json` body per post. */
export const BODY_DIR = ".contentlayer/quire-bodies";

/** A post as lists, taxonomy, feeds' order and static params need it: what the manifest holds. */
export interface ManifestEntry {
  /** The post's file, relative to the content folder (POSIX). */
  relPath: string;
  meta: PostMeta;
  format: PostFormat;
  summary: string;
  readingMinutes: number;
  /** Its social card's key (lib/cards/plan.ts), when it names no image of its own. */
  card?: string;
}

/** The content step's own bookkeeping of a post's last render, kept beside the manifest. */
export interface RenderRecord {
  /** Of the post's text: an unchanged post is not rendered again. */
  hash: string;
  /** The file's size and mtime when it was read: a file that still has them is not read again. */
  stamp: string;
  /** Build warnings of the last render (missing images...), printed again on every build. */
  warnings: string[];
  /**
   * The content files the render read or looked for (images, linked files and
   * posts), each with its stamp then: when one changes, the post renders again.
   */
  deps: Record<string, string>;
}

export type PostEntry = ManifestEntry & RenderRecord;

export interface PostBody {
  html: string;
  /** Whether the body holds a code block: only then does the page load the copy script. */
  hasCode: boolean;
  toc: TocEntry[];
  /** The MDX source, for `.mdx` posts (rendered by next-mdx-remote); empty for `.md`. */
  source: string;
  /** What the MDX source's relative images and links resolved to: its page render reads no content file. */
  references: RecordedReferences;
  /** Its comments (its `.comments.json` file, lib/comments/), when it has any. */
  comments?: CommentSection;
}

/** What POST_INDEX holds: entries sorted by path. */
export interface ManifestDocument {
  posts: ManifestEntry[];
}

const manifestFile = (projectDir: string) => path.join(projectDir, POST_INDEX);
/**
 * The render records, by path. Apart from the manifest so that an edit that
 * changes nothing a list shows (a sentence in the body) leaves the manifest,
 * and so every page that reads it, alone.
 */
const RECORDS_FILE = ".contentlayer/quire-renders.json";
const jsonPath = (dir: string, relPath: string) => path.join(dir, `${relPath}.json`);

/** The entries the last run wrote, by path (none on a first run, without their records or bodies). */
export function readManifest(projectDir: string): Map<string, PostEntry> {
  if (!fs.existsSync(path.join(projectDir, BODY_DIR))) return new Map();
  try {
    const doc = JSON.parse(fs.readFileSync(manifestFile(projectDir), "utf8")) as ManifestDocument;
    const records = JSON.parse(fs.readFileSync(path.join(projectDir, RECORDS_FILE), "utf8")) as Record<string, RenderRecord>;
    return new Map(doc.posts.flatMap((entry) => (records[entry.relPath] ? [[entry.relPath, { ...entry, ...records[entry.relPath] }]] : [])));
  } catch {
    return new Map();
  }
}

/**
 * Writes the manifest and the render records; true when the manifest changed.
 * The manifest is written beside, then renamed over the last one: a dev
 * server reading it meanwhile gets the old file or the new one, never a part.
 */
export function writeManifest(projectDir: string, entries: readonly PostEntry[]): boolean {
  const sorted = [...entries].sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  const records: Record<string, RenderRecord> = {};
  const posts: ManifestEntry[] = sorted.map(({ hash, stamp, warnings, deps, ...entry }) => {
    records[entry.relPath] = { hash, stamp, warnings, deps };
    return entry;
  });
  writeIfChanged(path.join(projectDir, RECORDS_FILE), JSON.stringify(records));
  const doc: ManifestDocument = { posts };
  const file = manifestFile(projectDir);
  const text = JSON.stringify(doc);
  try {
    if (fs.readFileSync(file, "utf8") === text) return false;
  } catch {
    // missing: written below
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.partial`, text);
  fs.renameSync(`${file}.partial`, file);
  return true;
}

/** Writes a post's body. */
export function writeBody(projectDir: string, relPath: string, body: PostBody): void {
  writeIfChanged(jsonPath(path.join(projectDir, BODY_DIR), relPath), JSON.stringify(body));
}

/** Removes the bodies of posts that are gone or broken. */
export function pruneBodies(projectDir: string, keep: readonly string[]): number {
  return pruneFolder(path.join(projectDir, BODY_DIR), new Set(keep.map((rel) => `${rel}.json`)));
}

/** A post's body as the content step wrote it. */
export function bodyFile(projectDir: string, relPath: string): string {
  return jsonPath(path.join(projectDir, BODY_DIR), relPath);
}
