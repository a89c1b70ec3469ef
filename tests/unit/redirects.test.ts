import { describe, expect, it } from "vitest";
import { findRedirect, legacyRedirects, normalizePath } from "@/lib/server/redirects";

const posts = [
  { slug: "europython-2014", aliases: ["/2014/08/01/europython-2014/", "/old/europython"] },
  { slug: "blog", aliases: [] },
];

describe("legacyRedirects", () => {
  it("redirects aliases, WordPress permalinks and the extra table to the post", () => {
    expect(
      legacyRedirects(posts, { wordpressPermalinks: true, redirects: [{ from: "/feed_rss_created.xml", to: "/feed.xml" }] }),
    ).toEqual([
      { from: "/2014/08/01/europython-2014", to: "/blog/europython-2014" },
      { from: "/old/europython", to: "/blog/europython-2014" },
      { from: "/europython-2014", to: "/blog/europython-2014" },
      { from: "/feed_rss_created.xml", to: "/feed.xml" },
    ]);
  });

  it("never lets a slug or alias shadow a real route", () => {
    const redirects = legacyRedirects([{ slug: "tags", aliases: ["/blog/x", "/"] }, ...posts], {
      wordpressPermalinks: true,
      redirects: [],
    });
    expect(redirects.map((r) => r.from)).not.toContain("/tags");
    expect(redirects.map((r) => r.from)).not.toContain("/blog");
    expect(redirects.map((r) => r.from)).not.toContain("/blog/x");
  });

  it("does nothing for slugs when WordPress permalinks are off", () => {
    expect(legacyRedirects([{ slug: "a", aliases: [] }], { wordpressPermalinks: false, redirects: [] })).toEqual([]);
  });
});

describe("paths", () => {
  it("normalizes trailing slashes, queries and encoding", () => {
    expect(normalizePath("/a/b/?x=1")).toBe("/a/b");
    expect(normalizePath("/caf%C3%A9/")).toBe("/café");
  });
});

describe("findRedirect", () => {
  const table = new Map(
    legacyRedirects(posts, { wordpressPermalinks: true, redirects: [{ from: "/feed_rss_created.xml", to: "/feed.xml" }] }).map(
      (r) => [r.from, r.to],
    ),
  );

  it("finds a path however the request spells it: trailing slash, percent-encoding", () => {
    expect(findRedirect(table, "/europython-2014/")).toBe("/blog/europython-2014");
    expect(findRedirect(table, "/europython-2014")).toBe("/blog/europython-2014");
    expect(findRedirect(table, "/2014/08/01/europython-2014/")).toBe("/blog/europython-2014");
    expect(findRedirect(table, "/feed_rss_created.xml")).toBe("/feed.xml");
  });

  it("leaves every other path alone", () => {
    expect(findRedirect(table, "/")).toBeUndefined();
    expect(findRedirect(table, "/nope")).toBeUndefined();
    expect(findRedirect(table, "/blog/europython-2014")).toBeUndefined();
  });
});
