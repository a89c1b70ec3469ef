import Parser from "rss-parser";
import { expect, test } from "./fixtures";
import { publishedPosts } from "./content";
import { isNodeServer } from "./target";

const parser = new Parser({ customFields: { item: ["content:encoded"] } });
const FEED_ITEMS = 20;
const origin = "https://quire.example.com";
const localPath = (url: string) => new URL(url).pathname;
/** Quire sets exact feed types; a static file server picks its own (the export ships them in _headers). */
const expectType = (actual: string | undefined, exact: string, loose: RegExp) =>
  isNodeServer ? expect(actual).toBe(exact) : expect(actual).toMatch(loose);

test("the RSS feed follows RSS 2.0 and carries the newest posts in full", async ({ request }) => {
  const response = await request.get("/feed.xml");
  expectType(response.headers()["content-type"], "application/rss+xml; charset=utf-8", /xml/);
  const xml = await response.text();
  const feed = await parser.parseString(xml);

  expect(feed.title).toBeTruthy();
  expect(feed.link).toBe(`${origin}/`);
  expect(feed.description).toBeTruthy();
  expect(xml).toMatch(/<language>[a-z-]+<\/language>/);
  expect(xml).toContain(`<atom:link href="${origin}/feed.xml" rel="self"`);

  const expected = publishedPosts.slice(0, FEED_ITEMS).map((p) => p.meta.title);
  expect(feed.items.map((i) => i.title)).toEqual(expected);
  expect(new Set(feed.items.map((i) => i.guid)).size).toBe(feed.items.length);
  for (const item of feed.items) {
    expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(item.link).toMatch(new RegExp(`^${origin}/blog/`));
    const html: string = item["content:encoded"];
    expect(html.length).toBeGreaterThan(20);
    expect(html).not.toMatch(/\s(src|href)="\/(?!\/)/);
  }
  const dates = feed.items.map((i) => Date.parse(i.pubDate!));
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);

  // Every item link is a real page.
  for (const item of feed.items) expect((await request.get(localPath(item.link!))).status()).toBe(200);
});

test("Atom and JSON Feed carry the same posts", async ({ request }) => {
  const atom = await request.get("/atom.xml");
  expectType(atom.headers()["content-type"], "application/atom+xml; charset=utf-8", /xml/);
  const atomFeed = await parser.parseString(await atom.text());
  const json = await request.get("/feed.json");
  expectType(json.headers()["content-type"], "application/feed+json; charset=utf-8", /json/);
  const jsonFeed = await json.json();
  expect(jsonFeed.version).toBe("https://jsonfeed.org/version/1.1");

  const expected = publishedPosts.slice(0, FEED_ITEMS).map((p) => p.meta.title);
  expect(atomFeed.items.map((i) => i.title)).toEqual(expected);
  expect(jsonFeed.items.map((i: { title: string }) => i.title)).toEqual(expected);
});

test("each tag has its own feed of its published posts", async ({ request }) => {
  const response = await request.get("/tags/europython/feed.xml");
  expect(response.status()).toBe(200);
  const feed = await parser.parseString(await response.text());
  const expected = publishedPosts.filter((p) => p.meta.tags.some((t) => t.toLowerCase() === "europython"));
  expect(feed.items.map((i) => i.title)).toEqual(expected.map((p) => p.meta.title).slice(0, FEED_ITEMS));
});

test("every page advertises the feeds, and the footer links RSS", async ({ page }) => {
  for (const path of ["/", "/blog/europython-2014", "/tags/python"]) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", `${origin}/feed.xml`);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
    await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]')).toHaveCount(1);
  }
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "RSS feed" })).toHaveAttribute("href", "/feed.xml");
});

