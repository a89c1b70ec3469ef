import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { absolutizeHtml, renderFeed, type FeedChannel, type FeedEntry } from "@/lib/web/feeds";

const channel: FeedChannel = {
  title: "Quire & <Friends>",
  description: "A blog",
  home: "https://example.com/",
  language: "en",
  author: { name: "Ann" },
  links: { rss: "https://example.com/feed.xml", atom: "https://example.com/atom.xml", json: "https://example.com/feed.json" },
};

const hostile = 'Ampersand & <b>tags</b> ]]> "quotes" </script><script>alert(1)</script>';
const entries: FeedEntry[] = [
  {
    title: "Older",
    url: "https://example.com/blog/older",
    published: new Date("2020-01-01T00:00:00Z"),
    summary: "old",
    html: '<p>See <a href="/blog/newer">newer</a> and <img src="/_content/a.png"> and <a href="#fn1">1</a></p>',
    tags: ["python"],
    authors: [],
  },
  {
    title: hostile,
    url: "https://example.com/blog/hostile",
    published: new Date("2021-06-01T12:00:00Z"),
    summary: hostile,
    html: `<p>${hostile}</p>`,
    tags: ["C++", "a&b"],
    authors: ["Bob"],
  },
];

const parser = new Parser({ customFields: { item: ["content:encoded"] } });

describe("RSS 2.0", () => {
  const xml = renderFeed(channel, entries, "rss");

  it("is valid XML with the required channel elements and a self link", async () => {
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe("Quire & <Friends>");
    expect(feed.link).toBe("https://example.com/");
    expect(feed.description).toBe("A blog");
    expect(xml).toContain('<atom:link href="https://example.com/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain("<language>en</language>");
  });

  it("lists items newest first with RFC 822 dates and unique guids", async () => {
    const feed = await parser.parseString(xml);
    expect(feed.items.map((i) => i.link)).toEqual(["https://example.com/blog/hostile", "https://example.com/blog/older"]);
    expect(feed.items[0].pubDate).toBe("Tue, 01 Jun 2021 12:00:00 GMT");
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(2);
  });

  it("keeps hostile titles and bodies intact and escaped", async () => {
    const feed = await parser.parseString(xml);
    expect(feed.items[0].title).toBe(hostile);
    expect(feed.items[0]["content:encoded"]).toBe(`<p>${hostile}</p>`);
    expect(feed.items[0].categories).toEqual(["C++", "a&b"]);
  });

  it("carries full content with absolute links and images", async () => {
    const feed = await parser.parseString(xml);
    const html = feed.items[1]["content:encoded"];
    expect(html).toContain('href="https://example.com/blog/newer"');
    expect(html).toContain('src="https://example.com/_content/a.png"');
    expect(html).toContain('href="https://example.com/blog/older#fn1"');
  });

  it("is identical when nothing changed", () => {
    expect(renderFeed(channel, entries, "rss")).toBe(xml);
  });
});

describe("Atom 1.0", () => {
  it("parses, with entries newest first", async () => {
    const xml = renderFeed(channel, entries, "atom");
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe("Quire & <Friends>");
    expect(feed.items.map((i) => i.title)).toEqual([hostile, "Older"]);
    expect(xml).toContain('<category label="a&amp;b" term="a&amp;b"/>');
  });
});

describe("JSON Feed 1.1", () => {
  it("is valid JSON in version 1.1 with authors lists", () => {
    const json = JSON.parse(renderFeed(channel, entries, "json"));
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.language).toBe("en");
    expect(json.feed_url).toBe("https://example.com/feed.json");
    expect(json.items[0]).toMatchObject({ title: hostile, url: "https://example.com/blog/hostile", authors: [{ name: "Bob" }] });
    expect(json.items[0].content_html).toBe(`<p>${hostile}</p>`);
  });
});

describe("a post's identifier in feeds", () => {
  const imported: FeedEntry = {
    title: "Imported",
    url: "https://example.com/blog/imported",
    guid: "http://old.example.com/?p=123&lang=en",
    published: new Date("2010-05-03T12:22:00Z"),
    summary: "from WordPress",
    html: "<p>Hi</p>",
    tags: [],
    authors: [],
  };
  const both = [imported, entries[0]];

  it("is the post's URL, a permalink, in RSS when it has no guid of its own", async () => {
    const xml = renderFeed(channel, [entries[0]], "rss");
    expect(xml).toContain('<guid isPermaLink="true">https://example.com/blog/older</guid>');
    expect((await parser.parseString(xml)).items[0].guid).toBe("https://example.com/blog/older");
  });

  it("is the kept guid, not a permalink, in RSS", async () => {
    const xml = renderFeed(channel, both, "rss");
    expect(xml).toContain('<guid isPermaLink="false">http://old.example.com/?p=123&amp;lang=en</guid>');
    const feed = await parser.parseString(xml);
    expect(feed.items.map((i) => i.guid)).toEqual(["https://example.com/blog/older", "http://old.example.com/?p=123&lang=en"]);
    expect(feed.items[1].link).toBe("https://example.com/blog/imported");
  });

  it("is the kept guid as the Atom entry's id, the URL otherwise", async () => {
    const feed = await parser.parseString(renderFeed(channel, both, "atom"));
    expect(feed.items.map((i) => (i as { id?: string }).id)).toEqual(["https://example.com/blog/older", "http://old.example.com/?p=123&lang=en"]);
  });

  it("is the kept guid as the JSON Feed item's id, the URL otherwise", () => {
    const json = JSON.parse(renderFeed(channel, both, "json"));
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(["https://example.com/blog/older", "http://old.example.com/?p=123&lang=en"]);
    expect(json.items[1].url).toBe("https://example.com/blog/imported");
  });

  it("is a permalink again when the guid is the post's own URL", () => {
    const xml = renderFeed(channel, [{ ...imported, guid: imported.url }], "rss");
    expect(xml).toContain('<guid isPermaLink="true">https://example.com/blog/imported</guid>');
  });
});

describe("absolutizeHtml", () => {
  it("leaves absolute and special URLs alone", () => {
    const html = '<a href="https://x.org/">x</a><a href="mailto:a@b.c">m</a><img src="//cdn.x/a.png">';
    expect(absolutizeHtml(html, "https://example.com/blog/p")).toBe(html);
  });

  it("makes each candidate of a picture's srcset absolute, keeping its width", () => {
    const html = '<picture><source type="image/avif" srcset="/_quire/img/a-480.avif 480w, /_quire/img/a-1024.avif 1024w"><img src="/_content/a.jpg"></picture>';
    expect(absolutizeHtml(html, "https://example.com/blog/p")).toBe(
      '<picture><source type="image/avif" srcset="https://example.com/_quire/img/a-480.avif 480w, https://example.com/_quire/img/a-1024.avif 1024w"><img src="https://example.com/_content/a.jpg"></picture>',
    );
  });
});
