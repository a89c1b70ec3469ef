import { expect, test } from "./fixtures";
import { publishedPosts } from "./content";
import { SEARCH_FILES_PATH, searchShardPath, searchTextPath } from "../../lib/web/urls";

test("search opens with the keyboard, finds a body-only word and Enter opens the post", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("/blog");
  await page.waitForLoadState("networkidle");
  // Keyboard shortcuts work once the page is hydrated.
  await expect(page.locator('button[data-shortcuts="ready"]')).toHaveCount(1);
  // Nothing of search is loaded with the page.
  expect(requests.filter((p) => p.startsWith("/search") || p.startsWith(SEARCH_FILES_PATH))).toEqual([]);

  await page.keyboard.press("/");
  const input = page.getByRole("combobox", { name: "Search posts" });
  await expect(input).toBeFocused();
  await input.pressSequentially("hintjens");
  const first = page.getByRole("option").first();
  await expect(first).toContainText("Europython 2014");
  await expect(first.locator("mark").first()).toHaveText(/hintjens/i);
  // The date as every list shows it.
  await expect(first.locator('time[datetime="2014-08-01"]')).toHaveText("August 1, 2014");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/blog\/europython-2014$/);
  await expect(page.locator("h1")).toHaveText("Europython 2014");
});

test("Ctrl+K opens search and Escape closes it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('button[data-shortcuts="ready"]')).toHaveCount(1);
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog", { name: "Search posts" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("arrow keys move through results", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('button[data-shortcuts="ready"]')).toHaveCount(1);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("combobox", { name: "Search posts" }).fill("post");
  const options = page.getByRole("option");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
});

test("a query is text, never markup", async ({ page }) => {
  let alerted = false;
  page.on("dialog", (d) => {
    alerted = true;
    void d.dismiss();
  });
  const hostile = "<img src=x onerror=alert(1)>";
  await page.goto(`/search?${new URLSearchParams({ q: hostile })}`);
  await expect(page.getByRole("searchbox")).toHaveValue(hostile);
  await page.waitForTimeout(500);
  expect(await page.locator("main img").count()).toBe(0);
  expect(alerted).toBe(false);
});

test("/search?q= shows results as links", async ({ page }) => {
  await page.goto("/search?q=hintjens");
  await expect(page.getByRole("link", { name: "Europython 2014" })).toHaveAttribute("href", "/blog/europython-2014");
});

test("every published post is findable by a word of its body", async ({ request }) => {
  test.setTimeout(120_000);
  const manifest = await (await request.get("/search.json")).json();
  expect(manifest.posts).toHaveLength(publishedPosts.length);
  for (const entry of manifest.posts) {
    expect(entry.title).toBeTruthy();
    expect(entry.url).toMatch(/^\/blog\//);
  }
  // For each post, its longest body word must find it (the title, for posts without text) through the same query code the browser runs.
  const { tokenize } = await import("../../lib/search/tokenize");
  const { runQuery } = await import("../../lib/search/query");
  const shards = new Map<string, Promise<Record<string, number[]>>>();
  const load = (key: string) => {
    if (!shards.has(key)) shards.set(key, request.get(searchShardPath(key)).then((r) => r.json()));
    return shards.get(key)!;
  };
  for (const [index, post] of (manifest.posts as Array<{ title: string } | null>).entries()) {
    if (!post) continue;
    const text = await (await request.get(searchTextPath(index))).text();
    // Photo posts have no body text; their title must find them then.
    const words = tokenize(text).length ? tokenize(text) : tokenize(post.title);
    const word = words.reduce((a, b) => (b.length > a.length ? b : a));
    const hits = await runQuery(`${word} `, manifest, load, manifest.posts.length);
    expect(hits.map((h) => h.index), `${post.title} by "${word}"`).toContain(index);
  }
});
