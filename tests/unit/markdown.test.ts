import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { deriveSummary, plainText, truncate } from "@/lib/markdown/summary";
import { tocFromSource } from "@/lib/markdown/toc-from-source";
import { expandAdmonitions } from "@/lib/markdown/admonitions";

const root = path.resolve("tests/fixtures/content");
const ctx = (over: object = {}) => ({
  title: "Hello World",
  root,
  file: path.join(root, "2020/2020-01-01-hello.md"),
  warn: () => {},
  ...over,
});

describe("renderMarkdown", () => {
  it("drops a leading # line that repeats the title, leaving no <h1>", async () => {
    const { html } = await renderMarkdown("# Hello World\n\nBody.\n\n## Part", ctx());
    expect(html).not.toContain("<h1");
    expect(html).toContain("<h2");
  });

  it("moves # sections one level down under the page title", async () => {
    const { html, toc } = await renderMarkdown("# Setup\n\ntext\n\n## Details\n\nmore", ctx());
    expect(html).not.toContain("<h1");
    expect(html).toMatch(/<h2 id="setup">Setup/);
    expect(html).toMatch(/<h3 id="details">Details/);
    expect(toc).toEqual([
      { id: "setup", text: "Setup", depth: 2 },
      { id: "details", text: "Details", depth: 3 },
    ]);
  });

  it("renders WordPress-era text as written: comments, a < b, braces", async () => {
    const { html } = await renderMarkdown("if a < b then {mem,swap}_free\n\n<!-- more -->\n\nend", ctx());
    expect(html).toContain("if a &#x3C; b then {mem,swap}_free");
    expect(html).toContain("<!-- more -->");
  });

  it("passes raw HTML through and supports GFM", async () => {
    const md = [
      '<div class="note">raw <b>html</b></div>',
      "",
      "| a | b |",
      "|---|---|",
      "| 1 | 2 |",
      "",
      "~~gone~~ and https://example.com and a note[^1]",
      "",
      "- [x] done",
      "",
      "[^1]: The footnote.",
    ].join("\n");
    const { html } = await renderMarkdown(md, ctx());
    expect(html).toContain('<div class="note">raw <b>html</b></div>');
    expect(html).toContain("<table>");
    expect(html).toContain("<del>gone</del>");
    expect(html).toContain('<a href="https://example.com">');
    expect(html).toContain('type="checkbox"');
    expect(html).toContain("The footnote.");
  });

  it("highlights fenced and indented code at build time", async () => {
    const { html } = await renderMarkdown("```python\nprint('hi')\n```\n\n    indented code\n", ctx());
    expect(html).toContain('data-language="python"');
    expect(html).toContain("--shiki-dark");
    expect(html).toContain("indented code");
  });

  it("serves relative images from /_content with their real size", async () => {
    const { html } = await renderMarkdown("![dot](images/dot.png)\n\n![again](../2020/images/dot.png)", ctx());
    expect(html).toContain('src="/_content/2020/images/dot.png"');
    expect(html).toContain('width="40" height="30"');
    expect(html).toMatch(/loading="eager"[\s\S]*loading="lazy"/);
  });

  it("makes a local image that is not a link open its original when clicked, and leaves other links alone", async () => {
    const { html } = await renderMarkdown("![dot](images/dot.png)\n\n[![x](images/dot.png)](https://example.com/)", ctx());
    expect(html).toMatch(/<a href="\/_content\/2020\/images\/dot\.png" class="image-original"><picture>(<source [^>]*>){2}<img src="\/_content\/2020\/images\/dot\.png" alt="dot"/);
    expect(html).toMatch(/<a href="https:\/\/example\.com\/"><picture>(<source [^>]*>){2}<img src="\/_content\/2020\/images\/dot\.png" alt="x"/);
  });

  it("shows a raster image as a <picture> of smaller AVIF and WebP copies, the original as its <img>", async () => {
    const { html } = await renderMarkdown("![dot](images/dot.png)", ctx());
    const sources = [...html.matchAll(/<source type="([^"]+)" srcset="([^"]+)" sizes="([^"]+)">/g)];
    expect(sources.map((s) => s[1])).toEqual(["image/avif", "image/webp"]);
    // A 40 px wide image: one copy, at its own width, named by its content hash.
    expect(sources[0][2]).toMatch(/^\/_quire\/img\/[0-9a-f]{16}-40\.avif 40w$/);
    expect(sources[1][2]).toMatch(/^\/_quire\/img\/[0-9a-f]{16}-40\.webp 40w$/);
    expect(sources[0][3]).toBe("(min-width: 72px) 40px, calc(100vw - 2rem)");
    expect(html).toContain('<img src="/_content/2020/images/dot.png" alt="dot" loading="eager" decoding="async" width="40" height="30" style="--width: 40px; --ratio: 1.3333"></picture>');
  });

  it("links a wrapped WordPress upload to the local copy of the same file", async () => {
    const md = "[![x](images/dot.png)](http://old.example/wp-content/uploads/2014/08/dot.png)";
    const { html } = await renderMarkdown(md, ctx());
    expect(html).toContain('<a href="/_content/2020/images/dot.png">');
  });

  it("links a resized WordPress copy to itself when the link names the file it was resized from", async () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "quire-resized-"));
    try {
      fs.mkdirSync(path.join(copy, "2020", "images"), { recursive: true });
      fs.copyFileSync(path.join(root, "2020", "images", "dot.png"), path.join(copy, "2020", "images", "dot-40x30.png"));
      fs.copyFileSync(path.join(root, "2020", "images", "dot.png"), path.join(copy, "2020", "images", "dot.png"));
      const md = "[![x](images/dot-40x30.png)](http://old.example/uploads/dot.png) [![y](images/dot.png)](http://old.example/uploads/other.png)";
      const { html } = await renderMarkdown(md, ctx({ root: copy, file: path.join(copy, "2020/2020-01-01-hello.md") }));
      expect(html).toContain('<a href="/_content/2020/images/dot-40x30.png">');
      expect(html).toContain('<a href="http://old.example/uploads/other.png">');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("warns about a missing image, naming the post and the path, and keeps going", async () => {
    const warn = vi.fn();
    const { html } = await renderMarkdown("![x](images/missing.png)", ctx({ warn }));
    expect(warn).toHaveBeenCalledWith("2020/2020-01-01-hello.md: image not found: images/missing.png");
    expect(html).toContain('src="images/missing.png"');
  });

  it("leaves remote images and paths escaping the content folder alone", async () => {
    const warn = vi.fn();
    const { html } = await renderMarkdown("![a](https://x.example/a.png) ![b](../../../etc/passwd)", ctx({ warn }));
    expect(html).toContain('src="https://x.example/a.png"');
    expect(html).toContain('src="../../../etc/passwd"');
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("summaries", () => {
  it("come from the first paragraph with text, as plain text", () => {
    const md = "![img](a.png)\n\n# Title\n\nThe **first** [real](x) paragraph.\n\nSecond.";
    expect(deriveSummary(md)).toBe("The first real paragraph.");
  });

  it("are cut at a word boundary", () => {
    expect(truncate("one two three four", 12)).toBe("one two…");
  });

  it("plain text keeps words of separate blocks apart", () => {
    expect(plainText("# A\n\n- b\n- c\n\n`d`")).toBe("A b c d");
  });
});

describe("tocFromSource", () => {
  it("lists h2 and h3 with the ids the page will have", async () => {
    const toc = await tocFromSource("## One\n\n### Two\n\n#### Three\n\n## One", "T");
    expect(toc).toEqual([
      { id: "one", text: "One", depth: 2 },
      { id: "two", text: "Two", depth: 3 },
      { id: "one-1", text: "One", depth: 2 },
    ]);
  });
});

describe("raw HTML in .md", () => {
  it("shows made-up tags such as <your company> as the text written", async () => {
    const { html } = await renderMarkdown("1. **Who's participating at <your company>**\n\nnext <hostname> here", ctx());
    expect(html).toContain("<strong>Who's participating at &#x3C;your company></strong>");
    expect(html).toContain("next &#x3C;hostname> here");
  });

  it("keeps real HTML elements and custom elements", async () => {
    const { html } = await renderMarkdown('<details><summary>More</summary>\n\nHidden\n\n</details>\n\n<my-widget data-x="1"></my-widget>', ctx());
    expect(html).toContain("<details><summary>More</summary>");
    expect(html).toContain('<my-widget data-x="1"></my-widget>');
  });
});

describe("admonitions", () => {
  it("renders `!!! note` with an indented body as an aside, not a code block", async () => {
    const md = expandAdmonitions('Intro.\n\n!!! warning "Disclaimer"\n    This is **not** a rant.\n\n    Second paragraph.\n\nAfter.');
    const { html } = await renderMarkdown(md, ctx());
    expect(html).toContain('<aside class="admonition warning">\n<p class="admonition-title">Disclaimer</p>');
    expect(html).toContain("<p>This is <strong>not</strong> a rant.</p>\n<p>Second paragraph.</p>\n</aside>\n<p>After.</p>");
    expect(html).not.toContain("<pre");
  });

  it("titles an admonition by its kind when it has no title", () => {
    expect(expandAdmonitions("!!! note\n    Body.")).toBe('<aside class="admonition note">\n<p class="admonition-title">Note</p>\n\nBody.\n\n</aside>');
  });

  it("leaves !!! lines inside fenced code alone", () => {
    const md = "```\n!!! note\n    not an admonition\n```";
    expect(expandAdmonitions(md)).toBe(md);
  });

  it("keeps the marker line out of derived summaries", () => {
    expect(deriveSummary(expandAdmonitions('!!! warning "Disclaimer"\n    Careful.\n\nReal intro.'))).toBe("Real intro.");
  });
});

describe("renderMarkdown text and summary", () => {
  it("come from the same parse as the HTML, before the title heading is dropped", async () => {
    const { text, summary } = await renderMarkdown("# Hello World\n\nFirst **bold** words.\n\n- item", ctx());
    expect(text).toBe("Hello World First bold words. item");
    expect(summary).toBe("First bold words.");
  });
});
