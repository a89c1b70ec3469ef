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

/** The shard a term lives in: its first two characters, safe as a file name. */
export function shardKey(term: string): string {
  const head = [...term].slice(0, 2).join("");
  return /^[a-z0-9]{2}$/.test(head)
    ? head
    : `u${[...head].map((c) => c.codePointAt(0)!.toString(16)).join("-")}`;
}
