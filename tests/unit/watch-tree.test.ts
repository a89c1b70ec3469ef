import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { watchTree, type TreeWatcher } from "@/lib/build/watch-tree";

let root: string;
let watcher: TreeWatcher | undefined;
let seen: string[];
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "quire-watch-"));
  fs.mkdirSync(path.join(root, "2024"));
  seen = [];
});
afterEach(() => {
  watcher?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const start = () => (watcher = watchTree(root, (rel) => seen.push(rel), (name) => name.startsWith(".")));
const sees = (rel: string) => expect.poll(() => seen.includes(rel), { timeout: 3000 }).toBe(true);

describe("watchTree (lib/build/watch-tree.ts)", () => {
  it("reports the deletion of a file an editor saved by renaming a copy over it", async () => {
    const file = path.join(root, "2024", "post.md");
    fs.writeFileSync(file, "a\n");
    start();
    execFileSync("sed", ["-i", "s/a/b/", file]);
    await sees("2024/post.md");
    seen = [];
    fs.rmSync(file);
    await sees("2024/post.md");
  });

  it("watches a folder that appears, with the files it brings, and skips ignored names", async () => {
    start();
    const folder = path.join(root, "2025", "deep");
    fs.mkdirSync(folder, { recursive: true });
    await sees("2025");
    fs.writeFileSync(path.join(folder, "new.md"), "x");
    await sees("2025/deep/new.md");
    fs.writeFileSync(path.join(root, ".hidden.md"), "x");
    fs.writeFileSync(path.join(root, "2024", "seen.md"), "x");
    await sees("2024/seen.md");
    expect(seen).not.toContain(".hidden.md");
  });
});
