/**
 * Post records as a server reads them: one small file per published post,
 * named after its slug, holding what its page shows besides the body (front
 * matter, reading time, previous and next posts), and one file with the
 * newest posts for the 404 page. A server that renders a post on request
 * (`prerender: N`, Vercel) reads two files for it, the record and the body,
 * and never parses the whole manifest: its memory does not grow with the blog.
 *
 * The records are the production collection's (lib/data/collection.ts), taken
 * when the step runs; `npm run dev`, which shows drafts too, keeps reading the
 * manifest. A record is rewritten only when it changes: a new post rewrites
 * its own and its neighbours'.
 */
import fs from "node:fs";
import path from "node:path";
import type { Collection } from "../data/collection";
import { relatedPosts, type RelatedPost } from "../data/related";
import { fingerprint, hashOf, Ledger, rememberedValue } from "./cache";

/**
 * One `<key>.json` per published post (recordName), and LATEST_NAME: the
 * default language's in RECORD_DIR, another language's in `RECORD_DIR-<code>`
 * (recordDir), where its slugs may repeat the default language's.
 */
export const RECORD_DIR = ".contentlayer/quire-records";
export const LATEST_NAME = "latest.json";
/** The records' Ledger (lib/build/cache.ts), by slug: what each file was made from in the last run. */
const SIGNATURES_FILE = ".contentlayer/quire-records-state";
/** How many of the newest posts the 404 page lists. */
export const LATEST_COUNT = 3;

/** The related-post lists of the last run, and what they were computed from. */
const RELATED_FILE = ".contentlayer/quire-related";

/** The folder of one language's records: RECORD_DIR for the default language (`lang` undefined). */
export function recordDir(lang?: string): string {
  return lang ? `${RECORD_DIR}-${lang}` : RECORD_DIR;
}

/** A per-language file name: `<base>.json`, or `<base>-<lang>.json`. */
const languageFile = (base: string, lang?: string) => `${base}${lang ? `-${lang}` : ""}.json`;

/**
 * Every post's related posts (lib/data/related.ts). They follow from the posts'
 * slugs, titles, dates, tags and categories only, so an edit to a body keeps
 * the last run's lists: computing them costs seconds at 10,000 posts.
 */
function relatedLists(projectDir: string, collection: Collection, lang?: string): Map<string, RelatedPost[]> {
  const inputs = fingerprint(collection.posts.map((p) => [p.slug, p.title, p.day, p.instant, p.tags, p.categories]));
  // [slug, list] pairs: a slug may be any string, `__proto__` too.
  const lists = rememberedValue(path.join(projectDir, languageFile(RELATED_FILE, lang)), inputs, () =>
    collection.posts.map((post): [string, RelatedPost[]] => [post.slug, relatedPosts(post, collection)]),
  );
  return new Map(lists);
}

/** A record's file name: a hash of the slug, which may be long, non-ASCII or hold any character. */
export function recordName(slug: string): string {
  return `${hashOf(slug.normalize("NFC")).slice(0, 24)}.json`;
}

export interface RecordsResult {
  written: number;
}

/**
 * Writes the records of the posts of `collection` (the production one:
 * published posts), and prunes the rest. A record follows from its post's
 * text and its neighbours' (`textHash`, by source path: everything else it
 * holds comes from the code and settings, whose change resets .contentlayer),
 * so only the records whose own or neighbours' text changed are made again.
 */
export function writePostRecords(
  projectDir: string,
  collection: Collection,
  textHash: (relPath: string) => string,
  /** The language of the collection, unless it is the default language. */
  lang?: string,
): RecordsResult {
  const dir = path.join(projectDir, recordDir(lang));
  const stateFile = path.join(projectDir, languageFile(SIGNATURES_FILE, lang));
  const { posts, bySlug } = collection;
  const sign = (post: { slug: string } | undefined) => {
    const record = post && bySlug.get(post.slug);
    return record ? `${record.sourcePath}:${textHash(record.sourcePath)}` : "";
  };

  // Without the folder (first run, or removed by hand) every record is written again.
  const ledger = new Ledger(stateFile, fs.existsSync(dir));
  let written = 0;
  fs.mkdirSync(dir, { recursive: true });
  const put = (key: string, signature: string, name: string, value: () => unknown) => {
    if (ledger.isCurrent(key, signature)) return;
    fs.writeFileSync(path.join(dir, name), JSON.stringify(value()));
    written += 1;
  };
  // Keys: a post's slug; the newest list under a key no slug can be.
  const latest = posts.slice(0, LATEST_COUNT);
  put("", latest.map(sign).join("|"), LATEST_NAME, () => latest);
  const related = relatedLists(projectDir, collection, lang);
  for (const [slug, record] of bySlug) {
    const list = related.get(slug) ?? [];
    // Its translations are named by language and slug: one unpublished or renamed changes the record.
    const signature = [
      ...[record, record.previous, record.next, ...list, ...(record.series?.parts ?? [])].map(sign),
      JSON.stringify(record.translations ?? []),
    ].join("|");
    put(slug, signature, recordName(slug), () => ({ ...record, related: list }));
  }
  for (const slug of ledger.dropped()) fs.rmSync(path.join(dir, recordName(slug)), { force: true });
  ledger.save();
  return { written };
}

/** Removes a language's records (it has no published post any more). */
export function removePostRecords(projectDir: string, lang: string): void {
  fs.rmSync(path.join(projectDir, recordDir(lang)), { recursive: true, force: true });
  fs.rmSync(path.join(projectDir, languageFile(SIGNATURES_FILE, lang)), { force: true });
  fs.rmSync(path.join(projectDir, languageFile(RELATED_FILE, lang)), { force: true });
}
