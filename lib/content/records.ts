/**
 * Post records as a server reads them: one small file per published post,
 * named after its slug, holding what its page shows besides the body (front
 * matter, reading time, previous and next posts), and one file with the
 * newest posts for the 404 page. A server that renders a post on request
 * (`prerender: N`, Vercel) reads two files for it, the record and the body,
 * and never parses the whole manifest: its memory does not grow with the blog.
 *
 * The records are the production collection's (lib/collection.ts), taken
 * when the step runs; `npm run dev`, which shows drafts too, keeps reading the
 * manifest. A record is rewritten only when it changes: a new post rewrites
 * its own and its neighbours'.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Collection } from "../collection";
import { pruneFolder } from "./files";

/** One `<key>.json` per published post (recordKey), and LATEST_NAME. */
export const RECORD_DIR = ".contentlayer/quire-records";
export const LATEST_NAME = "latest.json";
/** The hash of each record file's text, by file name: what the last run wrote. */
const HASHES_FILE = ".contentlayer/quire-records-state.json";
/** How many of the newest posts the 404 page lists. */
export const LATEST_COUNT = 3;

const sha1 = (text: string) => crypto.createHash("sha1").update(text).digest("hex");

/** A record's file name: a hash of the slug, which may be long, non-ASCII or hold any character. */
export function recordName(slug: string): string {
  return `${sha1(slug.normalize("NFC")).slice(0, 24)}.json`;
}

export interface RecordsResult {
  written: number;
}

/** Writes the records of the posts of `collection` (the production one: published posts), and prunes the rest. */
export function writePostRecords(projectDir: string, collection: Collection): RecordsResult {
  const dir = path.join(projectDir, RECORD_DIR);
  const stateFile = path.join(projectDir, HASHES_FILE);
  const { posts, bySlug } = collection;
  const files = new Map<string, string>([[LATEST_NAME, JSON.stringify(posts.slice(0, LATEST_COUNT))]]);
  for (const [slug, record] of bySlug) files.set(recordName(slug), JSON.stringify(record));

  let before: Record<string, string> = {};
  try {
    if (fs.existsSync(dir)) before = JSON.parse(fs.readFileSync(stateFile, "utf8")) as Record<string, string>;
  } catch {
    // No usable state: every record is written again.
  }
  const after: Record<string, string> = {};
  let written = 0;
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) {
    const hash = sha1(text);
    after[name] = hash;
    if (before[name] === hash) continue;
    fs.writeFileSync(path.join(dir, name), text);
    written += 1;
  }
  if (Object.keys(before).some((name) => !(name in after))) pruneFolder(dir, new Set(files.keys()));
  fs.writeFileSync(stateFile, JSON.stringify(after));
  return { written };
}
