/**
 * The search index as static files, kept up to date by the content step at a
 * cost that follows the change: editing one post rewrites that post's text
 * file and the few shards its terms live in, not the whole index.
 *
 * Every indexed post keeps one number for as long as it is published (its
 * slot in the manifest's `posts`, where a removed post leaves `null`), so a
 * new or edited post never renumbers the others. Beside the public files, a
 * private state folder remembers each slot's terms, to take them out again.
 *
 *   <publicDir>/terms/<shard>.json   term -> [slot, weight, ...] (build-index.ts)
 *   <publicDir>/text/<slot>.txt      the post's plain text, for result snippets
 *   <stateDir>/state.json            slots, what each holds, the shards that exist
 *   <stateDir>/terms/<slot>.json     the [term, weight] pairs a slot put in
 */
import fs from "node:fs";
import path from "node:path";
import { postingsOf, type SearchDocInput, type SearchManifest, type SearchShard } from "./build-index";
import { shardKey } from "./tokenize";
import { fingerprint } from "../build/cache";
import { writeIfChanged } from "../build/files";

export interface SearchDirs {
  publicDir: string;
  stateDir: string;
}

/** A post to index, by a key that stays put while the post does (its source path). */
export interface SearchSource {
  key: string;
  /** What the index shows and weighs; its text is read only when the post is (re)indexed. */
  doc: Omit<SearchDocInput, "text">;
  /** Of the post's indexed text: the post is indexed again when it changes. */
  hash: string;
  text: () => string;
}

interface Slot {
  key: string;
  /** Of everything indexed for this slot: doc fields and text hash. */
  hash: string;
  title: string;
  url: string;
  date: string;
}

interface State {
  version: typeof STATE_VERSION;
  slots: Array<Slot | null>;
  shards: string[];
}

export interface SearchUpdate {
  manifest: SearchManifest;
  /** Posts (re)indexed and taken out in this run. */
  indexed: number;
  removed: number;
  /** Shard files written or deleted. */
  shardsWritten: number;
}

/** 2: shards by three-letter prefix (lib/search/tokenize.ts). */
const STATE_VERSION = 2;

const readJson = <T>(file: string): T | undefined => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
};

const writeFile = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

/** What a slot is made from (lib/build/cache.ts): the slot is indexed again when it changes. */
function slotHash(source: SearchSource): string {
  const { title, url, day, summary, tags } = source.doc;
  return fingerprint([source.hash, title, url, day, summary, tags]);
}

/**
 * Brings the index files in `dirs` in line with `sources` (the published
 * posts). Without a usable state (first run, or files removed by hand) it
 * starts from nothing; the result is the same either way.
 */
export function updateSearchFiles(sources: SearchSource[], dirs: SearchDirs): SearchUpdate {
  const stateFile = path.join(dirs.stateDir, "state.json");
  let state = readJson<State>(stateFile);
  const usable =
    state?.version === STATE_VERSION && state.shards.every((key) => fs.existsSync(shardFile(dirs, key)));
  if (!state || !usable) {
    fs.rmSync(dirs.publicDir, { recursive: true, force: true });
    fs.rmSync(dirs.stateDir, { recursive: true, force: true });
    state = { version: STATE_VERSION, slots: [], shards: [] };
  }

  const wanted = new Map(sources.map((s) => [s.key, s]));
  const slotOf = new Map<string, number>();
  state.slots.forEach((slot, i) => slot && slotOf.set(slot.key, i));

  // Slots of posts gone, and of posts whose indexed fields or text changed.
  const gone: number[] = [];
  const toIndex: Array<[SearchSource, string]> = [];
  for (const [key, i] of slotOf) {
    const source = wanted.get(key);
    const hash = source && slotHash(source);
    if (!source) gone.push(i);
    else if (hash !== state.slots[i]!.hash) toIndex.push([source, hash!]);
  }
  for (const source of sources) if (!slotOf.has(source.key)) toIndex.push([source, slotHash(source)]);

  // What each shard must change: per term, the slots whose posting goes, and
  // the slots whose posting comes or takes a new weight. An edited post
  // touches only the terms whose weight its edit changed.
  const changes = new Map<string, Map<string, Map<number, number | null>>>();
  const change = (term: string, slot: number, weight: number | null) => {
    const key = shardKey(term);
    let terms = changes.get(key);
    if (!terms) changes.set(key, (terms = new Map()));
    let slots = terms.get(term);
    if (!slots) terms.set(term, (slots = new Map()));
    slots.set(slot, weight);
  };
  const termsFile = (i: number) => path.join(dirs.stateDir, "terms", `${i}.json`);
  const indexedTerms = (i: number) => new Map(readJson<Array<[string, number]>>(termsFile(i)) ?? []);

  for (const i of gone) {
    for (const term of indexedTerms(i).keys()) change(term, i, null);
    fs.rmSync(termsFile(i), { force: true });
    fs.rmSync(path.join(dirs.publicDir, "text", `${i}.txt`), { force: true });
    state.slots[i] = null;
  }

  const free = state.slots.flatMap((slot, i) => (slot === null ? [i] : [])).reverse();
  for (const [source, hash] of toIndex) {
    const known = slotOf.get(source.key);
    const i = known ?? free.pop() ?? state.slots.length;
    const before = known === undefined ? new Map<string, number>() : indexedTerms(i);
    const text = source.text();
    const postings = postingsOf({ ...source.doc, text });
    for (const [term, weight] of postings) {
      if (before.get(term) !== weight) change(term, i, weight);
      before.delete(term);
    }
    for (const term of before.keys()) change(term, i, null);
    state.slots[i] = { key: source.key, hash, title: source.doc.title, url: source.doc.url, date: source.doc.day };
    writeFile(termsFile(i), JSON.stringify(postings));
    writeFile(path.join(dirs.publicDir, "text", `${i}.txt`), text);
  }
  while (state.slots.length > 0 && state.slots.at(-1) === null) state.slots.pop();

  // Rewrite only the shards a change touched.
  const shards = new Set(state.shards);
  for (const [key, terms] of changes) {
    const file = shardFile(dirs, key);
    const shard: SearchShard = (shards.has(key) && readJson<SearchShard>(file)) || {};
    for (const [term, slots] of terms) {
      const postings = shard[term] ?? [];
      const kept: number[] = [];
      for (let p = 0; p < postings.length; p += 2) {
        const slot = postings[p];
        if (!slots.has(slot)) kept.push(slot, postings[p + 1]);
        else if (slots.get(slot) !== null) {
          kept.push(slot, slots.get(slot)!);
          slots.delete(slot);
        }
      }
      for (const [slot, weight] of slots) if (weight !== null) kept.push(slot, weight);
      if (kept.length) shard[term] = kept;
      else delete shard[term];
    }
    if (Object.keys(shard).length === 0) {
      fs.rmSync(file, { force: true });
      shards.delete(key);
    } else {
      writeFile(file, JSON.stringify(shard));
      shards.add(key);
    }
  }
  state.shards = [...shards].sort();
  writeIfChanged(stateFile, JSON.stringify(state));

  return {
    manifest: {
      version: 1,
      posts: state.slots.map((slot) => slot && { title: slot.title, url: slot.url, date: slot.date }),
      shards: state.shards,
    },
    indexed: toIndex.length,
    removed: gone.length,
    shardsWritten: changes.size,
  };
}

function shardFile(dirs: SearchDirs, key: string): string {
  return path.join(dirs.publicDir, "terms", `${key}.json`);
}
