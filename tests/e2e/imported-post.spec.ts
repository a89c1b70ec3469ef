/**
 * What the site does with a post the WordPress import wrote (the fixture
 * tests/fixtures/content/2010/2010-05-03-imported-from-wordpress.md and its
 * comments file): its comments under it, its old addresses (`/?p=4242`, and
 * WordPress's usual ones: site.config.ts `wordpressPermalinks`), its old feed id.
 */
import { expect, test } from "./fixtures";
import { isNodeServer } from "./target";

const POST = "/blog/imported-from-wordpress";
const origin = "https://quire.example.com";

/** A Location header as a path (origin dropped, percent-encoding decoded), to compare with an expected path. */
const asPath = (location: string | undefined) => {
  const url = new URL(location ?? "", "http://placeholder");
  return decodeURIComponent(`${url.pathname}${url.search}${url.hash}`);
};

test("an imported post shows its comments, threaded, as plain HTML with no e-mail, IP or script", async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(POST);
  const section = page.getByRole("region", { name: "4 comments" });
  await expect(section).toBeVisible();
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("4 comments");

  // Threads: Ann's comment holds Bob's reply, which holds Ann's answer; the fourth stands alone.
  const top = section.locator(":scope > ol > li");
  await expect(top).toHaveCount(2);
  await expect(top.nth(0).locator(":scope > article")).toContainText("Thanks, this saved my day.");
  const reply = top.nth(0).locator(":scope > ol > li");
  await expect(reply).toHaveCount(1);
  await expect(reply.locator(":scope > article")).toContainText("Bob Replier");
  await expect(reply.locator(":scope > ol > li > article")).toContainText("Glad it helped.");

  const author = top.nth(0).locator(":scope > article").getByRole("link", { name: "Ann Commenter" });
  await expect(author).toHaveAttribute("href", "https://ann.example/");
  await expect(author).toHaveAttribute("rel", "ugc nofollow noopener");
  await expect(top.nth(0).locator("time").first()).toHaveAttribute("datetime", "2010-05-03T16:00:00+02:00");
  await expect(section.getByRole("link", { name: "here" })).toHaveAttribute("rel", "ugc nofollow noopener");
  await expect(reply.locator("blockquote")).toHaveText("saved my day");

  // The hostile comment is text: its author's name as written, no link, no image, no script run.
  const hostile = top.nth(1);
  await expect(hostile).toContainText("<script>alert('author')</script>");
  await expect(hostile.locator("a[href^='javascript:'], img, script")).toHaveCount(0);
  await expect(hostile).toContainText("A click here and there.");
  expect(dialogs).toEqual([]);

  const html = await (await request.get(POST)).text();
  for (const secret of ["ann.commenter@private.example", "bob@private.example", "192.0.2.44", "private.example"]) {
    expect(html, secret).not.toContain(secret);
  }
  // The file itself is never served beside the post's images.
  const served = await request.get("/_content/_fixtures/2010/2010-05-03-imported-from-wordpress.comments.json");
  expect(served.status()).toBe(404);
});

test("a post without comments has no comments section", async ({ page }) => {
  await page.goto("/blog/hello-world");
  await expect(page.locator("#comments")).toHaveCount(0);
});

test("/?p=4242 leads to the imported post in one hop; the home page's other queries stay home", async ({ page, request }) => {
  if (isNodeServer) {
    const moved = await request.get("/?p=4242", { maxRedirects: 0 });
    expect(moved.status()).toBe(308);
    expect(asPath(moved.headers().location)).toBe(POST);
    const kept = await request.get("/?utm_source=feed&p=4242", { maxRedirects: 0 });
    expect(kept.status()).toBe(308);
    expect(asPath(kept.headers().location)).toBe(`${POST}?utm_source=feed`);
    for (const path of ["/?utm_source=feed", "/?p=999999", "/?p=abc"]) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
    }
  } else {
    // A static host serves the home page whatever the query: its script moves on before it renders.
    const home = await (await request.get("/?p=4242")).text();
    expect(home).toMatch(/<head><script>\(function\(\)\{var m=\{[^}]*"\?p=4242":"\/blog\/imported-from-wordpress"/);
  }
  await page.goto("/?p=4242");
  await expect(page).toHaveURL(new RegExp(`${POST}$`));
  await expect(page.locator("h1")).toHaveText("Imported from WordPress");
  await page.goto("/?utm_source=feed");
  await expect(page).toHaveURL(/\/\?utm_source=feed$/);
  await page.goto("/?p=999999");
  await expect(page).toHaveURL(/\/\?p=999999$/);
});

test("WordPress's usual addresses lead to Quire's pages", async ({ page, request }) => {
  const cases: Array<[string, string]> = [
    ["/feed/rss2", "/feed.xml"],
    ["/feed/atom", "/atom.xml"],
    ["/comments/feed", "/feed.xml"],
    ["/category/general-imports", "/categories/général-imports"],
    ["/category/parent/general-imports", "/categories/général-imports"],
    ["/tag/c-tricks", "/tags/c++-tricks"],
    ["/tag/wp-import/feed", "/tags/wp-import/feed.xml"],
    ["/author/ann", "/"],
    ["/2010/05/03", "/archive#month-2010-05"],
    ["/2010/05", "/archive#month-2010-05"],
    ["/2010", "/archive#year-2010"],
    ["/page/2", "/blog/page/2"],
  ];
  for (const [from, to] of cases) {
    if (isNodeServer) {
      // One 308, with or without WordPress's trailing slash.
      for (const path of [from, `${from}/`]) {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(308);
        expect(asPath(response.headers().location), path).toBe(to);
      }
    } else if (from !== "/category/parent/general-imports") {
      // A refresh page at the old path (nginx drops a trailing slash first).
      const html = await (await request.get(from)).text();
      expect(decodeURIComponent(html.replace(/&amp;/g, "&")), from).toContain(`http-equiv="refresh" content="0; url=${to}"`);
    }
  }
  await page.goto("/2010/05/");
  await expect(page).toHaveURL(/\/archive#month-2010-05$/);
  await expect(page.locator("#month-2010-05")).toBeVisible();
  await expect(page.locator("#month-2010-05")).toContainText("2010");
});

test("the imported post keeps its WordPress guid in feeds", async ({ request }) => {
  const xml = await (await request.get("/tags/wp-import/feed.xml")).text();
  expect(xml).toContain('<guid isPermaLink="false">http://old.example.com/?p=4242</guid>');
  expect(xml).toContain(`<link>${origin}${POST}</link>`);
});
