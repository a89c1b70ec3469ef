import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-store-"));
const file = path.join(dir, "quire-posts.json");
const write = (titles: string[], mtime: number) => {
  // The post index as the content step writes it (lib/data/documents.ts).
  fs.writeFileSync(file, JSON.stringify({ posts: titles.map((title) => ({ title })) }));
  fs.utimesSync(file, mtime, mtime);
};

async function freshStore() {
  vi.resetModules();
  return import("@/lib/data/store");
}

afterEach(() => vi.unstubAllEnvs());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("readPostDocuments", () => {
  it("reads the documents once in production, whatever happens to the file later", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { readPostDocuments } = await freshStore();
    write(["a"], 1000);
    const first = readPostDocuments(file);
    expect(first).toEqual([{ post: { title: "a" } }]);
    write(["a", "b"], 2000);
    expect(readPostDocuments(file)).toBe(first);
  });

  it("re-reads in development when the content watcher rewrites the file", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const { readPostDocuments } = await freshStore();
    write(["a"], 1000);
    const first = readPostDocuments(file);
    expect(readPostDocuments(file)).toBe(first);
    write(["a", "b"], 2000);
    expect(readPostDocuments(file)).toEqual([{ post: { title: "a" } }, { post: { title: "b" } }]);
  });

  it("keeps serving the last complete read while the file is missing or cut short", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const { readPostDocuments } = await freshStore();
    write(["a"], 1000);
    expect(readPostDocuments(file)).toEqual([{ post: { title: "a" } }]);
    fs.rmSync(file);
    expect(readPostDocuments(file)).toEqual([{ post: { title: "a" } }]);
    fs.writeFileSync(file, '{"posts":[{"title"');
    expect(readPostDocuments(file)).toEqual([{ post: { title: "a" } }]);
    write(["a", "b"], 3000);
    expect(readPostDocuments(file)).toHaveLength(2);
  });

  it("says which command to run when the content was never built", async () => {
    const { readPostDocuments } = await freshStore();
    expect(() => readPostDocuments(path.join(dir, "missing.json"))).toThrow(/npm run content/);
  });
});

describe("readPostBody", () => {
  const bodies = path.join(dir, "bodies");
  const body = { html: "<p>Hi</p>", hasCode: false, toc: [], source: "Hi", references: [] };
  fs.mkdirSync(path.join(bodies, "2024"), { recursive: true });
  fs.writeFileSync(path.join(bodies, "2024", "hi.md.json"), JSON.stringify(body));

  it("reads one post's body from its own file", async () => {
    const { readPostBody } = await freshStore();
    expect(readPostBody("2024/hi.md", { dir: bodies })).toEqual(body);
    expect(readPostBody("2024/hi.md", { dir: bodies, optional: true })).toEqual(body);
  });

  it("names the missing file and the command to run, or says nothing is there when asked to", async () => {
    const { readPostBody } = await freshStore();
    expect(() => readPostBody("2024/gone.md", { dir: bodies })).toThrow(/gone\.md\.json is missing: run `npm run content`/);
    expect(readPostBody("2024/gone.md", { dir: bodies, optional: true })).toBeUndefined();
  });
});
