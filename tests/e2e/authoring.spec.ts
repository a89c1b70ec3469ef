/**
 * Posts as authors save them: the fixture posts under tests/fixtures/content
 * (built beside the corpus by scripts/e2e.ts) were saved with Windows line
 * endings, with every front matter shape YAML allows.
 */
import { expect, test } from "./fixtures";
import { isNodeServer } from "./target";

const windowsPosts = [
  { slug: "crlf-lists", title: "Saved on Windows: lists", tags: ["windows", "line endings"], categories: ["Tools"] },
  { slug: "crlf-nested", title: "Saved on Windows: nested maps", tags: ["windows", "nested"], categories: [] },
  { slug: "crlf-block-scalars", title: "Saved on Windows: block scalars", tags: ["windows"], categories: [] },
  { slug: "crlf-mdx", title: "Saved on Windows: MDX", tags: ["windows"], categories: [] },
];

for (const post of windowsPosts) {
  test(`a post saved with Windows line endings renders: ${post.slug}`, async ({ page }) => {
    const response = await page.goto(`/blog/${post.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(post.title);
    const tags = page.getByRole("list", { name: "Tags" }).getByRole("link");
    await expect(tags).toHaveText(post.tags.map((tag) => `#${tag}`));
    if (post.categories.length) {
      await expect(page.getByRole("list", { name: "Categories" }).getByRole("link")).toHaveText(post.categories);
    }
    // No carriage return leaks into the page as text.
    expect(await page.locator("article").evaluate((el) => el.textContent?.includes("\r"))).toBe(false);
  });
}

test("a block-scalar summary written on Windows becomes the description", async ({ page }) => {
  await page.goto("/blog/crlf-block-scalars");
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description?.replace(/\s+/g, " ").trim()).toBe("A literal block summary, written over two lines.");
  await expect(page.locator("pre")).toContainText("indented code saved on Windows\nsecond line");
});

test("an MDX post saved on Windows runs its expressions and components", async ({ page }) => {
  await page.goto("/blog/crlf-mdx");
  await expect(page.locator("article")).toContainText("2 is two");
  await expect(page.locator("article")).toContainText("A callout inside an MDX post with Windows line endings.");
});

test("a Windows-saved table and list render as a table and a list", async ({ page }) => {
  await page.goto("/blog/crlf-nested");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("cell", { name: "value" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "value" })).toBeVisible();
  await page.goto("/blog/crlf-lists");
  await expect(page.locator("article ul li", { hasText: "two" })).toBeVisible();
});

test("an alias written with a trailing slash reaches its post in one hop", async ({ request }) => {
  const response = await request.get("/old/crlf-lists/", { maxRedirects: 0 });
  if (isNodeServer) {
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location, "http://x").pathname).toBe("/blog/crlf-lists");
  } else {
    // A static host: the export leaves a page at the old path, slash and all
    // (out/old/crlf-lists/index.html, which deploy/nginx.conf serves before
    // stripping a slash), that moves on at once: one hop.
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('http-equiv="refresh" content="0; url=/blog/crlf-lists"');
    // Without the slash, the same page.
    expect(await (await request.get("/old/crlf-lists", { maxRedirects: 0 })).text()).toContain('url=/blog/crlf-lists"');
  }
});
