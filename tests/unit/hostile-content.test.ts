/**
 * Each class of hostile post, alone beside a good post, through the content
 * step: its one problem line (or, for the posts that build, their URL), and
 * the good post still built.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runContentStep } from "@/lib/build/step";
import { readManifest } from "@/lib/data/documents";
import { formatProblem } from "@/lib/frontmatter";
import { staticMdxComponents } from "@/components/mdx/static-components";
import { MUST_FAIL, SERVED, UTF8_WARNING, writeHostilePosts } from "../fixtures/hostile";

const settings = { wordpressPermalinks: false, redirects: [], title: "Test", language: "en" };
let project: string;
let root: string;

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-hostile-"));
  root = path.join(project, "posts");
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, "2020-01-01-good.md"), "---\ntitle: Good\ndate: 2020-01-01\n---\n\nStill here.\n");
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

async function stepWith(name: string) {
  writeHostilePosts(root, (n) => n === name);
  const result = await runContentStep({ root, projectDir: project, site: settings, mdxComponents: staticMdxComponents });
  const slugs = [...readManifest(project).values()].map((e) => e.meta.slug).sort();
  return { result, slugs };
}

const classes: Record<string, string> = {
  "2020-01-01-deep-list.md": "400 levels of list",
  "2020-01-02-deep-blockquote.md": "2000 levels of block quote",
  "2020-01-03-deep-html.md": "1000 levels of raw HTML",
  "2020-01-04-deep-jsx.mdx": "1000 levels of MDX JSX",
  "2020-01-06-too-many-tags.md": "150 tags",
  "2020-01-07-alias-bomb.md": "a YAML alias bomb",
  "2020-01-08-binary.md": "binary bytes named .md",
  "2020-01-09-empty.md": "an empty file",
  "2020-01-10-only-dashes.md": "a file holding only ---",
  "2020-02-01-huge-post.md": "a post over the size limit",
  "2020-02-02-huge-front-matter.md": "front matter over its limit",
  "2020-02-03-stack-deep-blockquote.md": "20000 levels of block quote (the parser's stack runs out)",
};

describe("a hostile post is one problem line naming its file; the other posts build", () => {
  for (const [name, what] of Object.entries(classes)) {
    it(`${what}`, async () => {
      const { result, slugs } = await stepWith(name);
      expect(result.problems.map(formatProblem)).toEqual([`${name}: ${MUST_FAIL[name]}`]);
      expect(slugs).toEqual(["good"]);
    });
  }
});

describe("a hostile post that builds", () => {
  it("with invalid UTF-8: a warning naming the file and the byte", async () => {
    const { result, slugs } = await stepWith("2020-01-05-invalid-utf8.md");
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([UTF8_WARNING]);
    expect(slugs).toEqual(["good", "invalid-utf8"]);
  });

  it("named with spaces, an emoji or an underscore after its date: a hyphenated slug", async () => {
    const names = Object.keys(SERVED).filter((n) => n.startsWith("2020-03"));
    for (const name of names) writeHostilePosts(root, (n) => n === name);
    const result = await runContentStep({ root, projectDir: project, site: settings, mdxComponents: staticMdxComponents });
    expect(result.problems).toEqual([]);
    expect([...readManifest(project).values()].map((e) => e.meta.slug).sort()).toEqual(["emoji-name", "good", "underscore-date"]);
  });
});

it("every hostile post is named in the fixture tables", () => {
  expect(writeHostilePosts(path.join(project, "all")).sort()).toEqual([...Object.keys(MUST_FAIL), ...Object.keys(SERVED)].sort());
});
