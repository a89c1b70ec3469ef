import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { renderMdxToHtml } from "@/lib/markdown/mdx-html";
import { contentFolderReferences } from "@/lib/markdown/references";
import { staticMdxComponents } from "@/components/mdx/static-components";

const root = path.resolve("tests/fixtures/content");

/** Renders a fixture post (or the given body as that post) and collects its warnings. */
async function render(relPath: string, body?: string, over: object = {}) {
  const warnings: string[] = [];
  const file = path.join(root, relPath);
  const source = body ?? fs.readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  const ctx = { title: "Fixture", root, file, warn: (m: string) => warnings.push(m), ...over };
  const html = relPath.endsWith(".mdx") ? await renderMdxToHtml(source, ctx, staticMdxComponents) : (await renderMarkdown(source, ctx)).html;
  return { html, warnings };
}

const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);

describe("links to files beside a post", () => {
  it("a link to a PDF beside the post points at its served copy", async () => {
    const { html } = await render("2021/2021-05-01-downloads.md");
    expect(hrefs(html)).toContain("/_content/2021/files/guide.pdf");
  });

  it("a file with a non-ASCII name is linked by its percent-encoded served path", async () => {
    const { html } = await render("2021/2021-05-01-downloads.md");
    expect(hrefs(html)).toContain("/_content/2021/files/exemples-%C3%A9t%C3%A9.zip");
  });

  it("an image wrapped in a link to itself: both point at the served copy", async () => {
    const { html } = await render("2021/2021-05-01-downloads.md");
    expect(html).toMatch(
      /<a href="\/_content\/2021\/images\/sch%C3%A9ma\.png"><picture>(<source [^>]*>){2}<img src="\/_content\/2021\/images\/sch%C3%A9ma\.png"/,
    );
  });

  it("a raw HTML <a href> resolves like a Markdown link", async () => {
    const { html } = await render("2021/2021-05-01-downloads.md");
    expect(html).toContain('<a href="/_content/2021/files/guide.pdf">the guide again</a>');
  });

  it("keeps the #fragment of a link to a file (a PDF page)", async () => {
    const { html } = await render("2021/2021-05-01-downloads.md");
    expect(hrefs(html)).toContain("/_content/2021/files/guide.pdf#page=2");
  });

  it("a link to another post's source file points at that post's page", async () => {
    const { html } = await render("2021/2021-05-01-downloads.md");
    // The slug comes from the target's front matter, the fragment is kept.
    expect(hrefs(html)).toContain("/blog/hello-world#intro");
    // Without a front matter slug: the file name without its date.
    expect(hrefs(html)).toContain("/blog/brouillon");
  });

  it("under a base path, resolved links carry it", async () => {
    const { html } = await render("2021/2021-05-01-downloads.md", undefined, { basePath: "/sub" });
    expect(hrefs(html)).toContain("/sub/_content/2021/files/guide.pdf");
    expect(hrefs(html)).toContain("/sub/blog/hello-world#intro");
  });

  it("anchors, queries, mailto:, https: and absolute paths are left as written, without warnings", async () => {
    const { html, warnings } = await render(
      "2021/2021-05-01-downloads.md",
      "[top](#top) [two](?page=2) [mail](mailto:a@example.com) [about](/about) [x](https://example.com/x.pdf) [y](//cdn.example.com/y.pdf)",
    );
    expect(hrefs(html)).toEqual(["#top", "?page=2", "mailto:a@example.com", "/about", "https://example.com/x.pdf", "//cdn.example.com/y.pdf"]);
    expect(warnings).toEqual([]);
  });

  it("a link to a missing file is a warning naming the post and the path, and stays as written", async () => {
    const { html, warnings } = await render("2021/2021-05-01-downloads.md");
    expect(warnings).toContain("2021/2021-05-01-downloads.md: linked file not found: files/missing.pdf");
    expect(hrefs(html)).toContain("files/missing.pdf");
  });

  it("links to a folder, outside the content folder or to an unpublished post are warnings too", async () => {
    const { warnings } = await render("2021/2021-05-01-downloads.md");
    expect(warnings).toEqual([
      "2021/2021-05-01-downloads.md: linked post is not published: ../2020/2020-02-01-brouillon.md",
      "2021/2021-05-01-downloads.md: linked file not found: files/missing.pdf",
      "2021/2021-05-01-downloads.md: link points at a folder, which the site does not serve: files/",
      "2021/2021-05-01-downloads.md: link leads outside the content folder: ../../README.md",
    ]);
  });

  it("in .mdx, Markdown links and <a href> resolve the same way", async () => {
    const { html, warnings } = await render("2021/2021-06-01-links-in-mdx.mdx");
    expect(hrefs(html)).toEqual([
      "/_content/2021/files/guide.pdf",
      "/_content/2021/files/exemples-%C3%A9t%C3%A9.zip",
      "/blog/hello-world",
    ]);
    expect(warnings).toEqual([]);
  });

  it("a link to a hidden file, which is never copied to the site, is a warning", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-links-"));
    try {
      fs.mkdirSync(path.join(dir, ".private"));
      fs.writeFileSync(path.join(dir, ".private/notes.pdf"), "%PDF-1.4\n");
      const resolved = contentFolderReferences({ root: dir, file: path.join(dir, "post.md") }).link(".private/notes.pdf");
      expect(resolved).toEqual({ warning: "linked file is never served (hidden or in node_modules): .private/notes.pdf" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a post's new slug is picked up when its file changes", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-links-"));
    try {
      const target = path.join(dir, "2022-01-01-target.md");
      const references = contentFolderReferences({ root: dir, file: path.join(dir, "from.md") });
      fs.writeFileSync(target, '---\ntitle: "T"\ndate: "2022-01-01"\n---\n');
      expect(references.link("2022-01-01-target.md").value).toBe("/blog/target");
      fs.writeFileSync(target, '---\ntitle: "T"\ndate: "2022-01-01"\nslug: "renamed"\n---\n');
      fs.utimesSync(target, new Date(), new Date(Date.now() + 5000));
      expect(references.link("2022-01-01-target.md").value).toBe("/blog/renamed");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("WordPress empty paragraphs", () => {
  it("a paragraph of only &nbsp; is gone, however it was written", async () => {
    const md = ["Before.", "&nbsp;", "\u00a0", "<p>&nbsp;</p>", "<p> \u00a0 </p>", "After."].join("\n\n");
    const { html } = await render("2021/2021-05-01-downloads.md", md);
    expect(html).toMatch(/^<p>Before\.<\/p>\s*<p>After\.<\/p>$/);
  });

  it("a run of seventy blank paragraphs leaves no blank paragraph", async () => {
    const md = ["Text.", ...Array(70).fill("\u00a0"), "More."].join("\n\n");
    const { html } = await render("2021/2021-05-01-downloads.md", md);
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  it("paragraphs with an image, a line break between words or any text stay", async () => {
    const md = ["![dot](../2020/images/dot.png)", "one  \ntwo", "<p>a<br>b</p>", "\u00a0x\u00a0"].join("\n\n");
    const { html } = await render("2021/2021-05-01-downloads.md", md);
    expect(html.match(/<p>/g)).toHaveLength(4);
    expect(html).toContain("<br>");
  });

  it("in .mdx too", async () => {
    const { html } = await render("2021/2021-06-01-links-in-mdx.mdx", "Before.\n\n&nbsp;\n\n<p>&nbsp;</p>\n\nAfter.");
    expect(html).toMatch(/^<p>Before\.<\/p>\s*<p>After\.<\/p>$/);
  });
});

describe("http:// images", () => {
  it("an http:// image is a warning naming the post and the URL", async () => {
    const { warnings } = await render("2021/2021-05-01-downloads.md", "![old](http://old.example/a.jpg)");
    expect(warnings).toEqual([
      "2021/2021-05-01-downloads.md: http:// image, which browsers load over https:// or not at all: http://old.example/a.jpg",
    ]);
  });

  it("a link to an http:// image file is one too; a link to an http:// page is not", async () => {
    const { warnings } = await render(
      "2021/2021-05-01-downloads.md",
      '<a href="http://old.example/big.JPG?w=1">photo</a> [page](http://old.example/about) ![new](https://new.example/b.png)',
    );
    expect(warnings).toEqual([
      "2021/2021-05-01-downloads.md: http:// image, which browsers load over https:// or not at all: http://old.example/big.JPG?w=1",
    ]);
  });

  it("many in one post make one line with the count of distinct URLs and the first", async () => {
    const md = [
      "[![a](http://old.example/a.jpg)](http://old.example/a.jpg)",
      "![b](http://old.example/b.png) ![b again](http://old.example/b.png)",
      "[c](http://old.example/c.gif)",
    ].join("\n\n");
    const { warnings } = await render("2021/2021-05-01-downloads.md", md);
    expect(warnings).toEqual([
      "2021/2021-05-01-downloads.md: 3 http:// images, which browsers load over https:// or not at all; the first: http://old.example/a.jpg",
    ]);
  });

  it("a WordPress link to the full-size upload, now pointed at the local copy, is not reported", async () => {
    const md = "[![x](../2020/images/dot.png)](http://old.example/wp-content/uploads/2014/08/dot.png)";
    const { warnings } = await render("2021/2021-05-01-downloads.md", md);
    expect(warnings).toEqual([]);
  });
});
