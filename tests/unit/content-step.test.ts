import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runContentStep } from "@/lib/build/step";
import { BODY_DIR, POST_INDEX, readManifest, type ManifestDocument, type PostBody } from "@/lib/data/documents";
import { PROBLEMS_FILE } from "@/lib/build/problems";
import { REDIRECTS_FILE } from "@/lib/server/redirects";
import { formatProblem } from "@/lib/frontmatter";
import { staticMdxComponents } from "@/components/mdx/static-components";

const settings = { wordpressPermalinks: false, redirects: [], title: "Test", language: "en" };
const fixtures = path.resolve("tests/fixtures/content");

let project: string;
let root: string;

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-step-"));
  root = path.join(project, "posts");
  fs.mkdirSync(root);
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};
const step = () => runContentStep({ root, projectDir: project, site: settings, mdxComponents: staticMdxComponents });
const manifest = () => JSON.parse(fs.readFileSync(path.join(project, POST_INDEX), "utf8")) as ManifestDocument;
/** A post's manifest entry with the step's record of its render. */
const entry = (rel: string) => {
  const found = readManifest(project).get(rel);
  if (!found) throw new Error(`${rel} is not in the manifest`);
  return found;
};
const body = (rel: string) => JSON.parse(fs.readFileSync(path.join(project, BODY_DIR, `${rel}.json`), "utf8")) as PostBody;
const post = (title: string, extra = "") => `---\ntitle: ${title}\ndate: 2020-01-01\n${extra}---\n\nBody.\n`;

