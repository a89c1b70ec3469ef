/**
 * The search manifest the content step wrote (lib/search/step.ts), for the
 * `/search.json` route. Shards and texts are static files it never reads.
 */
import fs from "node:fs";
import path from "node:path";
import type { SearchManifest } from "./build-index";

/** Written by the content step (lib/search/step.ts): the default language's. */
export const SEARCH_MANIFEST_FILE = ".contentlayer/quire-search.json";

/** A language's manifest file: SEARCH_MANIFEST_FILE for the default language (`lang` undefined). */
export function searchManifestFile(lang?: string): string {
  return lang ? SEARCH_MANIFEST_FILE.replace(/\.json$/, `-${lang}.json`) : SEARCH_MANIFEST_FILE;
}

export function readSearchManifest(file = path.join(/*turbopackIgnore: true*/ process.cwd(), SEARCH_MANIFEST_FILE)): SearchManifest {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as SearchManifest;
  } catch {
    throw new Error(`${file} is missing: run \`npm run content\` (or \`npm run build\`) first`);
  }
}
