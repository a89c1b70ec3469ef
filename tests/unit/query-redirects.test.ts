import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { homeRedirectScript, withHeadScript, writeHomeRedirects } from "@/lib/export/query-redirects";
import { legacyRedirects } from "@/lib/server/redirects";

const table = legacyRedirects(
  [
    { slug: "hello", aliases: ["/?p=123", "/2010/05/03/hello/"] },
    { slug: "about-us", aliases: ["/?page_id=9"] },
    { slug: "</script><b>x", aliases: ["/?p=7"] },
  ],
  { wordpressPermalinks: false, redirects: [] },
);

/** Where the export's home page sends a browser that opens `/` with `search` (undefined: it stays). */
function destination(script: string, search: string, hash = ""): string | undefined {
  let to: string | undefined;
  const location = { search, hash, replace: (url: string) => (to = url) };
  vm.runInNewContext(script.replace(/^<script>|<\/script>$/g, ""), { location, URLSearchParams });
  return to;
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("the export's home page script for /?p=123 and /?page_id=9", () => {
  const script = homeRedirectScript(table, "/sub")!;

  it("sends each old id to its post under the base path, other query parameters and the hash kept", () => {
    expect(destination(script, "?p=123")).toBe("/sub/blog/hello");
    expect(destination(script, "?page_id=9")).toBe("/sub/blog/about-us");
    expect(destination(script, "?p=0123&utm_source=feed", "#comments")).toBe("/sub/blog/hello?utm_source=feed#comments");
  });

  it("leaves the home page alone for any other query", () => {
    for (const search of ["", "?utm_source=feed", "?p=999", "?p=abc", "?s=123"]) expect(destination(script, search), search).toBeUndefined();
  });

  it("cannot be closed early by a path it quotes", () => {
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    expect(destination(script, "?p=7")).toBe(`/sub/blog/${encodeURIComponent("</script><b>x")}`);
  });

  it("is not there when no old address is a query", () => {
    expect(homeRedirectScript([{ from: "/old", to: "/blog/x" }], "")).toBeUndefined();
  });

  it("goes first in the home page's head, and nowhere when there is nothing to map", () => {
    expect(withHeadScript('<html><head lang="x"><meta charset="utf-8"></head></html>', "<script>1</script>")).toBe(
      '<html><head lang="x"><script>1</script><meta charset="utf-8"></head></html>',
    );
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "quire-home-"));
    dirs.push(out);
    fs.writeFileSync(path.join(out, "index.html"), "<html><head></head><body>home</body></html>");
    expect(writeHomeRedirects(out, [{ from: "/old", to: "/blog/x" }], "")).toBe(0);
    expect(fs.readFileSync(path.join(out, "index.html"), "utf8")).not.toContain("<script>");
    expect(writeHomeRedirects(out, table, "")).toBe(3);
    expect(fs.readFileSync(path.join(out, "index.html"), "utf8")).toMatch(/^<html><head><script>\(function\(\)\{var m=\{"\?p=123":"\/blog\/hello"/);
  });
});
