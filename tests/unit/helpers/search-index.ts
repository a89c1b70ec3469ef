/**
 * A search index as the content step writes it (lib/search/files.ts), read
 * back from its files: what a browser downloads. Tests of querying use it so
 * that they exercise the production index, not a second way to build one.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SearchDocInput, SearchManifest, SearchShard } from "@/lib/search/build-index";
import { updateSearchFiles } from "@/lib/search/files";

export interface WrittenIndex {
  manifest: SearchManifest;
  shards: Map<string, SearchShard>;
  /** Each slot's plain text. */
  texts: string[];
}

/** The index of `docs`, in slot order (a fresh index gives the posts slots 0, 1, 2...). */
export function writtenIndex(docs: SearchDocInput[]): WrittenIndex {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "quire-search-index-"));
  try {
    const publicDir = path.join(base, "public");
    const { manifest } = updateSearchFiles(
      docs.map(({ text, ...doc }, i) => ({ key: `${i}`, hash: text, doc, text: () => text })),
      { publicDir, stateDir: path.join(base, "state") },
    );
    const read = (...parts: string[]) => fs.readFileSync(path.join(publicDir, ...parts), "utf8");
    return {
      manifest,
      shards: new Map(manifest.shards.map((key) => [key, JSON.parse(read("terms", `${key}.json`)) as SearchShard])),
      texts: manifest.posts.map((_, slot) => read("text", `${slot}.txt`)),
    };
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}
