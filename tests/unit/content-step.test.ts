import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import matter from "gray-matter";
import YAML from "yaml";
import { runContentStep } from "@/lib/content/step";
import { MIRROR_DIR } from "@/lib/content/mirror";
import { PROBLEMS_FILE } from "@/lib/content/problems";
import { REDIRECTS_FILE } from "@/lib/redirects";

const settings = { wordpressPermalinks: false, redirects: [] };
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
const step = () => runContentStep({ root, projectDir: project, site: settings });
const mirrored = (rel: string) => path.join(project, MIRROR_DIR, rel);
const post = (title: string, extra = "") => `---\ntitle: ${title}\ndate: 2020-01-01\n${extra}---\n\nBody.\n`;

describe("the content step", () => {
  it("hands Contentlayer every Windows-saved fixture with LF endings, parseable the way Contentlayer parses", async () => {
    fs.cpSync(path.join(fixtures, "crlf"), path.join(root, "crlf"), { recursive: true });
    const result = await step();
    expect(result.problems).toEqual([]);
    const names = fs.readdirSync(path.join(root, "crlf"));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const original = fs.readFileSync(path.join(root, "crlf", name), "utf8");
      expect(original, `${name} is a CRLF fixture`).toContain("\r\n");
      const text = fs.readFileSync(mirrored(`crlf/${name}`), "utf8");
      expect(text).not.toContain("\r");
      // Contentlayer's own parse: gray-matter with the yaml package.
      const parsed = matter(text, { engines: { yaml: (s: string) => YAML.parse(s) } });
      expect(typeof parsed.data.title).toBe("string");
    }
  });

  it("never changes the author's file", async () => {
    write("a.md", post("A").replace(/\n/g, "\r\n"));
    const before = fs.readFileSync(path.join(root, "a.md"));
    await step();
    expect(fs.readFileSync(path.join(root, "a.md")).equals(before)).toBe(true);
  });

  it("leaves an unchanged post's mirror untouched, so Contentlayer's cache keeps it", async () => {
    write("a.md", post("A"));
    await step();
    const old = new Date("2001-01-01T00:00:00Z");
    fs.utimesSync(mirrored("a.md"), old, old);
    const again = await step();
    expect(again.mirror.written).toBe(0);
    expect(fs.statSync(mirrored("a.md")).mtime.getTime()).toBe(old.getTime());
  });

  it("drops a deleted post from the mirror", async () => {
    write("a.md", post("A"));
    write("b.md", post("B"));
    await step();
    fs.rmSync(path.join(root, "b.md"));
    const result = await step();
    expect(result.mirror.removed).toBe(1);
    expect(fs.existsSync(mirrored("b.md"))).toBe(false);
    expect(fs.existsSync(mirrored("a.md"))).toBe(true);
  });

  it("keeps a broken post out of the mirror and files its problem under the slug it would have", async () => {
    write("2020/2020-01-01-broken.md", "---\ndate: 2020-02-30\n---\n\nNo title.\n");
    write("mdx-broken.mdx", post("MDX", "slug: mdx-custom\n") + "\n<Callout>\n");
    const result = await step();
    expect(fs.existsSync(mirrored("2020/2020-01-01-broken.md"))).toBe(false);
    expect(fs.existsSync(mirrored("mdx-broken.mdx"))).toBe(false);
    const written = JSON.parse(fs.readFileSync(path.join(project, PROBLEMS_FILE), "utf8"));
    expect(written).toEqual(result.postProblems);
    expect(written[0]).toEqual({
      file: "2020/2020-01-01-broken.md",
      slug: "broken",
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
});
