import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localDate, MAX_TITLE_SLUG, newPost, parseNewPostArgs, titleSlug } from "@/lib/new-post";
import { runContentStep } from "@/lib/build/step";
import { readManifest } from "@/lib/data/documents";
import { staticMdxComponents } from "@/components/mdx/static-components";
import { postSlug } from "@/lib/web/slugs";

const languages = { defaultLanguage: "en", codes: ["en", "fr"] };
// 19:05 on 6 December 2026 in whatever zone the tests run in.
const now = new Date(2026, 11, 6, 19, 5, 42);

describe("npm run new: the new post (lib/new-post.ts)", () => {
  it("is a dated draft in its year's folder, named by the title, with front matter a YAML parser reads back", () => {
    const title = `Café: "quotes", #hash & 'apostrophes' — 100% [sic]`;
    const post = newPost({ title, now, languages });
    expect(post.relPath).toBe("2026/2026-12-06-café-quotes-hash-apostrophes-100-sic.md");
    const { data, content } = matter(post.text);
    expect(data).toEqual({ title, date: `2026-12-06T19:05:00${localDate(now).date.slice(-6)}`, tags: [], categories: [], draft: true });
    expect(content.trim()).toBe("");
  });

  it("gives its URL slug by the posts' own rule: lower case, letters of any script kept, emoji and punctuation gone", () => {
    expect(titleSlug("Écrire en français, c'est l'été !", "fr")).toBe("écrire-en-français-c-est-l-été");
    expect(titleSlug("日本語のブログ 🚀", "en")).toBe("日本語のブログ");
    expect(titleSlug("TCP/IP... explained?", "en")).toBe("tcp-ip...-explained");
    expect(titleSlug("Python 2.7 is out.", "en")).toBe("python-2.7-is-out");
    // The slug the content step reads from the file name is the same.
    const post = newPost({ title: "Écrire en français", now, languages });
    expect(postSlug(post.relPath)).toBe("écrire-en-français");
  });

  it("cuts a long title's slug at a word", () => {
    const slug = titleSlug("A very long title that goes on and on about many things for far too many words", "en");
    expect(slug.length).toBeLessThanOrEqual(MAX_TITLE_SLUG);
    expect(slug).toBe("a-very-long-title-that-goes-on-and-on-about-many-things-for");
  });

  it("writes the date on the local clock with its offset", () => {
    const { day, date } = localDate(now);
    expect(day).toBe("2026-12-06");
    expect(date).toMatch(/^2026-12-06T19:05:00[+-]\d{2}:\d{2}$/);
    expect(new Date(date).getTime()).toBe(new Date(2026, 11, 6, 19, 5, 0).getTime());
  });

  it("puts a post in another language in its .<code>.md file; refuses a language the site does not have", () => {
    expect(newPost({ title: "Un titre", lang: "fr", now, languages }).relPath).toBe("2026/2026-12-06-un-titre.fr.md");
    expect(newPost({ title: "A title", lang: "en", now, languages }).relPath).toBe("2026/2026-12-06-a-title.md");
    expect(() => newPost({ title: "Ein Titel", lang: "de", now, languages })).toThrow("--lang de is not a language of this site (allowed: en, fr)");
  });

  it("refuses a title with nothing to name the file by", () => {
    expect(() => newPost({ title: "  ", now, languages })).toThrow('give the post a title: npm run new -- "My post"');
    expect(() => newPost({ title: "🚀 ?!", now, languages })).toThrow('"🚀 ?!" has no letter or digit to name the file by');
  });

  it("reads the command line: the title's words, quoted or not, and --lang", () => {
    expect(parseNewPostArgs(["My", "first", "post", "--lang", "FR"])).toEqual({ title: "My first post", lang: "fr" });
    expect(parseNewPostArgs(["--lang=fr", "Un titre"])).toEqual({ title: "Un titre", lang: "fr" });
    expect(() => parseNewPostArgs(["Title", "--lang"])).toThrow("--lang needs a language code");
    expect(() => parseNewPostArgs(["Title", "--draft"])).toThrow("unknown option --draft");
  });
});

describe("npm run new: the file it writes (scripts/new-post.ts)", () => {
  let project: string;
  beforeEach(() => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-new-post-"));
  });
  afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", path.resolve("scripts/new-post.ts"), ...args], {
      cwd: process.cwd(),
      env: { ...process.env, CONTENT_DIR: path.join(project, "posts") },
      encoding: "utf8",
    });

  it("prints its path, passes the content step with no problem or warning, and is a draft", async () => {
    const english = run("Hello, world: a first post");
    const french = run("Bonjour à tous", "--lang", "fr");
    expect(english.status, english.stderr).toBe(0);
    expect(french.status, french.stderr).toBe(0);
    const files = [english.stdout.trim(), french.stdout.trim()];
    for (const file of files) expect(fs.existsSync(file), file).toBe(true);
    expect(files[0]).toMatch(/posts\/\d{4}\/\d{4}-\d{2}-\d{2}-hello-world-a-first-post\.md$/);
    expect(files[1]).toMatch(/-bonjour-à-tous\.fr\.md$/);

    const root = path.join(project, "posts");
    const site = { wordpressPermalinks: false, redirects: [], title: "Test", language: "en" };
    const result = await runContentStep({ root, projectDir: project, site, mdxComponents: staticMdxComponents, languages });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.slugWarnings).toEqual([]);
    const entries = [...readManifest(project).values()].map((entry) => [entry.meta.slug, entry.meta.lang, entry.meta.draft]);
    expect(entries.sort()).toEqual([
      ["bonjour-à-tous", "fr", true],
      ["hello-world-a-first-post", "en", true],
    ]);
  });

  it("never overwrites a file: a second post of the same title and day is one line of error and exit code 1", () => {
    const first = run("Same title");
    const file = first.stdout.trim();
    fs.appendFileSync(file, "My words.\n");
    const second = run("Same title");
    expect(second.status).toBe(1);
    expect(second.stdout).toBe("");
    expect(second.stderr.trim().split("\n")).toEqual([`npm run new: ${file} already exists; give the post another title`]);
    expect(fs.readFileSync(file, "utf8")).toContain("My words.");
  });

  it("says what is wrong with a bad command line, in one line", () => {
    const result = run("Ein Titel", "--lang", "de");
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("npm run new: --lang de is not a language of this site (allowed: en, fr)");
    expect(fs.existsSync(path.join(project, "posts"))).toBe(false);
  });
});
