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
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { postingsOf, type SearchDocInput, type SearchManifest, type SearchShard } from "./build-index";
import { shardKey } from "./tokenize";

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

function slotHash(source: SearchSource): string {
  const { title, url, day, summary, tags } = source.doc;
  return crypto.createHash("sha1").update(JSON.stringify([source.hash, title, url, day, summary, tags])).digest("hex");
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

  // Slots to empty: posts gone, or changed (they are filled again below).
  const toRemove: number[] = [];
  const toAdd: Array<[SearchSource, string]> = [];
  for (const [key, i] of slotOf) {
    const source = wanted.get(key);
    const hash = source && slotHash(source);
    if (!source) toRemove.push(i);
    else if (hash !== state.slots[i]!.hash) {
      toRemove.push(i);
      toAdd.push([source, hash!]);
    }
  }
  for (const source of sources) if (!slotOf.has(source.key)) toAdd.push([source, slotHash(source)]);

  // Per shard: the terms whose postings of some slots go, and the postings that come.
  const removeFrom = new Map<string, Map<string, Set<number>>>();
  const addTo = new Map<string, Array<[string, number, number]>>();
  for (const i of toRemove) {
    const termsFile = path.join(dirs.stateDir, "terms", `${i}.json`);
    for (const [term] of readJson<Array<[string, number]>>(termsFile) ?? []) {
      const key = shardKey(term);
      if (!removeFrom.has(key)) removeFrom.set(key, new Map());
      const terms = removeFrom.get(key)!;
      if (!terms.has(term)) terms.set(term, new Set());
      terms.get(term)!.add(i);
    }
    fs.rmSync(termsFile, { force: true });
    fs.rmSync(path.join(dirs.publicDir, "text", `${i}.txt`), { force: true });
    const stillWanted = wanted.has(state.slots[i]!.key);
    if (!stillWanted) state.slots[i] = null;
  }

  const free = state.slots.flatMap((slot, i) => (slot === null ? [i] : [])).reverse();
  for (const [source, hash] of toAdd) {
    const i = slotOf.get(source.key) ?? free.pop() ?? state.slots.length;
    const text = source.text();
    const postings = postingsOf({ ...source.doc, text });
    state.slots[i] = { key: source.key, hash, title: source.doc.title, url: source.doc.url, date: source.doc.day };
    writeFile(path.join(dirs.stateDir, "terms", `${i}.json`), JSON.stringify(postings));
    writeFile(path.join(dirs.publicDir, "text", `${i}.txt`), text);
    for (const [term, weight] of postings) {
      const key = shardKey(term);
      if (!addTo.has(key)) addTo.set(key, []);
      addTo.get(key)!.push([term, i, weight]);
    }
  }
  while (state.slots.length > 0 && state.slots.at(-1) === null) state.slots.pop();

  // Rewrite only the shards a removed or added posting touched.
  const shards = new Set(state.shards);
  const touched = new Set([...removeFrom.keys(), ...addTo.keys()]);
  for (const key of touched) {
    const file = shardFile(dirs, key);
    const shard: SearchShard = (shards.has(key) && readJson<SearchShard>(file)) || {};
    for (const [term, gone] of removeFrom.get(key) ?? []) {
      const postings = shard[term] ?? [];
      const kept: number[] = [];
      for (let p = 0; p < postings.length; p += 2) if (!gone.has(postings[p])) kept.push(postings[p], postings[p + 1]);
      if (kept.length) shard[term] = kept;
      else delete shard[term];
    }
    for (const [term, slot, weight] of addTo.get(key) ?? []) (shard[term] ??= []).push(slot, weight);
    if (Object.keys(shard).length === 0) {
      fs.rmSync(file, { force: true });
      shards.delete(key);
    } else {
      writeFile(file, JSON.stringify(shard));
      shards.add(key);
    }
  }
  state.shards = [...shards].sort();
  writeFile(stateFile, JSON.stringify(state));

  return {
    manifest: {
      version: 1,
      posts: state.slots.map((slot) => slot && { title: slot.title, url: slot.url, date: slot.date }),
      shards: state.shards,
    },
    indexed: toAdd.length,
    removed: toRemove.length - toAdd.filter(([s]) => slotOf.has(s.key)).length,
    shardsWritten: touched.size,
  };
}

function shardFile(dirs: SearchDirs, key: string): string {
  return path.join(dirs.publicDir, "terms", `${key}.json`);
}
