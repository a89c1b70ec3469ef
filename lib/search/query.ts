/**
 * Runs a query against the sharded index (see build-index.ts). Pure: the
 * caller supplies `loadShard`, so the browser fetches and tests pass maps.
 * Every query word must match; the last one also matches as a prefix, so
 * results appear while the reader types.
 */
import type { SearchManifest, SearchShard } from "./build-index";
import { fold, shardsFor, tokenize } from "./tokenize";

export interface SearchHit {
  index: number;
  score: number;
  /** Index terms that matched, for highlighting. */
  terms: string[];
}

export async function runQuery(
  query: string,
  manifest: SearchManifest,
  loadShard: (key: string) => Promise<SearchShard>,
  limit = 20,
): Promise<SearchHit[]> {
  const words = [...new Set(tokenize(query))];
  if (words.length === 0) return [];
  const endsWithSpace = /\s$/.test(query);
  const total = manifest.posts.filter(Boolean).length;

  let result: Map<number, { score: number; terms: string[] }> | undefined;
  for (const [i, word] of words.entries()) {
    const prefix = i === words.length - 1 && !endsWithSpace;
    const shards = await Promise.all(shardsFor(word, prefix, manifest.shards).map(loadShard));
    const matches = new Map<number, { score: number; terms: string[] }>();
    for (const [term, postings] of shards.flatMap((shard) => Object.entries(shard))) {
      const exact = term === word;
      if (!exact && !(prefix && term.startsWith(word))) continue;
      const docs = postings.length / 2;
      const idf = Math.log(1 + total / docs);
      for (let p = 0; p < postings.length; p += 2) {
        const index = postings[p];
        const score = (exact ? 1 : 0.5) * postings[p + 1] * idf;
        const entry = matches.get(index) ?? { score: 0, terms: [] };
        entry.score = Math.max(entry.score, score);
        entry.terms.push(term);
        matches.set(index, entry);
      }
    }
    if (!result) {
      result = matches;
    } else {
      for (const [index, entry] of result) {
        const next = matches.get(index);
        if (!next) result.delete(index);
        else result.set(index, { score: entry.score + next.score, terms: [...entry.terms, ...next.terms] });
      }
    }
    if (result.size === 0) break;
  }
  return [...(result ?? new Map())]
    .map(([index, { score, terms }]) => ({ index, score, terms }))
    // Equal scores: newest first.
    .sort((a, b) => b.score - a.score || dateOf(manifest, b.index).localeCompare(dateOf(manifest, a.index)) || a.index - b.index)
    .slice(0, limit);
}

const dateOf = (manifest: SearchManifest, index: number) => manifest.posts[index]?.date ?? "";

/**
 * Splits `text` into parts, marking the words that match `terms` (folded, by
 * prefix), for rendering as text nodes and <mark> elements: never as HTML.
 */
export function highlight(text: string, terms: string[]): Array<{ text: string; match: boolean }> {
  if (terms.length === 0) return [{ text, match: false }];
  const parts: Array<{ text: string; match: boolean }> = [];
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue;
    const folded = fold(piece);
    const match = terms.some((t) => folded === t || (folded.startsWith(t) && t.length >= 2));
    const last = parts.at(-1);
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  }
  return parts;
}

/** A window of `text` around the first matching term, for a result snippet. */
export function snippet(text: string, terms: string[], length = 180): string {
  const folded = fold(text);
  let at = -1;
  for (const term of terms) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u");
    const m = re.exec(folded);
    if (m && (at === -1 || m.index < at)) at = m.index + m[1].length;
  }
  if (at === -1) return text.slice(0, length);
  const start = Math.max(0, text.lastIndexOf(" ", Math.max(0, at - length / 3)) + 1);
  const body = text.slice(start, start + length);
  return `${start > 0 ? "…" : ""}${body}${start + length < text.length ? "…" : ""}`;
}
