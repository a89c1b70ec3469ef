import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildCollection } from "@/lib/data/collection";
import { readLatestPosts, readPostRecord } from "@/lib/data/store";
import { readManifest } from "@/lib/data/documents";
import { RECORD_DIR, writePostRecords } from "@/lib/build/records";
import { relatedPosts } from "@/lib/data/related";
import { runContentStep } from "@/lib/build/step";
import { staticMdxComponents } from "@/components/mdx/static-components";

const settings = { wordpressPermalinks: false, redirects: [], title: "Test", language: "en" };
const now = new Date("2024-06-01T00:00:00Z");

let project: string;
let root: string;
beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-records-"));
  root = path.join(project, "posts");
  fs.mkdirSync(root);
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

const write = (rel: string, title: string, date: string, extra = "") =>
  fs.writeFileSync(path.join(root, rel), `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\nBody of ${title}.\n`);
const step = () => runContentStep({ root, projectDir: project, site: settings, mdxComponents: staticMdxComponents, now });
const dir = () => path.join(project, RECORD_DIR);
const record = (slug: string) => readPostRecord(slug, dir());
const collection = () =>
  buildCollection(
    [...readManifest(project).values()].map((post) => ({ post })),
    { now },
  );

describe("post records (lib/build/records.ts)", () => {
  beforeEach(async () => {
    write("alpha.md", "Alpha", "2024-01-01");
    write("bravo.md", "Bravo", "2024-02-01", "tags: [x, y]\n");
    write("été.md", "Été", "2024-03-01");
    write("draft.md", "Draft", "2024-04-01", "draft: true\n");
    write("scheduled.md", "Scheduled", "2030-01-01");
    await step();
  });

  it("hold for each published post exactly what the production collection holds, neighbours included", () => {
    const { bySlug } = collection();
    expect(bySlug.size).toBe(3);
    const all = collection();
    for (const [slug, expected] of bySlug) {
      expect(record(slug)).toEqual(JSON.parse(JSON.stringify({ ...expected, related: relatedPosts(expected, all) })));
    }
    expect(record("bravo")).toMatchObject({ title: "Bravo", tags: ["x", "y"], previous: { slug: "alpha" }, next: { slug: "été" } });
  });

  it("have nothing for a draft, a scheduled post or a slug no post has", () => {
    expect(record("draft")).toBeUndefined();
    expect(record("scheduled")).toBeUndefined();
    expect(record("../../etc/passwd")).toBeUndefined();
    expect(record("")).toBeUndefined();
  });

  it("keep the related lists of the last run when only a body changed, and compute them again when tags did", async () => {
    const file = path.join(project, ".contentlayer/quire-related.json");
    const old = new Date("2001-01-01T00:00:00Z");
    fs.utimesSync(file, old, old);
    fs.appendFileSync(path.join(root, "bravo.md"), "\nA new paragraph.\n");
    await step();
    expect(fs.statSync(file).mtime.getTime()).toBe(old.getTime());
    write("alpha.md", "Alpha", "2024-01-01", "tags: [x]\n");
    await step();
    expect(fs.statSync(file).mtime.getTime()).not.toBe(old.getTime());
    expect(record("alpha")!.related).toEqual([{ slug: "bravo", title: "Bravo", day: "2024-02-01" }]);
    expect(record("bravo")!.related).toEqual([{ slug: "alpha", title: "Alpha", day: "2024-01-01" }]);
  });

  it("list the newest posts for the 404 page", () => {
    expect(readLatestPosts(dir()).map((p) => p.slug)).toEqual(["été", "bravo", "alpha"]);
  });

  it("are rewritten only where something changed: a new post, its neighbours and the newest posts", async () => {
    const snapshot = () => new Map(fs.readdirSync(dir()).map((name) => [name, fs.readFileSync(path.join(dir(), name), "utf8")]));
    const before = snapshot();
    const hashes = new Map([...readManifest(project).values()].map((e) => [e.relPath, e.hash]));
    expect(writePostRecords(project, collection(), (relPath) => hashes.get(relPath)!).written).toBe(0);
    write("between.md", "Between", "2024-01-15");
    await step();
    const after = snapshot();
    const changed = [...after].filter(([name, text]) => before.get(name) !== text).map(([name, text]) => (name === "latest.json" ? "latest" : JSON.parse(text).slug));
    // Between is also one of the three newest posts now.
    expect(changed.sort()).toEqual(["alpha", "between", "bravo", "latest"]);
    expect(record("between")).toMatchObject({ previous: { slug: "alpha" }, next: { slug: "bravo" } });
    expect(record("alpha")!.next!.slug).toBe("between");

    fs.rmSync(path.join(root, "between.md"));
    await step();
    expect(record("between")).toBeUndefined();
    expect(record("alpha")!.next!.slug).toBe("bravo");
    expect(fs.readdirSync(dir()).length).toBe(4);
  });
});
