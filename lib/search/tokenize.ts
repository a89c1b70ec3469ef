/**
 * One tokenizer for the index (built at build time) and for queries (in the
 * browser): lowercase, accents folded, split on anything not a letter/digit.
 */
const STOPWORDS = new Set(
  "a an and are as at be but by for from has have he her his i if in into is it its me my no not of on or our she so than that the their them then there these they this to us was we were what when which who will with you your".split(
    " ",
  ),
);

export function fold(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 2 && t.length <= 40 && !STOPWORDS.has(t));
}

/** How many leading characters name a term's shard. */
export const SHARD_PREFIX = 3;

/**
 * The shard a term lives in: its first three characters (both, for a
 * two-letter term), safe as a file name. Three rather than two keeps each
 * shard small: an edit rewrites a few kilobytes per term prefix, and a query
 * of three letters or more fetches one small file.
 */
export function shardKey(term: string): string {
  const head = [...term].slice(0, SHARD_PREFIX).join("");
  return /^[a-z0-9]+$/.test(head) ? head : `u${[...head].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
}

/** The characters a shard key stands for (the inverse of shardKey). */
export function shardHead(key: string): string {
  if (/^[a-z0-9]+$/.test(key)) return key;
  return String.fromCodePoint(...key.slice(1).split("-").map((hex) => parseInt(hex, 16)));
}

/**
 * The shards, among `available`, that hold every term matching `word`: one
 * shard, except for a prefix shorter than a shard's key ("re" while the
 * reader types), which needs every shard whose key starts with it.
 */
export function shardsFor(word: string, prefix: boolean, available: readonly string[]): string[] {
  if (!prefix || [...word].length >= SHARD_PREFIX) {
    const key = shardKey(word);
    return available.includes(key) ? [key] : [];
  }
  return available.filter((key) => shardHead(key).startsWith(word));
}
