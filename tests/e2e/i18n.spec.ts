/**
 * A bilingual build: English (the default, no prefix) and French under
 * /fr. The `start`, `standalone` and `export` targets build the corpus with
 * the sample blog's French posts (scripts/e2e/content.ts), the `vercel`
 * target the sample blog itself. What a French reader sees, page by page.
 */
import Parser from "rss-parser";
import { expect, test } from "./fixtures";
import { publishedPosts } from "./content";

const origin = "https://quire.example.com";
const en = "/blog/europython-2014";
const fr = "/fr/blog/europython-2014";
const frenchOnly = "/fr/blog/un-blog-en-deux-langues";

test("/fr lists French posts only, in French, under <html lang=fr>", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle("Quire");
  const posts = await page.locator("main article h3 a, main li h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(posts.sort()).toEqual([fr, frenchOnly].sort());
  await expect(page.getByRole("link", { name: "Tous les articles →" })).toHaveAttribute("href", "/fr/blog");
  // The header speaks French and stays in the section.
  const nav = page.getByRole("navigation", { name: "Principale" });
  await expect(nav.getByRole("link", { name: "Archives" })).toHaveAttribute("href", "/fr/archive");
  await expect(nav.getByRole("link", { name: "Mots-clés" })).toHaveAttribute("href", "/fr/tags");
  // A configured link keeps its address and takes the language's label (site.config.ts navLabels).
  await expect(nav.getByRole("link", { name: "À propos" })).toHaveAttribute("href", "/about");

  await page.goto("/fr/blog");
  await expect(page.locator("h1")).toHaveText("Tous les articles");
  await expect(page.locator("main")).toContainText("2 articles, du plus récent au plus ancien.");
  // The English list has no French post.
  await page.goto("/blog");
  await expect(page.locator(`main a[href^="/fr/"]`)).toHaveCount(0);
  await expect(page.locator("main")).toContainText(`${publishedPosts.length} posts`);
});

test("the switcher round-trips between the two Europython pages, as plain links", async ({ page }) => {
  await page.goto(en);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const toFrench = page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" });
  await expect(toFrench).toHaveAttribute("hreflang", "fr");
  await toFrench.click();
  await expect(page).toHaveURL(new RegExp(`${fr}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("main")).toContainText("J’ai eu la chance de participer");
  await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`${en}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a post without a translation switches to the other language's home, never a 404", async ({ page, request }) => {
  await page.goto(frenchOnly);
  const toEnglish = page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" });
  await expect(toEnglish).toHaveAttribute("href", "/");
  // Every switcher link of the French pages answers 200.
  for (const path of ["/fr", "/fr/blog", "/fr/archive", "/fr/tags", "/fr/tags/i18n", frenchOnly, fr]) {
    await page.goto(path);
    const hrefs = await page.locator('nav[aria-label="Langue"] a').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length, path).toBeGreaterThan(0);
    for (const href of hrefs) expect((await request.get(href)).status(), `${path} -> ${href}`).toBe(200);
  }
});

test("hreflang pairs are reciprocal, with x-default, canonical and Open Graph locales", async ({ page }) => {
  const alternates = async (path: string) => {
    await page.goto(path);
    return Object.fromEntries(
      await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])),
    );
  };
  const pair = { en: `${origin}${en}`, fr: `${origin}${fr}`, "x-default": `${origin}${en}` };
  expect(await alternates(en)).toEqual(pair);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_US");
  expect(await alternates(fr)).toEqual(pair);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${origin}${fr}`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fr_FR");
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute("content", "en_US");
  // A post in one language names no other.
  expect(await alternates(frenchOnly)).toEqual({});
  // List pages pair with their counterpart.
  expect(await alternates("/fr/blog")).toEqual({ en: `${origin}/blog`, fr: `${origin}/fr/blog`, "x-default": `${origin}/blog` });
});

test("French pages write dates, reading time and the post's furniture in French", async ({ page }) => {
  await page.goto(fr);
  await expect(page.locator('article time[datetime="2014-08-01"]').first()).toHaveText("1 août 2014");
  await expect(page.locator("article")).toContainText("min de lecture");
  await expect(page.locator("main")).toContainText("Sommaire");
  await expect(page.getByRole("link", { name: "#europython" })).toHaveAttribute("href", "/fr/tags/europython");
  await page.goto("/fr/archive");
  await expect(page.locator("h1")).toHaveText("Archives");
  // French punctuation: a no-break space before the colon.
  await page.goto("/fr/tags/i18n");
  expect(await page.locator("h1").textContent()).toBe("Mot-clé\u00a0: i18n");
});

test("/fr/feed.xml is a French RSS feed of French posts only; /feed.xml has none", async ({ request }) => {
  const parser = new Parser();
  const french = await parser.parseString(await (await request.get("/fr/feed.xml")).text());
  expect(french.link).toBe(`${origin}/fr`);
  expect((french as unknown as { language?: string }).language).toBe("fr");
  expect(french.items.map((item) => item.link).sort()).toEqual([`${origin}${fr}`, `${origin}${frenchOnly}`].sort());
  const english = await parser.parseString(await (await request.get("/feed.xml")).text());
  expect(english.items.length).toBeGreaterThan(2);
  for (const item of english.items) expect(item.link).not.toContain("/fr/");
  const json = (await (await request.get("/fr/feed.json")).json()) as { language: string; items: Array<{ url: string }> };
  expect(json.language).toBe("fr");
  expect(json.items).toHaveLength(2);
  expect((await request.get("/fr/atom.xml")).status()).toBe(200);
  // Cached like the default language's feeds and index, by Next and by deploy/nginx.conf alike.
  for (const path of ["/fr/feed.xml", "/fr/search.json", "/fr/tags/i18n/feed.xml"]) {
    expect((await request.get(path)).headers()["cache-control"], path).toContain("max-age=900");
  }
  const tag = await parser.parseString(await (await request.get("/fr/tags/i18n/feed.xml")).text());
  expect(tag.items.map((item) => item.link)).toEqual([`${origin}${frenchOnly}`]);
});

test("the French search finds a word only a French post has, from the French index", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("/fr");
  await expect(page.locator('button[data-shortcuts="ready"]')).toHaveCount(1);
  await page.keyboard.press("/");
  const input = page.getByRole("combobox", { name: "Rechercher dans les articles" });
  await expect(input).toBeFocused();
  // "rangée", typed without its accent.
  await input.pressSequentially("rangee");
  const first = page.getByRole("option").first();
  await expect(first).toContainText("Un blog en deux langues");
  expect(requests).toContain("/fr/search.json");
  expect(requests).not.toContain("/search.json");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${frenchOnly}$`));

  // The English search does not know the French post.
  await page.goto(`/search?q=rangee`);
  await expect(page.locator("main").getByText(/No posts match\.|\d+ results?/)).toBeVisible();
  await expect(page.locator('main a[href^="/fr/"]')).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("Un blog en deux langues");
});