test("a post carries canonical, Open Graph, Twitter and JSON-LD metadata", async ({ page }) => {
  await page.goto("/blog/europython-2014");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${origin}/blog/europython-2014`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /europython 2014/i);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", "2014-08-01T00:00:00.000Z");
  await expect(page.locator('meta[property="article:tag"]')).toHaveCount(5);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveCount(1);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ "@type": "BlogPosting", headline: "Europython 2014", datePublished: "2014-08-01T00:00:00.000Z" });
});

test("the sitemap lists every published post and every URL in it works", async ({ request }) => {
  test.setTimeout(180_000);
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  for (const post of publishedPosts) expect(urls).toContain(`${origin}/blog/${encodeURIComponent(post.meta.slug)}`);
  for (const url of urls) expect((await request.get(localPath(url))).status(), url).toBe(200);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
});

test("old URLs redirect permanently to the post", async ({ request, page }) => {
  if (isNodeServer) {
    const cases: Array<[string, string]> = [
      ["/europython-2014", "/blog/europython-2014"],
      ["/feed_rss_created.xml", "/feed.xml"],
    ];
    for (const [from, to] of cases) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers().location, from).toBe(to);
    }
  } else {
    // A static export has no redirects: the old path is a page that moves on at once.
    const html = await (await request.get("/europython-2014")).text();
    expect(html).toContain('http-equiv="refresh" content="0; url=/blog/europython-2014"');
    expect(html).toContain(`<link rel="canonical" href="${origin}/blog/europython-2014"`);
    expect(html).toContain('<meta name="robots" content="noindex">');
  }
  await page.goto("/europython-2014/");
  await expect(page).toHaveURL(/\/blog\/europython-2014$/);
  await expect(page.locator("h1")).toHaveText("Europython 2014");
});

test("a post's social card is a generated 1200×630 PNG, cached for good", async ({ page, request }) => {
  await page.goto("/blog/europython-2014");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(new RegExp(`^${origin}/_quire/og/[0-9a-f]{16}\\.png$`));
  const response = await request.get(localPath(og!));
  expect(response.headers()["content-type"]).toBe("image/png");
  // Named by what it shows: a changed title gets a new name, so the old one may be kept for good.
  expect(response.headers()["cache-control"]).toContain("immutable");
  const png = await response.body();
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
});

test("a post's own front matter image is shared as a JPEG copy 1200 px wide", async ({ page, request }) => {
  await page.goto("/blog/a-cover-image");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(new RegExp(`^${origin}/_quire/img/[0-9a-f]{16}-card\\.jpg$`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const response = await request.get(localPath(og!));
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  expect(response.headers()["cache-control"]).toContain("immutable");
  // The original is 1600x900; JPEG keeps its size in a SOFn segment.
  const jpeg = await response.body();
  const sof = [...jpeg.entries()].findIndex(([i, b]) => b === 0xff && jpeg[i + 1] >= 0xc0 && jpeg[i + 1] <= 0xc2);
  expect([jpeg.readUInt16BE(sof + 7), jpeg.readUInt16BE(sof + 5)]).toEqual([1200, 675]);
});

test("a path with a trailing slash reaches its page in one permanent redirect", async ({ request }) => {
  // Any path with a trailing slash: one hop to the path without it. The Node
  // server also sends old URLs straight to their post; nginx (the export's
  // server, deploy/nginx.conf) serves an old path's refresh page, slash and
  // all, which moves on at once.
  const cases: Array<[string, string]> = [
    ["/blog/europython-2014/", "/blog/europython-2014"],
    ["/tags/", "/tags"],
    ...(isNodeServer
      ? ([
          ["/europython-2014/", "/blog/europython-2014"],
          ["/feed/", "/feed.xml"],
          ["/2001/01/02/creme-brulee/", `/blog/${encodeURIComponent("café-crème-brûlée")}`],
        ] as Array<[string, string]>)
      : []),
  ];
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(isNodeServer ? 308 : 301);
    expect(response.headers().location, from).toBe(to);
  }
  if (!isNodeServer) {
    const moved = await request.get("/europython-2014/", { maxRedirects: 0 });
    expect(moved.status()).toBe(200);
    expect(await moved.text()).toContain('http-equiv="refresh" content="0; url=/blog/europython-2014"');
  }
  // Files are served as they are.
  expect((await request.get("/robots.txt", { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get("/blog/europython-2014", { maxRedirects: 0 })).status()).toBe(200);
});
