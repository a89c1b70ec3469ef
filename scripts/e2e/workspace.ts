/**
 * A throwaway copy of the project for one test build. `npm test` must never
 * write into the author's `.next`, `out/`, `.contentlayer/` or
 * `public/_content/`: lib/data/store reads `.contentlayer` at run time, so
 * a test build in place would change what the author's `npm start` serves.
 *
 * The copy holds the files git knows (tracked, or new and not ignored: never
 * build output) and hard links to node_modules (`cp -al`: a second or two for
 * 900 MB, and Turbopack sees a real folder inside its root, where it rejects a
 * symlink that points outside it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Never copied when git cannot list the files: build output and caches. */
const OUTPUT = new Set(["node_modules", ".git", ".next", "out", ".contentlayer", "reports", "test-results", "playwright-report", ".bench"]);

export function projectFiles(root: string): string[] {
  try {
    const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 << 20,
      stdio: ["ignore", "pipe", "ignore"],
    });
    // A tracked file the author deleted is listed but absent.
    return listed.split("\0").filter((f) => f && fs.existsSync(path.join(root, f)));
  } catch {
    return walkFiles(root, "", (rel) => !OUTPUT.has(rel) && !AUTHOR_OUTPUT.includes(rel));
  }
}

function walkFiles(root: string, rel: string, keep: (rel: string) => boolean): string[] {
  return fs.readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(rel, entry.name);
    if (!keep(child)) return [];
    return entry.isDirectory() ? walkFiles(root, child, keep) : [child];
  });
}

/**
 * Copies a folder's files (following nothing, writable even when the source
 * is read-only like the shared corpus, so the copy can be removed).
 */
export function copyTree(from: string, to: string): number {
  const files = walkFiles(from, "", () => true);
  for (const rel of files) copyFile(path.join(from, rel), path.join(to, rel));
  return files.length;
}

function copyFile(from: string, to: string) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
  fs.chmodSync(to, fs.statSync(from).mode | 0o200);
}

export interface Workspace {
  dir: string;
  remove(): void;
}

/** A copy of the project at `root` in the system's temp folder. */
export function createWorkspace(root: string, label: string): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `quire-${label}-`));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    for (const rel of projectFiles(root)) copyFile(path.join(root, rel), path.join(dir, rel));
    linkNodeModules(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  } catch (error) {
    // Half a copy (cp interrupted by Ctrl+C, a full disk) is nobody's to clean up but ours.
    remove();
    throw error;
  }
  return { dir, remove };
}

function linkNodeModules(from: string, to: string) {
  if (!fs.existsSync(from)) throw new Error(`${from} not found: run npm install first`);
  if (spawnSync("cp", ["-al", from, to], { stdio: "inherit" }).status !== 0) {
    throw new Error(`could not hard-link ${from} into ${to}: set TMPDIR to a folder on the project's file system`);
  }
}

/** The author's build output: what a test run must leave exactly as it found it. */
export const AUTHOR_OUTPUT = [".next", "out", ".contentlayer", path.join("public", "_content"), path.join("public", "_quire")];

/**
 * A fingerprint of the author's build output: every path with its size and
 * modification time (any write changes one of them), hashed.
 */
export function outputFingerprint(root: string): string {
  const hash = createHash("sha256");
  const visit = (rel: string) => {
    const full = path.join(root, rel);
    const stat = fs.lstatSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}\0`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(full).sort()) visit(path.join(rel, name));
  };
  for (const rel of AUTHOR_OUTPUT) visit(rel);
  return hash.digest("hex");
}
