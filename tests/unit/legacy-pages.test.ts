import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { legacyPage, writeLegacyPages } from "@/lib/export/legacy-pages";

const site = { siteUrl: "https://example.com", basePath: "/sub", language: "en" };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("old URLs in a static export (lib/export/legacy-pages.ts)", () => {
  it("are pages that move on at once, under the base path, and are not indexed", () => {
    const html = legacyPage("/blog/europython-2014", site);
    expect(html).toContain('http-equiv="refresh" content="0; url=/sub/blog/europython-2014"');
    expect(html).toContain('<link rel="canonical" href="https://example.com/sub/blog/europython-2014">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<html lang="en">');
  });

  it("escape what they quote", () => {
    const html = legacyPage('/blog/a"><script>x</script>', { ...site, basePath: "" });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
  });

  it("are written where static hosts look, never over a page and never outside the output", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "quire-legacy-"));
    dirs.push(out);
    fs.writeFileSync(path.join(out, "about.html"), "the real page");
    const written = writeLegacyPages(
      out,
      [
        { from: "/europython-2014", to: "/blog/europython-2014" },
        { from: "/2014/08/01/europython-2014", to: "/blog/europython-2014" },
        { from: "/été", to: "/blog/%C3%A9t%C3%A9" },
        { from: "/about", to: "/blog/about" },
        { from: "/../escape", to: "/blog/x" },
        { from: "/?p=123", to: "/blog/x" },
      ],
      site,
    );
    expect(written).toBe(3);
    expect(fs.readdirSync(out).filter((name) => name.includes("?"))).toEqual([]);
    expect(fs.readFileSync(path.join(out, "2014/08/01/europython-2014.html"), "utf8")).toContain("url=/sub/blog/europython-2014");
    // With its trailing slash, as WordPress wrote it: the same page, found as a folder's index.
    expect(fs.readFileSync(path.join(out, "2014/08/01/europython-2014/index.html"), "utf8")).toContain("url=/sub/blog/europython-2014");
    expect(fs.existsSync(path.join(out, "about/index.html"))).toBe(false);
    expect(fs.existsSync(path.join(out, "été.html"))).toBe(true);
    expect(fs.readFileSync(path.join(out, "about.html"), "utf8")).toBe("the real page");
    expect(fs.existsSync(path.join(out, "..", "escape.html"))).toBe(false);
  });
});
