import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { updateSearchFiles, type SearchDirs, type SearchSource } from "@/lib/search/files";
import type { SearchManifest, SearchShard } from "@/lib/search/build-index";
import { runQuery } from "@/lib/search/query";

let base: string;
beforeEach(() => (base = fs.mkdtempSync(path.join(os.tmpdir(), "quire-search-"))));
afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

const dirsIn = (name: string): SearchDirs => ({
  publicDir: path.join(base, name, "public"),
  stateDir: path.join(base, name, "state"),
});

const source = (key: string, title: string, text: string, day = "2020-01-01"): SearchSource => ({
  key,
  hash: `${title}:${text}`,
  doc: { title, url: `/blog/${key}`, day, summary: "", tags: [] },
  text: () => text,
});

/** The index as files say it, by post URL instead of slot, order aside: what a reader can observe. */
function observed(dirs: SearchDirs, manifest: SearchManifest) {
  const byTerm: Record<string, string[]> = {};
  for (const key of manifest.shards) {
    const shard = JSON.parse(fs.readFileSync(path.join(dirs.publicDir, "terms", `${key}.json`), "utf8")) as SearchShard;
    for (const [term, postings] of Object.entries(shard)) {
      const list: string[] = [];
      for (let p = 0; p < postings.length; p += 2) list.push(`${manifest.posts[postings[p]]!.url}:${postings[p + 1]}`);
      byTerm[term] = list.sort();
    }
  }
  const texts = Object.fromEntries(
    manifest.posts.flatMap((post, slot) =>
      post ? [[post.url, fs.readFileSync(path.join(dirs.publicDir, "text", `${slot}.txt`), "utf8")]] : [],
    ),
  );
  const textFiles = fs.readdirSync(path.join(dirs.publicDir, "text")).length;
  return { byTerm, texts, textFiles, shards: manifest.shards };
}

const a = source("a", "Europython", "Pieter Hintjens spoke about zeromq");
const b = source("b", "Consul", "service discovery with consul");
const c = source("c", "Gentoo", "portage overlays and ebuilds");

describe("the search index files (lib/search/files.ts)", () => {
  it("after edits, removals and additions, hold exactly what a fresh build of the same posts holds", () => {
    const incremental = dirsIn("incremental");
    updateSearchFiles([a, b, c], incremental);
    const b2 = source("b", "Consul", "service mesh with consul connect");
    const d = source("d", "Kafka", "streams and zeromq bridges", "2021-01-01");
    const { manifest } = updateSearchFiles([b2, c, d], incremental);

    const fresh = dirsIn("fresh");
    const rebuilt = updateSearchFiles([b2, c, d], fresh).manifest;
    expect(observed(incremental, manifest)).toEqual(observed(fresh, rebuilt));
    expect(observed(incremental, manifest).textFiles).toBe(3);
  });

  it("keep every unchanged post in its slot, and reuse a removed post's slot", () => {
    const dirs = dirsIn("slots");
    const first = updateSearchFiles([a, b, c], dirs).manifest;
    const second = updateSearchFiles([b, c, source("d", "Kafka", "streams")], dirs);
    expect(second.manifest.posts.map((p) => p?.url)).toEqual(["/blog/d", "/blog/b", "/blog/c"]);
    expect(first.posts.map((p) => p?.url)).toEqual(["/blog/a", "/blog/b", "/blog/c"]);
    expect(second.indexed).toBe(1);
    expect(second.removed).toBe(1);
  });

  it("rewrite only the shards of the terms an edit changed, and nothing when nothing changed", () => {
    const dirs = dirsIn("touch");
    updateSearchFiles([a, b, c], dirs);
    expect(updateSearchFiles([a, b, c], dirs)).toMatchObject({ indexed: 0, removed: 0, shardsWritten: 0 });
    const edited = updateSearchFiles([a, source("b", "Consul", "service discovery with consul and vault"), c], dirs);
    // Only the term the edit brought: vault.
    expect(edited).toMatchObject({ indexed: 1, removed: 0, shardsWritten: 1 });
    // A term whose weight changed (consul), and one that went (discovery).
    const again = updateSearchFiles([a, source("b", "Consul", "service with consul and vault, consul"), c], dirs);
    expect(again).toMatchObject({ indexed: 1, removed: 0, shardsWritten: 2 });
    const fresh = dirsIn("fresh");
    const rebuilt = updateSearchFiles([a, source("b", "Consul", "service with consul and vault, consul"), c], fresh).manifest;
    expect(observed(dirs, updateSearchFiles([a, source("b", "Consul", "service with consul and vault, consul"), c], dirs).manifest)).toEqual(
      observed(fresh, rebuilt),
    );
  });

  it("leave an empty slot where a post was removed, which queries skip", async () => {
    const dirs = dirsIn("query");
    updateSearchFiles([a, b, c], dirs);
    const { manifest } = updateSearchFiles([b, c], dirs);
    expect(manifest.posts[0]).toBeNull();
    const load = async (key: string) =>
      JSON.parse(fs.readFileSync(path.join(dirs.publicDir, "terms", `${key}.json`), "utf8")) as SearchShard;
    const hits = await runQuery("ebuilds", manifest, load);
    expect(hits.map((h) => manifest.posts[h.index]?.url)).toEqual(["/blog/c"]);
    expect(await runQuery("hintjens", manifest, async (key) => (manifest.shards.includes(key) ? load(key) : {}))).toEqual([]);
  });

  it("start over when a shard file went missing, with the same result", () => {
    const dirs = dirsIn("repair");
    const { manifest } = updateSearchFiles([a, b, c], dirs);
    fs.rmSync(path.join(dirs.publicDir, "terms", `${manifest.shards[0]}.json`));
    const repaired = updateSearchFiles([a, b, c], dirs);
    expect(repaired.indexed).toBe(3);
    const fresh = dirsIn("fresh");
    expect(observed(dirs, repaired.manifest)).toEqual(observed(fresh, updateSearchFiles([a, b, c], fresh).manifest));
  });
});
