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

describe("WordPress's query addresses on the home page (/?p=123, /?page_id=9)", () => {
  const imported = [
    { slug: "hello", aliases: ["/2010/05/03/hello/", "/?p=123"] },
    { slug: "about-us", aliases: ["/?page_id=9"] },
  ];
  const table = new Map(legacyRedirects(imported, { wordpressPermalinks: false, redirects: [] }).map((r) => [r.from, r.to]));

  it("are kept in the table with their id, not as the home page", () => {
    expect([...table]).toEqual([
      ["/2010/05/03/hello", "/blog/hello"],
      ["/?p=123", "/blog/hello"],
      ["/?page_id=9", "/blog/about-us"],
    ]);
    expect(normalizePath("/?p=0123")).toBe("/?p=123");
    expect(normalizePath("/?utm_source=x")).toBe("/");
  });

  it("find their post however the query is written", () => {
    expect(findRedirect(table, "/", "?p=123")).toBe("/blog/hello");
    expect(findRedirect(table, "/", "?utm_source=feed&p=123")).toBe("/blog/hello");
    expect(findRedirect(table, "/", "?page_id=9")).toBe("/blog/about-us");
    expect(findRedirect(table, "/", "?page_id=9&p=")).toBe("/blog/about-us");
  });

  it("leave the home page's other queries, unknown ids and other paths alone", () => {
    expect(findRedirect(table, "/", "")).toBeUndefined();
    expect(findRedirect(table, "/", "?utm_source=feed")).toBeUndefined();
    expect(findRedirect(table, "/", "?p=124")).toBeUndefined();
    expect(findRedirect(table, "/", "?p=abc")).toBeUndefined();
    expect(findRedirect(table, "/", "?s=123")).toBeUndefined();
    expect(findRedirect(table, "/hello", "?p=999")).toBeUndefined();
    expect(findRedirect(table, "/2010/05/03/hello/", "?p=999")).toBe("/blog/hello");
  });

  it("are never taken for `/` itself by an alias without an id", () => {
    const redirects = legacyRedirects([{ slug: "x", aliases: ["/?s=word", "/?p=", "/"] }], { wordpressPermalinks: false, redirects: [] });
    expect(redirects).toEqual([]);
  });
});

describe("standalone pages' old addresses", () => {
  it("redirect to the page, after the posts' claims, and never from a route", () => {
    const table = legacyRedirects(
      [{ slug: "hello", aliases: ["/?p=9"] }],
      { wordpressPermalinks: false, redirects: [] },
      [{ path: "/about", aliases: ["/?page_id=9", "/?p=9", "/about-us/", "/tags/x"] }],
    );
    expect(table).toEqual([
      { from: "/?p=9", to: "/blog/hello" },
      { from: "/?page_id=9", to: "/about" },
      { from: "/about-us", to: "/about" },
    ]);
  });
});
