/**
 * Browser side of search: fetches a language's manifest and the shards a
 * query needs, once each, and the plain text of top results for snippets.
 * Each language has its own index (lib/web/urls `searchLocation`), so every cache
 * is kept per location: a French page never gets English results from cache.
 */
import type { SearchManifest, SearchManifestPost, SearchShard } from "./build-index";
import { runQuery, snippet, type SearchHit } from "./query";
import { searchShardPath, searchTextPath, type SearchLocation } from "../web/urls";

export interface SearchResult {
  post: SearchManifestPost;
  hit: SearchHit;
}

/** What one index has fetched so far. */
interface IndexCache {
  manifest?: Promise<SearchManifest>;
  shards: Map<string, Promise<SearchShard>>;
  texts: Map<number, Promise<string>>;
}

const caches = new Map<string, IndexCache>();

/** The cache of one location (paths as fetched, base path included). */
function cacheOf(location: SearchLocation): IndexCache {
  const key = `${location.manifest}\n${location.files}`;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = { shards: new Map(), texts: new Map() }));
  return cache;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

/**
 * Posts matching `query` in the index at `location`, whose paths are fetched
 * as given: the caller puts them under the base path (lib/web/urls `servedSearchLocation`).
 */
export async function search(location: SearchLocation, query: string, limit = 20): Promise<SearchResult[]> {
  const cache = cacheOf(location);
  cache.manifest ??= getJson<SearchManifest>(location.manifest);
  const m = await cache.manifest;
  const load = (key: string) => {
    let shard = cache.shards.get(key);
    if (!shard) {
      shard = getJson<SearchShard>(searchShardPath(key, location.files));
      cache.shards.set(key, shard);
    }
    return shard;
  };
  const hits = await runQuery(query, m, load, limit);
  return hits.flatMap((hit) => {
    const post = m.posts[hit.index];
    return post ? [{ post, hit }] : [];
  });
}

/** A snippet of the post's body around the first match, from the index at `location` that found it. */
export async function loadSnippet(location: SearchLocation, result: SearchResult): Promise<string> {
  const { texts } = cacheOf(location);
  let text = texts.get(result.hit.index);
  if (!text) {
    text = fetch(searchTextPath(result.hit.index, location.files)).then((r) => (r.ok ? r.text() : ""));
    texts.set(result.hit.index, text);
  }
  return snippet(await text, result.hit.terms);
}
