/**
 * An `.mdx` page compiles when it renders, where a Vercel function has no
 * content folder: relative images and links must come out as the content step
 * resolved them, from the post's body document alone.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runContentStep } from "@/lib/build/step";
import { BODY_DIR, type PostBody } from "@/lib/data/documents";
import { renderMdxToHtml } from "@/lib/markdown/mdx-html";
import { mdxContext } from "@/lib/markdown/mdx-context";
import { noReferences } from "@/lib/markdown/references";
import { staticMdxComponents } from "@/components/mdx/static-components";

const fixtures = path.resolve("tests/fixtures/content");
const POST = "2021/2021-07-01-images-in-mdx.mdx";

let project: string;
let root: string;
let body: PostBody;
let warnings: string[];

beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-request-time-"));
  root = path.join(project, "posts");
  for (const year of ["2020", "2021"]) fs.cpSync(path.join(fixtures, year), path.join(root, year), { recursive: true });
  const result = await runContentStep({
    root,
    projectDir: project,
    site: { wordpressPermalinks: false, redirects: [], title: "Test", language: "en" },
    mdxComponents: staticMdxComponents,
  });
  warnings = result.warnings;
  body = JSON.parse(fs.readFileSync(path.join(project, BODY_DIR, `${POST}.json`), "utf8")) as PostBody;
  // What a page function sees: the body document, and no content folder.
  fs.rmSync(root, { recursive: true, force: true });
});
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

const pageRender = (references = body.references) =>
  renderMdxToHtml(body.source, mdxContext({ title: "Images in MDX", sourcePath: POST, references }), staticMdxComponents);

const images = (html: string) => [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1]);

describe("an .mdx page rendered without the content folder", () => {
  it("the content folder is really gone", () => {
    expect(fs.existsSync(root)).toBe(false);
  });

  it("renders exactly what the content step rendered from the content folder", async () => {
    expect(await pageRender()).toBe(body.html);
  });

  it("a relative image is a <picture> of its copies, its shape kept for the height cap; a component gets the WebP copies", async () => {
    const html = await pageRender();
    expect(html).toMatch(/<picture><source type="image\/avif" srcSet="\/_quire\/img\/[0-9a-f]{16}-\d+\.avif \d+w" sizes="[^"]+"\/><source type="image\/webp"/i);
    expect(html).toMatch(/<img src="\/_content\/2021\/images\/sch%C3%A9ma\.png"[^>]*style="--width:\s*\d+px;\s*--ratio:\s*\d/);
    expect(html).toMatch(/<img[^>]*srcSet="\/_quire\/img\/[0-9a-f]{16}-\d+\.webp \d+w"[^>]*alt="The schema again"|<img[^>]*alt="The schema again"[^>]*srcSet="\/_quire\/img\/[0-9a-f]{16}-\d+\.webp/i);
  });

  it("a relative image, in Markdown or a component, keeps its served URL, width and height", async () => {
    const found = images(await pageRender());
    expect(found).toHaveLength(2);
    for (const img of found) {
      expect(img).toContain('src="/_content/2021/images/sch%C3%A9ma.png"');
      expect(img).toMatch(/width="40"/);
      expect(img).toMatch(/height="30"/);
    }
  });

  it("relative links lead where the content step resolved them; a missing file stays as written", async () => {
    // First, the image's own link to its original.
    expect(hrefs(await pageRender())).toEqual([
      "/_content/2021/images/sch%C3%A9ma.png",
      "/_content/2021/files/guide.pdf#page=2",
      "/blog/hello-world#intro",
      "files/missing.pdf",
    ]);
    expect(body.references.links["files/missing.pdf"]).toBeNull();
  });

  it("the content step warned about the missing file once; the page render stays silent", async () => {
    expect(warnings.filter((w) => w.startsWith(POST))).toEqual([`${POST}: linked file not found: files/missing.pdf`]);
    const printed: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void printed.push(args.join(" "));
    try {
      await pageRender(noReferences());
    } finally {
      console.warn = original;
    }
    expect(printed).toEqual([]);
  });

  it("a reference the content step did not record is left as written", async () => {
    const html = await pageRender(noReferences());
    // Markdown images arrive percent-encoded, as remark writes them.
    expect(images(html)[0]).toContain('src="images/sch%C3%A9ma.png"');
    expect(images(html)[0]).not.toMatch(/width=/);
    expect(hrefs(html)).toEqual(["files/guide.pdf#page=2", "../2020/2020-01-01-hello.md#intro", "files/missing.pdf"]);
  });
});