describe("the content step", () => {
  it("reads every Windows-saved fixture: lists, nested maps, block scalars, MDX", async () => {
    fs.cpSync(path.join(fixtures, "crlf"), path.join(root, "crlf"), { recursive: true });
    const result = await step();
    expect(result.problems).toEqual([]);
    const names = fs.readdirSync(path.join(root, "crlf"));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      expect(fs.readFileSync(path.join(root, "crlf", name), "utf8"), `${name} is a CRLF fixture`).toContain("\r\n");
      expect(JSON.stringify(body(`crlf/${name}`))).not.toContain("\\r");
    }
    expect(entry("crlf/2001-01-10-crlf-lists.md").meta.tags).toEqual(["windows", "line endings"]);
    expect(entry("crlf/2001-01-12-crlf-block-scalars.md").meta.title).toBe("Saved on Windows: block scalars");
    expect(entry("crlf/2001-01-12-crlf-block-scalars.md").summary).toBe("A literal block summary,\nwritten over two lines.");
    expect(body("crlf/2001-01-13-crlf-mdx.mdx").source).toContain("<Callout");
  });

  it("never changes the author's file", async () => {
    write("a.md", post("A").replace(/\n/g, "\r\n"));
    const before = fs.readFileSync(path.join(root, "a.md"));
    await step();
    expect(fs.readFileSync(path.join(root, "a.md")).equals(before)).toBe(true);
  });

  it("renders a post once: an unchanged post keeps its body file, and the manifest is rewritten only on change", async () => {
    write("a.md", post("A"));
    write("b.md", post("B"));
    expect((await step()).rendered).toBe(2);
    const old = new Date("2001-01-01T00:00:00Z");
    const bodyA = path.join(project, BODY_DIR, "a.md.json");
    fs.utimesSync(bodyA, old, old);
    write("b.md", post("B, retitled"));
    const again = await step();
    expect(again).toMatchObject({ rendered: 1, manifestChanged: true });
    expect(fs.statSync(bodyA).mtime.getTime()).toBe(old.getTime());
    expect(entry("b.md").meta.title).toBe("B, retitled");
    expect(await step()).toMatchObject({ rendered: 0, manifestChanged: false });
  });

  it("leaves the manifest alone when an edit changes nothing a list shows", async () => {
    write("a.md", post("A") + "\nA second paragraph.\n");
    await step();
    write("a.md", post("A") + "\nA second paragraph, longer now.\n");
    expect(await step()).toMatchObject({ rendered: 1, manifestChanged: false });
    expect(body("a.md").html).toContain("longer now");
    expect(JSON.stringify(manifest())).not.toMatch(/"(hash|deps|warnings)"/);
    write("a.md", post("A, retitled") + "\nA second paragraph, longer now.\n");
    expect(await step()).toMatchObject({ rendered: 1, manifestChanged: true });
  });

  it("renders a post again when an image or file it uses appears, changes or goes", async () => {
    const png = fs.readFileSync(path.resolve("tests/fixtures/content/2020/images/dot.png"));
    write("a.md", post("A") + "\n![x](images/x.png) and [notes](files/notes.pdf)\n");
    write("b.md", post("B"));
    await step();
    expect(entry("a.md").warnings).toEqual(["a.md: image not found: images/x.png", "a.md: linked file not found: files/notes.pdf"]);

    write("images/x.png", "");
    fs.writeFileSync(path.join(root, "images/x.png"), png);
    write("files/notes.pdf", "pdf");
    const again = await step();
    expect(again.rendered).toBe(1);
    expect(entry("a.md").warnings).toEqual([]);
    expect(body("a.md").html).toContain('href="/_content/files/notes.pdf"');

    fs.rmSync(path.join(root, "files/notes.pdf"));
    expect((await step()).rendered).toBe(1);
    expect(entry("a.md").warnings).toEqual(["a.md: linked file not found: files/notes.pdf"]);
  });

  it("reads a post's comments file into its body, never serves it, and renders the post again when it changes", async () => {
    write("2010/hello.md", post("Hello"));
    write("2010/other.md", post("Other"));
    await step();
    expect(body("2010/hello.md").comments).toBeUndefined();

    const comments = {
      comments: [
        { id: "wp-1", author: "Ann", email: "ann@private.example", url: "https://ann.example", date: "2010-05-03T14:22:00+02:00", text: "First!" },
        { id: "wp-2", parent: "wp-1", author: "Bob", ip: "10.1.2.3", date: "2010-05-04T09:00:00+02:00", text: "A *reply*" },
        { id: "wp-3", author: "Eve", url: "javascript:alert(1)", date: "someday", text: "x" },
      ],
    };
    write("2010/hello.comments.json", JSON.stringify(comments));
    const result = await step();
    expect(result.rendered).toBe(1);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      "2010/hello.comments.json: comments[2].date: is required: an ISO 8601 date, e.g. 2010-05-03T14:22:00+02:00; left out",
    ]);
    const shown = body("2010/hello.md").comments!;
    expect(shown.count).toBe(2);
    expect(shown.threads[0]).toMatchObject({ id: "wp-1", author: "Ann", url: "https://ann.example/", html: "<p>First!</p>" });
    expect(shown.threads[0].replies[0]).toMatchObject({ id: "wp-2", author: "Bob", html: "<p>A <em>reply</em></p>" });
    // What the step wrote (outside the content folder, "posts"): no copy of the file, nothing private.
    const written = fs.readdirSync(project, { recursive: true, encoding: "utf8" }).filter((name) => !name.startsWith("posts"));
    expect(written.filter((name) => name.includes("comments.json"))).toEqual([]);
    const everything = written.filter((name) => fs.statSync(path.join(project, name)).isFile());
    for (const name of everything) expect(fs.readFileSync(path.join(project, name), "utf8"), name).not.toMatch(/ann@private|10\.1\.2\.3/);

    fs.rmSync(path.join(root, "2010/hello.comments.json"));
    expect((await step()).rendered).toBe(1);
    expect(body("2010/hello.md").comments).toBeUndefined();
  });

  it("under the watcher, looks at the files it was told changed and at the posts that use them, nothing else", async () => {
    const png = fs.readFileSync(path.resolve("tests/fixtures/content/2020/images/dot.png"));
    write("a.md", post("A") + "\n![x](images/x.png)\n");
    write("b.md", post("B"));
    const watched = (...changed: string[]) =>
      runContentStep({ root, projectDir: project, site: settings, mdxComponents: staticMdxComponents, changed: new Set(changed) });
    await watched();
    expect(entry("a.md").warnings).toEqual(["a.md: image not found: images/x.png"]);

    // A change the watcher did not report is not looked for...
    write("b.md", post("B, unreported"));
    expect((await watched()).rendered).toBe(0);
    expect(entry("b.md").meta.title).toBe("B");
    // ...and one it did report is.
    write("b.md", post("B, reported"));
    expect((await watched("b.md")).rendered).toBe(1);
    expect(entry("b.md").meta.title).toBe("B, reported");

    // An image that appears renders again the posts that looked for it, and only those.
    write("images/x.png", "");
    fs.writeFileSync(path.join(root, "images/x.png"), png);
    expect((await watched("images/x.png")).rendered).toBe(1);
    expect(entry("a.md").warnings).toEqual([]);

    // A new post, and a deleted one, are found whatever the watcher says.
    write("c.md", post("C"));
    fs.rmSync(path.join(root, "b.md"));
    const result = await watched();
    expect(result.rendered).toBe(1);
    expect(manifest().posts.map((p) => p.relPath)).toEqual(["a.md", "c.md"]);
    expect(fs.existsSync(path.join(project, BODY_DIR, "b.md.json"))).toBe(false);
  });

  it("drops a deleted post's documents", async () => {
    write("a.md", post("A"));
    write("b.md", post("B"));
    await step();
    fs.rmSync(path.join(root, "b.md"));
    await step();
    expect(manifest().posts.map((p) => p.relPath)).toEqual(["a.md"]);
    expect(fs.existsSync(path.join(project, BODY_DIR, "b.md.json"))).toBe(false);
  });

  it("keeps bodies out of the manifest Contentlayer reads", async () => {
    write("a.md", post("A") + "\nA long body only the post page needs.\n");
    await step();
    expect(JSON.stringify(manifest())).not.toContain("only the post page needs");
    expect(body("a.md").html).toContain("only the post page needs");
  });

  it("keeps a broken post out of the mirror and files its problem under the slug it would have", async () => {
    write("2020/2020-01-01-broken.md", "---\ndate: 2020-02-30\n---\n\nNo title.\n");
    write("mdx-broken.mdx", post("MDX", "slug: mdx-custom\n") + "\n<Callout>\n");
    const result = await step();
    expect(manifest().posts).toEqual([]);
    const written = JSON.parse(fs.readFileSync(path.join(project, PROBLEMS_FILE), "utf8"));
    expect(written).toEqual(result.postProblems);
    expect(written[0]).toEqual({
      file: "2020/2020-01-01-broken.md",
      slug: "broken",
      lang: "en",
      lines: ["2020/2020-01-01-broken.md: title: is required", '2020/2020-01-01-broken.md: date: "2020-02-30" is not a real calendar date'],
    });
    expect(written[1].slug).toBe("mdx-custom");
    expect(written[1].lines[0]).toMatch(/^mdx-broken\.mdx: body: line \d+: MDX error: /);
  });

  it("copies the files beside posts, refreshes a changed one and removes a deleted one", async () => {
    write("a.md", post("A"));
    write("images/x.png", "first");
    write("files/notes.pdf", "pdf");
    const first = await step();
    expect(first.assets.copied).toBe(2);
    const served = (rel: string) => path.join(project, "public/_content", rel);
    expect(fs.readFileSync(served("images/x.png"), "utf8")).toBe("first");

    expect((await step()).assets.copied).toBe(0);
    write("images/x.png", "second, longer");
    fs.rmSync(path.join(root, "files/notes.pdf"));
    const later = await step();
    expect(later).toMatchObject({ assets: { copied: 1, removed: 1 } });
    expect(fs.readFileSync(served("images/x.png"), "utf8")).toBe("second, longer");
    expect(fs.existsSync(served("files"))).toBe(false);
  });

  it("ignores editor and system files", async () => {
    write("a.md", post("A"));
    write(".a.md.swp", "swap");
    write(".DS_Store", "x");
    write("a.md~", "backup");
    const result = await step();
    expect(result.posts).toBe(1);
    expect(result.assets.copied).toBe(0);
  });

  it("writes the redirect table of published posts only", async () => {
    write("a.md", post("A", "aliases: [/old-a/]\n"));
    write("b.md", post("B", "draft: true\naliases: [/old-b/]\n"));
    await step();
    const table = JSON.parse(fs.readFileSync(path.join(project, REDIRECTS_FILE), "utf8"));
    expect(table).toEqual([{ from: "/old-a", to: "/blog/a" }]);
  });

  it("checks and stores a post in another language, and indexes and redirects it in its own section", async () => {
    write("2014/europython.md", post("Europython", "aliases: [/ep/]\n"));
    write("2014/europython.fr.md", post("Europython en français", "aliases: [/ep-fr/]\n"));
    write("2014/bonjour.md", post("Bonjour", "lang: fr\n"));
    const languages = { defaultLanguage: "en", codes: ["en", "fr"] };
    const result = await runContentStep({ root, projectDir: project, site: settings, mdxComponents: staticMdxComponents, languages });
    expect(result.problems).toEqual([]);
    expect(manifest().posts.map((p) => [p.relPath, p.meta.slug, p.meta.lang])).toEqual([
      ["2014/bonjour.md", "bonjour", "fr"],
      ["2014/europython.fr.md", "europython", "fr"],
      ["2014/europython.md", "europython", "en"],
    ]);
    expect(body("2014/europython.fr.md").html).toContain("Body.");
    // One post in the English index, two in the French one.
    expect(result.search.indexed).toBe(3);
    expect(JSON.parse(fs.readFileSync(path.join(project, REDIRECTS_FILE), "utf8"))).toEqual([
      { from: "/ep", to: "/blog/europython" },
      { from: "/ep-fr", to: "/fr/blog/europython" },
    ]);
  });

  it("fails a post whose language the site does not declare, naming the codes allowed", async () => {
    write("a.de.md", post("A"));
    write("b.md", post("B", "lang: es\n"));
    const result = await runContentStep({
      root,
      projectDir: project,
      site: settings,
      mdxComponents: staticMdxComponents,
      languages: { defaultLanguage: "en", codes: ["en", "fr"] },
    });
    expect(result.problems.map(formatProblem)).toEqual([
      'a.de.md: lang: the file name\'s ".de" suffix is not a language of this site (allowed: en, fr)',
      'b.md: lang: "es" is not a language of this site (allowed: en, fr)',
    ]);
  });
});
