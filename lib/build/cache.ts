/**
 * What "unchanged" means for the content step: an output is current when the
 * fingerprint of its inputs equals the one recorded when it was made. Posts,
 * records, related lists, search slots, standalone pages and the code stamp
 * ask here. Social cards and image copies are named by the hash of what they
 * are made from, so one whose file exists is current; files copied beside
 * the posts are compared with their source (lib/build/assets.ts).
 *
 * - hashOf / fingerprint: the one hash (SHA-1, hex) of bytes, text or a JSON value.
 * - fileStamp / stampsCurrent: a file's size and mtime, to skip reading it again.
 * - Ledger: a file of name -> fingerprint, one per kind of output, asked
 *   "is this output still current?" and saved with what this run made.
 * - rememberedValue: one computed value stored with the fingerprint it came from.
 *
 * The code stamp (lib/build/code-stamp.ts) covers this file: a change to
 * how fingerprints are made resets every cache.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { writeIfChanged } from "./files";

/** SHA-1 (hex) of the parts, fed one after the other. */
export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = crypto.createHash("sha1");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}

/** The hash of a JSON value: the fingerprint of the inputs it lists. */
export function fingerprint(inputs: unknown): string {
  return hashOf(JSON.stringify(inputs));
}

/** A file's state as far as a reader cares: its size and mtime, or that it is missing. */
export function fileStamp(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : "missing";
}

/** The stamps of files under `root` (relative paths), sorted by path: what an output read. */
export function stampFiles(root: string, relPaths: Iterable<string>): Record<string, string> {
  return Object.fromEntries([...relPaths].sort().map((rel) => [rel, fileStamp(path.join(root, rel))]));
}

/** Whether every file in `stamps` (relative to `root`) still has the stamp recorded. */
export function stampsCurrent(root: string, stamps: Record<string, string>): boolean {
  return Object.entries(stamps).every(([rel, stamp]) => fileStamp(path.join(root, rel)) === stamp);
}

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
};

/**
 * The fingerprints of one kind of output, by name, as the last run recorded
 * them in `file`. A run asks `isCurrent` for each output it wants, which also
 * records the fingerprint it has now, then `save`s: names it did not ask for
 * are `dropped` (their outputs are to be removed).
 */
export class Ledger {
  private readonly before: Map<string, string>;
  private readonly now = new Map<string, string>();

  /** `trusted` false: the outputs are gone (their folder was removed), nothing is current. */
  constructor(
    private readonly file: string,
    trusted = true,
  ) {
    const stored = trusted ? readJson(file) : undefined;
    this.before = new Map(Array.isArray(stored) ? (stored as Array<[string, string]>) : []);
  }

  /** Records `fingerprint` for `name`; true when the last run's output of `name` was made from the same. */
  isCurrent(name: string, fingerprint: string): boolean {
    this.now.set(name, fingerprint);
    return this.before.get(name) === fingerprint;
  }

  /** The names the last run recorded and this one did not ask for. */
  dropped(): string[] {
    return [...this.before.keys()].filter((name) => !this.now.has(name));
  }

  /** Writes this run's fingerprints (the file changes only when they do). */
  save(): void {
    writeIfChanged(this.file, JSON.stringify([...this.now]));
  }
}

/**
 * A value that costs time to compute, kept in `file` with the fingerprint of
 * its inputs: returned from the file while the fingerprint is the same,
 * computed (and stored) again when it is not.
 */
export function rememberedValue<T>(file: string, inputsFingerprint: string, compute: () => T): T {
  const stored = readJson(file) as { fingerprint?: string; value?: T } | undefined;
  if (stored?.fingerprint === inputsFingerprint && "value" in stored) return stored.value as T;
  const value = compute();
  writeIfChanged(file, JSON.stringify({ fingerprint: inputsFingerprint, value }));
  return value;
}
