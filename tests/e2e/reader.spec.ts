import { expect, test } from "./fixtures";
import { publishedPosts } from "./content";

test("the home page lists the newest post", async ({ page }) => {
  await page.goto("/");
  const newest = publishedPosts[0].meta.title;
  await expect(page.getByRole("link", { name: newest, exact: true })).toBeVisible();
  await expect(page.locator("h1")).toHaveCount(1);
});

test.describe("the Europython 2014 post", () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto("/blog/europython-2014");
    expect(response?.status()).toBe(200);
  });

  test("shows its title once, as the only <h1>", async ({ page }) => {
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText("Europython 2014");
    await expect(page).toHaveTitle(/Europython 2014/);
  });

  test("shows the date as written, machine-readable", async ({ page }) => {
    await expect(page.locator('article time[datetime="2014-08-01"]').first()).toHaveText("August 1, 2014");
  });

  test("links its five tags and its category", async ({ page }) => {
    const tags = page.getByRole("list", { name: "Tags" }).getByRole("link");
    await expect(tags).toHaveCount(5);
    for (const tag of ["consul", "europython", "python", "uwsgi", "zeromq"]) {
      await expect(tags.filter({ hasText: `#${tag}` })).toHaveAttribute("href", `/tags/${tag}`);
    }
    const category = page.getByRole("list", { name: "Categories" }).getByRole("link");
    await expect(category).toHaveText("linux");
    await expect(category).toHaveAttribute("href", "/categories/linux");
  });

  test("displays its image with its real size", async ({ page }) => {
    const img = page.locator("article img").first();
    await img.scrollIntoViewIfNeeded();
    await expect(img).toHaveAttribute("width", "1024");
    await expect(img).toHaveAttribute("height", "576");
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  });

  test("has a table of contents and previous/next navigation", async ({ page }) => {
    const toc = page.getByRole("navigation", { name: "Contents" });
    await expect(toc.getByRole("link", { name: "ZeroMQ" })).toHaveAttribute("href", "#zeromq");
    await expect(page.getByRole("navigation", { name: "More posts" }).getByRole("link").first()).toBeVisible();
  });

  test("is listed on its tag page and its category page", async ({ page }) => {
    await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "#europython" }).click();
    await expect(page).toHaveURL(/\/tags\/europython$/);
    await expect(page.getByRole("link", { name: "Europython 2014", exact: true })).toBeVisible();
    await page.goto("/categories/linux");
    await expect(page.locator("h1")).toContainText("linux");
  });
});

test("an unknown URL shows the 404 page with navigation", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("the theme toggle switches to dark and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.getByRole("button", { name: /switch to dark theme/i }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});
