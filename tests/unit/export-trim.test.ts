import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removePlaceholderPages, removeRequestOnlyPages, removeUnreadExportFiles } from "@/lib/export/trim";
import { atLeastOne, PLACEHOLDER, sectionNotFoundParams } from "@/lib/web/static-params";

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

describe("removePlaceholderPages", () => {
  it("removes the pages of placeholder entries, and no real page", () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "quire-trim-"));
    const kept = ["series/real.html", "blog/page/1.html", "tags/c-sharp.html", "tags/-x.html", "index.html"];
    for (const rel of kept) put(rel, "kept");
    for (const rel of ["series/-.html", "series/-.txt", "series/-/__next._tree.txt", "-.html", "-/blog.html", "-/feed.xml"]) put(rel, "placeholder");
    expect(removePlaceholderPages(out)).toBe(5);
    expect(fs.readdirSync(out, { recursive: true, encoding: "utf8" }).filter((rel) => rel.endsWith(".html")).sort()).toEqual([...kept].sort());
  });
});

describe("removeRequestOnlyPages", () => {
  it("removes the comments' admin, unsubscribe and verify pages an export rendered as 404s, and nothing else", () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "quire-trim-"));
    const kept = ["administration.html", "blog/admin.html", "comments/other.html", "index.html"];
    for (const rel of kept) put(rel, "kept");
    for (const rel of ["admin/comments.html", "admin/comments.txt", "admin/comments/approve.html", "comments/unsubscribe.html", "comments/unsubscribe.txt", "comments/verify.html"]) put(rel, "404");
    expect(removeRequestOnlyPages(out)).toBe(4);
    expect(fs.readdirSync(out, { recursive: true, encoding: "utf8" }).filter((rel) => rel.endsWith(".html")).sort()).toEqual([...kept].sort());
  });
});

describe("atLeastOne", () => {
  it("lists a placeholder only for a static export, which refuses an empty list", () => {
    expect(atLeastOne([], { name: PLACEHOLDER }, undefined)).toEqual([]);
    expect(atLeastOne([], { name: PLACEHOLDER }, "standalone")).toEqual([]);
    expect(atLeastOne([], { name: PLACEHOLDER }, "export")).toEqual([{ name: PLACEHOLDER }]);
    expect(atLeastOne([{ name: "a" }], { name: PLACEHOLDER }, "export")).toEqual([{ name: "a" }]);
  });
});

describe("sectionNotFoundParams", () => {
  it("has a static export write each other language's 404 page as <code>/404, and a server none", () => {
    expect(sectionNotFoundParams(["fr", "pt-br"], "export")).toEqual([
      { root: "fr", rest: ["404"] },
      { root: "pt-br", rest: ["404"] },
    ]);
    expect(sectionNotFoundParams(["fr"], undefined)).toEqual([]);
    expect(sectionNotFoundParams(["fr"], "standalone")).toEqual([]);
    // One language: a placeholder the export's last step removes.
    expect(sectionNotFoundParams([], "export")).toEqual([{ root: PLACEHOLDER, rest: [PLACEHOLDER] }]);
  });
});
