/**
 * The content step's search index: the published posts, as the site lists
 * them, handed to lib/search/files.ts, which rewrites only what changed. The
 * manifest goes where the `/search.json` route reads it; shards and texts are
 * static files under `public/_quire/search/`.
 */
import fs from "node:fs";
import path from "node:path";
import type { Collection } from "../collection";
import { updateSearchFiles, type SearchUpdate } from "../search/files";
import { htmlToText } from "../search/html-text";
import { SEARCH_MANIFEST_FILE } from "../search/site-index";
import { postPath, SEARCH_FILES_PATH } from "../urls";
import { bodyFile, type PostBody } from "./documents";
import { writeIfChanged } from "./files";

const SEARCH_STATE_DIR = ".contentlayer/quire-search";

export type SearchIndexResult = Omit<SearchUpdate, "manifest">;

/** Indexes the posts of `collection` (the production one: published posts); `textHash` tells which changed. */
export function writeSearchIndex(projectDir: string, collection: Collection, textHash: (relPath: string) => string): SearchIndexResult {
  const { posts, bySlug } = collection;
  const { manifest, ...result } = updateSearchFiles(
    posts.map((post) => {
      const relPath = bySlug.get(post.slug)!.sourcePath;
      return {
        key: relPath,
        hash: textHash(relPath),
        doc: { title: post.title, url: postPath(post.slug), day: post.day, summary: post.summary, tags: post.tags },
        text: () => htmlToText((JSON.parse(fs.readFileSync(bodyFile(projectDir, relPath), "utf8")) as PostBody).html),
      };
    }),
    {
      publicDir: path.join(projectDir, "public", SEARCH_FILES_PATH),
      stateDir: path.join(projectDir, SEARCH_STATE_DIR),
    },
  );
  writeIfChanged(path.join(projectDir, SEARCH_MANIFEST_FILE), JSON.stringify(manifest));
  return result;
}
