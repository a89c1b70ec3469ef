/**
 * Reads what the content step wrote, from disk, when first asked: the small
 * index of every post (lib/data/documents). Bodies are read one post at a
 * time by readPostBody.
 *
 * Importing the content as a module would bundle every post body into the
 * server code: 21 MB of JavaScript for 1000 posts, parsed by every build
 * worker and shipped twice in `.next/server`. Reading the JSON keeps the
 * bundle free of content; `next.config.ts` traces the files for standalone.
 */
import fs from "node:fs";
import path from "node:path";
import type { PostDocument, PostRecord, PostSummary } from "./collection";
import { LATEST_NAME, recordDir, recordName } from "../build/records";
import { PAGE_DIR, PAGE_INDEX_NAME, type StandalonePage } from "./page-files";
import { PROBLEMS_FILE, type PostProblems } from "../build/problems";
import { BODY_DIR, POST_INDEX, type ManifestDocument, type PostBody } from "./documents";

interface Loaded {
  mtimeMs: number;
  docs: PostDocument[];
}

let loaded: Loaded | undefined;

/**
 * Every post of the index. Read once in production; in development re-read
 * whenever the content watcher rewrites the file. A file that is missing or
 * cut short leaves the last complete read in use (the watcher refreshes the
 * page once the file is whole).
 */
export function readPostDocuments(file = path.join(/*turbopackIgnore: true*/ process.cwd(), POST_INDEX)): PostDocument[] {
  const mtimeMs = loaded && process.env.NODE_ENV !== "development" ? loaded.mtimeMs : statTime(file);
  if (loaded?.mtimeMs === mtimeMs) return loaded.docs;
  let docs: PostDocument[];
  try {
    docs = (JSON.parse(fs.readFileSync(file, "utf8")) as ManifestDocument).posts.map((post) => ({ post }));
  } catch {
    if (loaded) return loaded.docs;
    throw new Error(`${file} is missing: run \`npm run content\` (or \`npm run build\`) first`);
  }
  loaded = { mtimeMs, docs };
  return docs;
}

function statTime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * One post's body (HTML, table of contents, MDX source), read when its page
 * or feed entry renders. Missing, it is an error, unless `optional`: under
 * `npm run dev` the step removes the body of a post that broke or went away,
 * and an open page may ask before it refreshes.
 */
export function readPostBody(relPath: string, options?: { dir?: string; optional?: false }): PostBody;
export function readPostBody(relPath: string, options: { dir?: string; optional: boolean }): PostBody | undefined;
export function readPostBody(
  relPath: string,
  { dir = path.join(/*turbopackIgnore: true*/ process.cwd(), BODY_DIR), optional = false }: { dir?: string; optional?: boolean } = {},
): PostBody | undefined {
  const file = path.join(dir, `${relPath}.json`);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    if (optional) return undefined;
    throw new Error(`${file} is missing: run \`npm run content\` (or \`npm run build\`) first`);
  }
  return JSON.parse(text) as PostBody;
}

/**
 * The posts the content step found broken, with their one-line messages
 * (`npm run dev` only: a production build stops on the first problem).
 */
export function readPostProblems(file = path.join(/*turbopackIgnore: true*/ process.cwd(), PROBLEMS_FILE)): PostProblems[] {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as PostProblems[];
  } catch {
    return [];
  }
}

/** Where the server reads a language's records (the default language's: `lang` undefined). */
export function recordFolder(lang?: string): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), recordDir(lang));
}

/**
 * The record of the published post at `slug` (lib/build/records.ts), or
 * undefined when no published post has it: what a production server reads
 * to render one post, instead of the whole manifest.
 */
export function readPostRecord(slug: string, dir = recordFolder()): PostRecord | undefined {
  const wanted = slug.normalize("NFC");
  let record: PostRecord;
  try {
    record = JSON.parse(fs.readFileSync(path.join(dir, recordName(wanted)), "utf8")) as PostRecord;
  } catch {
    return undefined;
  }
  return record.slug === wanted ? record : undefined;
}

/** The newest published posts, for the 404 page. */
export function readLatestPosts(dir = recordFolder()): PostSummary[] {
  const file = path.join(dir, LATEST_NAME);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as PostSummary[];
  } catch {
    throw new Error(`${file} is missing: run \`npm run content\` (or \`npm run build\`) first`);
  }
}

/** The standalone pages (lib/build/pages.ts): name and title of each. */
export function readPageIndex(dir = path.join(/*turbopackIgnore: true*/ process.cwd(), PAGE_DIR)): Array<{ name: string; title: string }> {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, PAGE_INDEX_NAME), "utf8")) as Array<{ name: string; title: string }>;
  } catch {
    return [];
  }
}

/** One standalone page, or undefined when there is none by that name. */
export function readStandalonePage(name: string, dir = path.join(/*turbopackIgnore: true*/ process.cwd(), PAGE_DIR)): StandalonePage | undefined {
  if (!readPageIndex(dir).some((page) => page.name === name)) return undefined;
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), "utf8")) as StandalonePage;
}
