/**
 * Browser side of search: fetches the manifest and the shards a query needs,
 * once each, and the plain text of top results for snippets.
 */
import type { SearchManifest, SearchManifestPost, SearchShard } from "./build-index";
import { runQuery, snippet, type SearchHit } from "./query";
import { SEARCH_INDEX_PATH, searchShardPath, searchTextPath } from "../urls";

export interface SearchResult {
  post: SearchManifestPost;
  hit: SearchHit;
}

const shardCache = new Map<string, Promise<SearchShard>>();
const textCache = new Map<number, Promise<string>>();
let manifest: Promise<SearchManifest> | undefined;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

export async function search(basePath: string, query: string, limit = 20): Promise<SearchResult[]> {
  manifest ??= getJson<SearchManifest>(`${basePath}${SEARCH_INDEX_PATH}`);
  const m = await manifest;
  const load = (key: string) => {
    let shard = shardCache.get(key);
    if (!shard) {
      shard = getJson<SearchShard>(`${basePath}${searchShardPath(key)}`);
      shardCache.set(key, shard);
    }
    return shard;
  };
  const hits = await runQuery(query, m, load, limit);
  return hits.flatMap((hit) => {
    const post = m.posts[hit.index];
    return post ? [{ post, hit }] : [];
  });
}

/** A snippet of the post's body around the first match. */
export async function loadSnippet(basePath: string, result: SearchResult): Promise<string> {
  let text = textCache.get(result.hit.index);
  if (!text) {
    text = fetch(`${basePath}${searchTextPath(result.hit.index)}`).then((r) => (r.ok ? r.text() : ""));
    textCache.set(result.hit.index, text);
  }
  return snippet(await text, result.hit.terms);
}
