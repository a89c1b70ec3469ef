import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeUnreadExportFiles } from "@/lib/export/trim";

let out: string;
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

const put = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
  fs.writeFileSync(path.join(out, rel), text);
};

describe("removeUnreadExportFiles", () => {
  it("removes each page's second copy of its payload, and nothing a browser fetches", () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "quire-trim-"));
    const kept = [
      "blog/a.html",
      "blog/a.txt",
      "blog/a/__next._tree.txt",
      "blog/a/__next._index.txt",
      "blog/a/__next.blog.$d$slug.__PAGE__.txt",
      "index.txt",
      "__next._tree.txt",
    ];
    for (const rel of kept) put(rel, "kept");
    put("blog/a/__next._full.txt", "payload");
    put("__next._full.txt", "root");
    expect(removeUnreadExportFiles(out)).toEqual({ files: 2, bytes: 11 });
    for (const rel of kept) expect(fs.existsSync(path.join(out, rel)), rel).toBe(true);
    expect(fs.existsSync(path.join(out, "blog/a/__next._full.txt"))).toBe(false);
  });
});
