/**
 * The benchmark builds in the project folder. Whatever it changes there
 * besides build output (.next, .contentlayer, out) is put back when it ends,
 * normally, on an error or on Ctrl-C: the files it copies into public/ and
 * any post it edits.
 */
import fs from "node:fs";
import path from "node:path";

/** Folders of public/ that the content step writes (and that the bench must not leave behind). */
const GENERATED_PUBLIC = ["public/_content", "public/_quire"];

const undo: Array<() => void> = [];

function runUndo() {
  while (undo.length) {
    try {
      undo.pop()!();
    } catch (error) {
      console.error(`bench: could not restore: ${error instanceof Error ? error.message : error}`);
    }
  }
}

process.on("exit", runUndo);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    runUndo();
    process.exit(130);
  });
}

/** Runs `action` when the bench ends, however it ends (last registered, first run). */
export function onBenchEnd(action: () => void): void {
  undo.push(action);
}

/** Moves public/_content and public/_quire aside for the run; puts them back (or removes the bench's copies) at the end. */
export function protectGeneratedPublic(work: string): void {
  for (const dir of GENERATED_PUBLIC) {
    const saved = path.join(work, "saved", dir.replace(/\//g, "+"));
    if (fs.existsSync(saved)) {
      // A run killed before it could clean up (kill -9, or Ctrl-C during a long synchronous step): what it saved is the author's.
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(saved, dir);
    }
    const existed = fs.existsSync(dir);
    if (existed) {
      fs.mkdirSync(path.dirname(saved), { recursive: true });
      fs.renameSync(dir, saved);
    }
    onBenchEnd(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      if (existed) fs.renameSync(saved, dir);
    });
  }
}

/**
 * Appends `text` to a post; returns a function that restores the original
 * bytes, which also runs when the bench ends early.
 */
export function appendToPost(file: string, text: string): () => void {
  const original = fs.readFileSync(file);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    fs.writeFileSync(file, original);
  };
  onBenchEnd(restore);
  fs.appendFileSync(file, text);
  return restore;
}
