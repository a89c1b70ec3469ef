/**
 * The site served under a sub-path (BASE_PATH=/sub, `next start`): every
 * link, asset, feed URL, redirect and search result carries the prefix.
 * Runs only as the `basepath` target (see playwright.config.ts).
 */
import { test, expect } from "./fixtures";
import { isCorpus } from "./content";

const origin = "https://quire.example.com";

test("pages link, load images and navigate under the prefix", async ({ page }) => {
  const response = await page.goto("/sub");
  expect(response?.status()).toBe(200);
  const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(3);
  for (const href of hrefs) expect(href, href).toMatch(/^\/sub(\/|$)/);

  await page.goto("/sub/blog/europython-2014");
  await expect(page.locator("h1")).toHaveText("Europython 2014");
  const images = page.locator("article img");
  for (const img of await images.all()) {
    expect(await img.getAttribute("src")).toMatch(/^(\/sub\/|https?:)/);
  }
  const broken = await images.evaluateAll((list) =>
    list.filter((img) => (img as HTMLImageElement).src.includes("/sub/") && !(img as HTMLImageElement).naturalWidth).length,
  );
  expect(broken).toBe(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${origin}/sub/blog/europython-2014`);
});

test("the social card and the feeds use prefixed absolute URLs", async ({ page, request }) => {
  await page.goto("/sub/blog/europython-2014");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(new RegExp(`^${origin}/sub/_quire/og/[0-9a-f]{16}\\.png$`));
  const card = await request.get(new URL(og!).pathname);
  expect(card.headers()["content-type"]).toBe("image/png");

  const xml = await (await request.get("/sub/feed.xml")).text();
  expect(xml).toContain(`<atom:link href="${origin}/sub/feed.xml" rel="self"`);
  expect(xml).toContain(`<link>${origin}/sub/blog/`);
  expect(xml).not.toMatch(new RegExp(`${origin}/blog/`));
});

test("old URLs redirect within the prefix; unknown paths get the 404 page", async ({ request }) => {
  const moved = await request.get("/sub/europython-2014", { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(new URL(moved.headers()["location"], "http://x").pathname).toBe("/sub/blog/europython-2014");

  const missing = await request.get("/sub/no-such-page");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Page not found");
  expect((await request.get("/europython-2014", { maxRedirects: 0 })).status()).toBe(404);
});

test("search fetches its index under the prefix and links results there", async ({ page }) => {
  await page.goto("/sub/search?q=hintjens");
  await expect(page.getByRole("link", { name: "Europython 2014" })).toHaveAttribute("href", "/sub/blog/europython-2014");
});

test("links resolved from a post's files carry the prefix once and load", async ({ page, request }) => {
  // .md and .mdx render links differently (HTML string vs the MDX link component).
  const posts = isCorpus
    ? ["/sub/blog/create-beautiful-and-localized-documentations-and-websites-using-mkdocs-github"]
    : ["/sub/blog/writing-posts", "/sub/blog/welcome-to-quire"];
  const resolved: string[] = [];
  for (const post of posts) {
    await page.goto(post);
    const hrefs = await page.locator("article a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    resolved.push(...hrefs.filter((href) => /^\/sub\/(_content|blog)\/|^\/(_content|blog)\//.test(href)));
  }
  expect(resolved.length).toBeGreaterThan(isCorpus ? 5 : 2);
  for (const href of resolved) {
    expect(href, href).toMatch(/^\/sub\/(?!sub\/)/);
    expect((await request.head(href.split("#")[0])).status(), href).toBe(200);
  }
});

test("under the prefix, a trailing slash costs one redirect too", async ({ request }) => {
  for (const [from, to] of [
    ["/sub/europython-2014/", "/sub/blog/europython-2014"],
    ["/sub/blog/europython-2014/", "/sub/blog/europython-2014"],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(new URL(response.headers()["location"], "http://x").pathname, from).toBe(to);
  }
});

test("the French section lives under the prefix: switcher, alternates, feed, search and old URLs", async ({ page, request }) => {
  await page.goto("/sub/blog/europython-2014");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/sub\/fr\/blog\/europython-2014$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${origin}/sub/blog/europython-2014`);
  const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  for (const href of hrefs) expect(href, href).toMatch(/^\/sub(\/|$)/);

  const xml = await (await request.get("/sub/fr/feed.xml")).text();
  expect(xml).toContain(`<link>${origin}/sub/fr/blog/europython-2014</link>`);

  await page.goto("/sub/fr/search?q=rangee");
  await expect(page.getByRole("link", { name: "Un blog en deux langues" })).toHaveAttribute("href", "/sub/fr/blog/un-blog-en-deux-langues");

  const moved = await request.get("/sub/fr/un-blog-en-deux-langues", { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(new URL(moved.headers()["location"], "http://x").pathname).toBe("/sub/fr/blog/un-blog-en-deux-langues");
});
