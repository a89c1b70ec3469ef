/**
 * The full-text search index, split so a browser downloads only what a query
 * needs: a small manifest (title, URL, date of every post) and one shard per
 * three-letter term prefix holding that prefix's postings. A query for
 * "europython" fetches the manifest and the "eur" shard, nothing else.
 * lib/search/files.ts writes it, a post at a time.
 */
import { tokenize } from "./tokenize";

export interface SearchDocInput {
  title: string;
  url: string;
  day: string;
  summary: string;
  tags: string[];
  /** Body as plain text. */
  text: string;
}

export interface SearchManifest {
  version: 1;
  /**
   * Posts by slot; postings refer to positions in this list, and a slot left
   * by a removed post is `null` (lib/search/files.ts keeps slots stable). Kept
   * to what a result line needs: snippets come from each post's text on demand.
   */
  posts: Array<SearchManifestPost | null>;
  /** Shard keys that exist, so a query for a prefix nobody uses fetches nothing. */
  shards: string[];
}

export interface SearchManifestPost {
  title: string;
  url: string;
  date: string;
}

/** term -> flat [post, weight, post, weight, ...] */
export type SearchShard = Record<string, number[]>;

const FIELD_WEIGHTS = { title: 10, tags: 5, summary: 2, text: 1 } as const;

/** One post's terms with their weights (title 10, tags 5, summary 2, body 1 per occurrence). */
export function postingsOf(doc: SearchDocInput): Array<[string, number]> {
  const weights = new Map<string, number>();
  for (const field of Object.keys(FIELD_WEIGHTS) as Array<keyof typeof FIELD_WEIGHTS>) {
    const value = field === "tags" ? doc.tags.join(" ") : doc[field];
    for (const term of tokenize(value)) weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHTS[field]);
  }
  return [...weights];
}
