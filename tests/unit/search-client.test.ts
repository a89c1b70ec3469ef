import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchDocInput } from "@/lib/search/build-index";
import { loadSnippet, search } from "@/lib/search/client";
import { searchLocation, searchShardPath, searchTextPath, servedSearchLocation } from "@/lib/web/urls";
import { writtenIndex } from "./helpers/search-index";

const doc = (title: string, url: string, text: string): SearchDocInput => ({ title, url, day: "2020-01-01", summary: "", tags: [], text });

/** Two languages' indexes, served as files under `/base`. */
function serve(): Map<string, string> {
  const files = new Map<string, string>();
  const indexes = [
    { prefix: "", docs: [doc("Python tips", "/blog/python-tips", "Generators in python, in English.")] },
    { prefix: "/fr", docs: [doc("Astuces Python", "/fr/blog/astuces-python", "Les générateurs en python, en français.")] },
  ];
  for (const { prefix, docs } of indexes) {
    const location = servedSearchLocation(prefix, "/base");
    const { manifest, shards, texts } = writtenIndex(docs);
    files.set(location.manifest, JSON.stringify(manifest));
    for (const [key, shard] of shards) files.set(searchShardPath(key, location.files), JSON.stringify(shard));
    texts.forEach((text, slot) => files.set(searchTextPath(slot, location.files), text));
  }
  return files;
}

let requested: string[] = [];

beforeEach(() => {
  const files = serve();
  requested = [];
  vi.stubGlobal("fetch", async (url: string) => {
    requested.push(url);
    const body = files.get(url);
    return body === undefined ? new Response("", { status: 404 }) : new Response(body);
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("search locations (lib/web/urls.ts)", () => {
  it("put each language's shards and texts in its own folder, under the base path when served", () => {
    expect(searchShardPath("pyt")).toBe("/_quire/search/terms/pyt.json");
    expect(searchShardPath("pyt", searchLocation("/fr").files)).toBe("/_quire/search-fr/terms/pyt.json");
    expect(searchTextPath(3, searchLocation("/fr").files)).toBe("/_quire/search-fr/text/3.txt");
    expect(servedSearchLocation("/fr", "/base")).toEqual({ manifest: "/base/fr/search.json", files: "/base/_quire/search-fr" });
    expect(servedSearchLocation("", "")).toEqual(searchLocation(""));
  });
});

describe("the search client (lib/search/client.ts)", () => {
  it("searches the index at the location it is given, and keeps each language's cache apart", async () => {
    const en = servedSearchLocation("", "/base");
    const fr = servedSearchLocation("/fr", "/base");
    const english = await search(en, "python");
    expect(english.map((r) => r.post.url)).toEqual(["/blog/python-tips"]);
    // The same query in French: its own manifest and shard, never the English ones from cache.
    const french = await search(fr, "python");
    expect(french.map((r) => r.post.url)).toEqual(["/fr/blog/astuces-python"]);
    expect(await loadSnippet(en, english[0]!)).toContain("in English");
    expect(await loadSnippet(fr, french[0]!)).toContain("en français");
    expect(requested).toEqual([
      "/base/search.json",
      "/base/_quire/search/terms/pyt.json",
      "/base/fr/search.json",
      "/base/_quire/search-fr/terms/pyt.json",
      "/base/_quire/search/text/0.txt",
      "/base/_quire/search-fr/text/0.txt",
    ]);
    // Each is fetched once.
    requested = [];
    await search(en, "python");
    await search(fr, "python");
    await loadSnippet(fr, french[0]!);
    expect(requested).toEqual([]);
  });
});
