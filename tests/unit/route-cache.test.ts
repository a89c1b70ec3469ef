/**
 * lib/server/route-cache.mjs: when a cached post page counts as rendered.
 * Next's file-system cache is replaced by a fake that stamps each entry
 * with the time it was written, as the real one does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("next/dist/server/lib/incremental-cache/file-system-cache.js", () => {
  class FakeFileSystemCache {
    static entries = new Map<string, { lastModified: number; value: unknown }>();
    async get(key: string) {
      return FakeFileSystemCache.entries.get(key) ?? null;
    }
    async set(key: string, value: unknown) {
      FakeFileSystemCache.entries.set(key, { lastModified: Date.now(), value });
    }
  }
  return { default: FakeFileSystemCache };
});

const { default: RouteCache, noteCommentsRead, PROCESS_STARTED } = await import("@/lib/server/route-cache.mjs");
const { default: FakeFileSystemCache } = (await import("next/dist/server/lib/incremental-cache/file-system-cache.js")) as unknown as {
  default: { entries: Map<string, { lastModified: number; value: unknown }> };
};

/** How Next 16 keys a page's entry: namespace, build, then the path. */
const KEY = (path: string) => `/route-cache/APP_PAGE/92f768094a81d9e88d/$${path}`;
const page = (html: string) => ({ kind: "APP_PAGE", status: 200, html });
const WITH_COMMENTS = '<main><section id="comments" aria-labelledby="comments-heading"><h2>3 comments</h2></section></main>';

describe("the cache of rendered pages (lib/server/route-cache.mjs)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeFileSystemCache.entries.clear();
  });
  afterEach(() => vi.useRealTimers());

  it("dates a post page from when its render read the comments, not from when it was stored", async () => {
    // A render reads the comments at 1000, a comment is stored (and the page revalidated) at 1500,
    // the render's page is stored at 2000: it lacks that comment, so it must count as older than 1500.
    const cache = new RouteCache();
    vi.setSystemTime(PROCESS_STARTED + 1000);
    noteCommentsRead(["/blog/a", "/blog/ä"], Date.now());
    vi.setSystemTime(PROCESS_STARTED + 2000);
    await cache.set(KEY("/blog/a"), page(WITH_COMMENTS), {});
    const entry = await cache.get(KEY("/blog/a"), {});
    expect(entry.lastModified).toBe(PROCESS_STARTED + 1000);
    // The next render of the page is dated by its own read.
    vi.setSystemTime(PROCESS_STARTED + 3000);
    noteCommentsRead(["/blog/a"], Date.now());
    vi.setSystemTime(PROCESS_STARTED + 3500);
    await cache.set(KEY("/blog/a"), page(WITH_COMMENTS), {});
    expect((await cache.get(KEY("/blog/a"), {})).lastModified).toBe(PROCESS_STARTED + 3000);
    // A key that is the path alone (Next before 16) works the same.
    vi.setSystemTime(PROCESS_STARTED + 4000);
    noteCommentsRead(["/blog/a"], Date.now());
    vi.setSystemTime(PROCESS_STARTED + 4500);
    await cache.set("/blog/a", page(WITH_COMMENTS), {});
    expect((await cache.get("/blog/a", {})).lastModified).toBe(PROCESS_STARTED + 4000);
  });

  it("keeps the stored time of a page no render read comments for", async () => {
    const cache = new RouteCache();
    vi.setSystemTime(PROCESS_STARTED + 5000);
    await cache.set(KEY("/tags/x"), page("<main>tag</main>"), {});
    expect((await cache.get(KEY("/tags/x"), {})).lastModified).toBe(PROCESS_STARTED + 5000);
  });

  it("renders a post page with comments again when an earlier server process stored it", async () => {
    // Comments stored while it ran may never have reached the page (its revalidations died with it: a restart, kill -9).
    FakeFileSystemCache.entries.set(KEY("/blog/b"), { lastModified: PROCESS_STARTED - 60_000, value: page(WITH_COMMENTS) });
    FakeFileSystemCache.entries.set(KEY("/blog/c"), { lastModified: PROCESS_STARTED - 60_000, value: page("<main>no comments here</main>") });
    const cache = new RouteCache();
    expect((await cache.get(KEY("/blog/b"), {})).lastModified).toBe(-1);
    expect((await cache.get(KEY("/blog/c"), {})).lastModified).toBe(PROCESS_STARTED - 60_000);
  });
});
