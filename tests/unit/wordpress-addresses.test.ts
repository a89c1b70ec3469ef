import { describe, expect, it } from "vitest";
import { findRedirect, legacyRedirects, type RedirectSettings } from "@/lib/server/redirects";
import { wordpressSlugs } from "@/lib/web/slugs";

const settings: RedirectSettings = {
  wordpressPermalinks: true,
  redirects: [],
  postsPerPage: 2,
  author: { name: "Quire Author", id: "quire-author" },
  authors: { "quire-author": { name: "Quire Author" }, ann: { name: "Ann Example" } },
};
const post = (slug: string, day: string, extra: { categories?: string[]; tags?: string[]; authors?: string[]; aliases?: string[]; lang?: string } = {}) => ({
  slug,
  aliases: extra.aliases ?? [],
  lang: extra.lang,
  date: { day },
  categories: extra.categories ?? [],
  tags: extra.tags ?? [],
  authors: extra.authors ?? [],
});
const posts = [
  post("hello", "2010-05-03", { categories: ["Général", "Linux Kernel"], tags: ["C++", "Straßen & Wege"], authors: ["ann"] }),
  post("second", "2010-05-20", { categories: ["Général"], tags: ["python"], authors: ["bob"] }),
  post("third", "2011-01-02", { categories: ["Übung"], authors: ["Ann Example"] }),
  // A post whose slug is a WordPress address: the post keeps it.
  post("2011", "2012-02-02", { aliases: ["/tag/python"] }),
  post("bonjour", "2013-03-03", { categories: ["Français seulement"], lang: "fr" }),
];
const withLanguages = { ...settings, languages: [{ code: "en", isDefault: true }, { code: "fr", isDefault: false }] };
const table = new Map(legacyRedirects(posts, withLanguages).map((r) => [r.from, r.to]));
const to = (path: string) => findRedirect(table, path);

describe("WordPress's slugs (lib/web/slugs wordpressSlugs)", () => {
  it("are sanitize_title's: accents off, punctuation dropped, spaces to hyphens; Quire's own slug too", () => {
    expect(wordpressSlugs("Général")).toEqual(["general", "général"]);
    expect(wordpressSlugs("C++")).toEqual(["c", "c++"]);
    expect(wordpressSlugs("Linux Kernel")).toEqual(["linux-kernel"]);
    expect(wordpressSlugs("Straßen & Wege")).toEqual(["strassen-wege", "straßen-&-wege"]);
    expect(wordpressSlugs("Übung")).toEqual(["ubung", "uebung", "übung"]);
    expect(wordpressSlugs("node.js 2.0")).toEqual(["node-js-2-0", "node.js-2.0"]);
    expect(wordpressSlugs("Привет мир")).toEqual(["привет-мир"]);
  });
});

describe("WordPress's usual addresses (wordpressPermalinks)", () => {
  it("send the feeds to Quire's", () => {
    expect(["/feed/", "/feed/rss2/", "/feed/atom/", "/comments/feed/"].map(to)).toEqual(["/feed.xml", "/feed.xml", "/atom.xml", "/feed.xml"]);
  });

  it("send a category, nested or not, to its page, by WordPress's slug or Quire's", () => {
    expect(to("/category/general/")).toBe("/categories/g%C3%A9n%C3%A9ral");
    expect(to("/category/g%C3%A9n%C3%A9ral/")).toBe("/categories/g%C3%A9n%C3%A9ral");
    expect(to("/category/linux-kernel")).toBe("/categories/linux-kernel");
    expect(to("/category/linux/linux-kernel/")).toBe("/categories/linux-kernel");
    expect(to("/category/a/b/general/")).toBe("/categories/g%C3%A9n%C3%A9ral");
    expect(to("/category/uebung/")).toBe("/categories/%C3%BCbung");
    expect(to("/category/unknown/")).toBeUndefined();
    expect(to("/category/general/unknown/")).toBeUndefined();
  });

  it("send a tag and its feed to the tag's page and feed", () => {
    expect(to("/tag/c/")).toBe("/tags/c%2B%2B");
    expect(to("/tag/strassen-wege/")).toBe(`/tags/${encodeURIComponent("straßen-&-wege")}`);
    expect(to("/tag/c/feed/")).toBe("/tags/c%2B%2B/feed.xml");
  });

  it("send an author to their page, or home when they have none", () => {
    expect(to("/author/ann/")).toBe("/authors/ann");
    expect(to("/author/ann-example/")).toBe("/authors/ann");
    expect(to("/author/bob/")).toBe("/");
    expect(to("/author/nobody/")).toBeUndefined();
  });

  it("send a year, month or day to the archive at that period, for periods with posts only", () => {
    expect(to("/2010/")).toBe("/archive#year-2010");
    expect(to("/2010/05/")).toBe("/archive#month-2010-05");
    expect(to("/2010/05/20/")).toBe("/archive#month-2010-05");
    expect(to("/2010/06/")).toBeUndefined();
    expect(to("/2009/")).toBeUndefined();
  });

  it("send /page/N to the blog's page N, up to the last", () => {
    // Four posts in the default language, two a page.
    expect(["/page/1/", "/page/2/"].map(to)).toEqual(["/blog", "/blog/page/2"]);
    expect(to("/page/3/")).toBeUndefined();
  });

  it("never take a post's slug or alias, and leave another language's terms alone", () => {
    expect(to("/2011")).toBe("/blog/2011");
    expect(to("/tag/python/")).toBe("/blog/2011");
    expect(to("/category/francais-seulement/")).toBeUndefined();
  });

  it("are none when the setting is off", () => {
    const off = legacyRedirects(posts, { ...settings, wordpressPermalinks: false });
    expect(off.map((r) => r.from)).toEqual(["/tag/python"]);
  });
});
