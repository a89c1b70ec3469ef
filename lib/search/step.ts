/**
 * The content step's search index: the published posts, as the site lists
 * them, handed to lib/search/files.ts, which rewrites only what changed. The
 * manifest goes where the `/search.json` route reads it; shards and texts are
 * static files under `public/_quire/search/`.
 */
import fs from "node:fs";
import path from "node:path";
import type { Collection } from "../data/collection";
import { updateSearchFiles, type SearchUpdate } from "./files";
import { htmlToText } from "./html-text";
import { searchManifestFile } from "./site-index";
import { postPath, searchLocation, underPrefix } from "../web/urls";
import { bodyFile, type PostBody } from "../data/documents";
import { writeIfChanged } from "../build/files";

const SEARCH_STATE_DIR = ".contentlayer/quire-search";

export type SearchIndexResult = Omit<SearchUpdate, "manifest">;

/** Where one language's index is kept: its public files, its state, its manifest. */
function searchPaths(projectDir: string, lang?: string) {
  return {
    publicDir: path.join(projectDir, "public", searchLocation(lang ? `/${lang}` : "").files),
    stateDir: path.join(projectDir, `${SEARCH_STATE_DIR}${lang ? `-${lang}` : ""}`),
    manifest: path.join(projectDir, searchManifestFile(lang)),
  };
}

/**
 * Indexes the posts of `collection` (the production one: published posts);
 * `textHash` tells which changed. A language other than the default (`lang`)
 * has an index of its own, with its section's post URLs.
 */
export function writeSearchIndex(
  projectDir: string,
  collection: Collection,
  textHash: (relPath: string) => string,
  lang?: string,
): SearchIndexResult {
  const where = searchPaths(projectDir, lang);
  const prefix = lang ? `/${lang}` : "";
  const { posts, bySlug } = collection;
  const { manifest, ...result } = updateSearchFiles(
    posts.map((post) => {
      const relPath = bySlug.get(post.slug)!.sourcePath;
      return {
        key: relPath,
        hash: textHash(relPath),
        doc: { title: post.title, url: underPrefix(prefix, postPath(post.slug)), day: post.day, summary: post.summary, tags: post.tags },
        text: () => htmlToText((JSON.parse(fs.readFileSync(bodyFile(projectDir, relPath), "utf8")) as PostBody).html),
      };
    }),
    { publicDir: where.publicDir, stateDir: where.stateDir },
  );
  writeIfChanged(where.manifest, JSON.stringify(manifest));
  return result;
}

/** Removes a language's index (it has no published post any more). */
export function removeSearchIndex(projectDir: string, lang: string): void {
  const where = searchPaths(projectDir, lang);
  for (const target of [where.publicDir, where.stateDir, where.manifest]) fs.rmSync(target, { recursive: true, force: true });
}
