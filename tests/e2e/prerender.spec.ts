/**
 * A build with `PRERENDER=2` (scripts/e2e.ts, target `prerender`): the two
 * newest posts are prerendered; any other post renders on its first request
 * and is served from the cache afterwards; a slug no post has stays a 404.
 */
import { expect, test } from "./fixtures";
import { publishedPosts } from "./content";
import { expectServerRendered404 } from "./not-found";

const old = publishedPosts[publishedPosts.length - 1];

test("a post outside the prerendered set is rendered on first request, then served from cache", async ({ request, page }) => {
  const url = `/blog/${encodeURIComponent(old.meta.slug)}`;
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
  const second = await request.get(url);
  expect(second.status()).toBe(200);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(old.meta.title);
});

test("a prerendered post is served from the cache on its first request", async ({ request }) => {
  const response = await request.get(`/blog/${encodeURIComponent(publishedPosts[0].meta.slug)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
});

for (const slug of ["no-such-post", "%E2%9C%93-nothing", "a".repeat(300)]) {
  test(`a slug no post has is the 404 page, twice: ${slug.slice(0, 20)}`, async ({ request }) => {
    for (let i = 0; i < 2; i += 1) {
      const response = await request.get(`/blog/${slug}`);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("Page not found");
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a slug no post has is the 404 page in its HTML, not a blank document", async ({ page }) => {
    await expectServerRendered404(page, "/blog/no-such-post");
  });
});

test("a site whose posts are all in one language has no other language's routes, links or alternates", async ({ page, request }) => {
  // site.config.ts declares French too, but no French post is published in this build.
  for (const path of ["/fr", "/fr/blog", "/fr/feed.xml", "/fr/search.json"]) expect((await request.get(path)).status(), path).toBe(404);
  await page.goto(`/blog/${encodeURIComponent(publishedPosts[0].meta.slug)}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await expect(page.locator('nav[aria-label="Language"]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(0);
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain("xhtml:link");
});