test("the sitemap lists each page once, with its translations as alternates", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(new Set(urls).size).toBe(urls.length);
  for (const path of [en, fr, frenchOnly, "/fr", "/fr/blog"]) expect(urls).toContain(`${origin}${path}`);
  const entry = (loc: string) => xml.split("<url>").find((block) => block.includes(`<loc>${loc}</loc>`))!;
  for (const own of [en, fr]) {
    expect(entry(`${origin}${own}`)).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${origin}${fr}" />`);
    expect(entry(`${origin}${own}`)).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${origin}${en}" />`);
  }
  expect(entry(`${origin}${frenchOnly}`)).not.toContain("xhtml:link");
});

test("an unknown French address is the 404 page", async ({ request }) => {
  for (const path of ["/fr/blog/no-such-post", "/fr/tags/no-such-tag", "/fr/blog/page/99", "/de", "/de/blog"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("an unknown French address gets the 404 page in French, with the French header, even without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/fr/no-such-page", "/fr/blog/no-such-post", "/fr/a/b/c"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "fr");
    await expect(page.locator("h1"), path).toHaveText("Page introuvable");
    await expect(page, path).toHaveTitle("Page introuvable · Quire");
    await expect(page.getByRole("heading", { level: 2, name: "Derniers articles" }), path).toBeVisible();
    // The header's links stay in the French section.
    await expect(page.locator('header a[href="/fr/archive"]').first(), path).toBeAttached();
  }
  // Any other unknown address keeps the default language's.
  const response = await page.goto("/no-such-section/x");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("Page not found");
  await context.close();
});

test("a French post shows the author's French bio and links (site.config.ts bio: { en, fr })", async ({ page }) => {
  await page.goto(fr);
  const card = page.locator("article").getByText("Écrit sur Linux, Python");
  await expect(card).toBeVisible();
  await expect(page.locator("article").getByText("Writes about Linux")).toHaveCount(0);
  await expect(page.locator("article").getByRole("link", { name: "Site web" })).toBeVisible();
  await page.goto(en);
  await expect(page.locator("article").getByText("Writes about Linux, Python")).toBeVisible();
});
