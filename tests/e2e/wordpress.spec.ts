/**
 * A real WordPress blog brought over by `npm run import -- wordpress`
 * (scripts/e2e/content.ts importedWordpress) and built: what its readers and
 * feed subscribers get, on next start and as a static export under nginx.
 * What is expected is read from the export itself (E2E_WORDPRESS_EXPORT).
 */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { isNodeServer } from "./target";
import { readWxr, type WxrItem } from "../../lib/wordpress/wxr";

const exportFile = process.env.E2E_WORDPRESS_EXPORT ?? "";
const contentDir = process.env.CONTENT_DIR ?? "";
const pagesDir = process.env.PAGES_DIR ?? "";
const withUploads = process.env.E2E_WORDPRESS_UPLOADS === "1";

// The wordpress targets run this spec only when their export is there (scripts/e2e/targets.ts skips
// the whole target otherwise): here a missing export is a broken harness, never a quiet skip.
if (!exportFile || !fs.existsSync(exportFile)) throw new Error(`wordpress.spec.ts: no WordPress export at E2E_WORDPRESS_EXPORT (${exportFile || "unset"})`);

interface Imported {
  /** The export's item. */
  item: WxrItem;
  /** Its Quire address. */
  url: string;
  file: string;
  title: string;
}

/** The export's posts and pages, read by the import's reader, with where the import put them (matched by `/?p=ID` in aliases). */
async function load() {
  const items: WxrItem[] = [];
  for await (const event of readWxr(fs.createReadStream(exportFile, "utf8"), exportFile)) if (event.kind === "item") items.push(event.item);
  const files = (dir: string) =>
    fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".md")).map((f) => path.join(dir, f)) : [];
  const byAlias = new Map<string, { file: string; url: string; title: string }>();
  const draftUrls: string[] = [];
  for (const file of files(pagesDir)) if (matter(fs.readFileSync(file, "utf8")).data.draft) draftUrls.push(`/${path.basename(file, ".md")}`);
  for (const file of files(contentDir)) {
    const { data } = matter(fs.readFileSync(file, "utf8"));
    if (data.draft) draftUrls.push(`/blog/${encodeURIComponent(data.slug)}`);
    for (const alias of data.aliases ?? []) byAlias.set(alias, { file, url: `/blog/${encodeURIComponent(data.slug)}`, title: data.title });
  }
  for (const file of files(pagesDir)) {
    const { data } = matter(fs.readFileSync(file, "utf8"));
    for (const alias of data.aliases ?? []) byAlias.set(alias, { file, url: `/${path.basename(file, ".md")}`, title: data.title });
  }
  const isPublished = (i: WxrItem) => i.status === "publish" && !i.password;
  const imported = (type: string, key: string): Imported[] =>
    items.flatMap((item) => {
      const found = item.type === type && isPublished(item) ? byAlias.get(`/?${key}=${item.id}`) : undefined;
      return found ? [{ item, ...found }] : [];
    });
  const posts = imported("post", "p");
  const pages = imported("page", "page_id");
  const publishedTitles = new Set([...posts, ...pages].map((p) => p.title));
  const hidden = items
    .filter((i) => (i.type === "post" || i.type === "page") && !isPublished(i) && i.status !== "trash")
    .map((i) => i.title.trim())
    // A title a published post shares (a draft copy of it) is no leak; very short ones are common words.
    .filter((t) => t.length >= 8 && !publishedTitles.has(t));
  const raw = fs.readFileSync(exportFile, "utf8");
  const emails = [...new Set([...raw.matchAll(/<wp:(?:comment_author|author)_email>(?:<!\[CDATA\[)?([^<\]]+)/g)].map((m) => m[1].trim()))].filter(Boolean);
  const ips = [...new Set([...raw.matchAll(/<wp:comment_author_IP>(?:<!\[CDATA\[)?([^<\]]+)/g)].map((m) => m[1].trim()))].filter(Boolean);
  // An address the author wrote into a published post is theirs to show; every other must never appear.
  const published = items.filter((i) => isPublished(i)).map((i) => i.content).join("\n");
  const secrets = [...emails, ...ips].filter((secret) => !published.includes(secret));
  const publishedCount = items.filter((i) => i.type === "post" && isPublished(i)).length;
  return { items, posts, pages, hidden, secrets, publishedCount, draftUrls };
}

const data = exportFile && fs.existsSync(exportFile) ? load() : Promise.reject(new Error("no export"));
data.catch(() => undefined);

async function text(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

const FEEDS = ["/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml"];

test("every published post is imported and listed once in the archive", async ({ page }) => {
  const { posts, publishedCount } = await data;
  expect(posts).toHaveLength(publishedCount);
  await page.goto("/archive");
  const hrefs = await page.locator("main a[href^='/blog/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const post of posts) expect(hrefs.filter((h) => h === post.url), post.title).toHaveLength(1);
});

test("no draft, private or pending title on any page, feed or sitemap; their addresses are not found", async ({ request }) => {
  test.setTimeout(180_000);
  const { posts, pages, hidden, draftUrls } = await data;
  const urls = ["/", "/archive", "/blog", ...FEEDS, "/search.json", ...posts.map((p) => p.url), ...pages.map((p) => p.url)];
  for (const url of urls) {
    const body = await text(request, url);
    for (const title of hidden) expect(body.includes(title), `"${title}" on ${url}`).toBe(false);
  }
  // Not found, or (WordPress addresses, wordpressPermalinks) moved to the published post of that slug
  // (a static export's refresh page): never served.
  for (const url of draftUrls) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() === 200) expect(await response.text(), url).toMatch(/<meta http-equiv="refresh"/i);
    else expect([301, 308, 404], url).toContain(response.status());
  }
});

/** The old addresses of each published post and page: its permalink (`<link>`), or its `/?p=ID` / `/?page_id=ID`. */
function oldAddresses(entries: Imported[], kind: "permalink" | "query"): Array<{ old: string; entry: Imported }> {
  return entries.flatMap((entry) => {
    const link = new URL(entry.item.link, "http://x");
    const old =
      kind === "query" ? (entry.item.type === "page" ? `/?page_id=${entry.item.id}` : `/?p=${entry.item.id}`) : link.search ? "" : link.pathname;
    const same = decodeURI(old).replace(/\/$/, "") === decodeURI(entry.url);
    return old && old !== "/" && !same ? [{ old, entry }] : [];
  });
}

test("every old permalink leads to its post or page in one hop", async ({ request }) => {
  test.setTimeout(300_000);
  const { posts, pages } = await data;
  const addresses = oldAddresses([...posts, ...pages], "permalink");
  expect(addresses.length).toBeGreaterThan(0);
  for (const { old, entry } of addresses) {
    const response = await request.get(old, { maxRedirects: 0 });
    const answer = `${old} answers ${response.status()} ${response.headers().location ?? ""}`;
    if (isNodeServer) {
      expect([301, 308], answer).toContain(response.status());
      expect(decodeURI(response.headers().location ?? ""), old).toBe(decodeURI(entry.url));
    } else {
      // The export's page at the old path moves on at once (a refresh page); a redirect before
      // it (nginx's /x/ -> /x) would make two hops.
      expect(response.status(), answer).toBe(200);
      const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(await response.text())?.[1] ?? "";
      expect(decodeURI(refresh.replace(/&amp;/g, "&")), old).toBe(decodeURI(entry.url));
    }
  }
});

test("every /?p=ID and /?page_id=ID leads to its post or page in one hop", async ({ page, request }) => {
  test.setTimeout(300_000);
  const { posts, pages } = await data;
  for (const { old, entry } of oldAddresses([...posts, ...pages], "query")) {
    if (isNodeServer) {
      const response = await request.get(old, { maxRedirects: 0 });
      expect([301, 308], `${old} answers ${response.status()}`).toContain(response.status());
      expect(decodeURI(response.headers().location ?? ""), old).toBe(decodeURI(entry.url));
    } else {
      // A static host serves the home page for any query: its script moves on at once.
      await page.goto(old);
      await page.waitForURL((url) => decodeURI(url.pathname).replace(/\/$/, "") === decodeURI(entry.url), { timeout: 10_000 });
    }
  }
});

test("no shortcode or block debris in any post", async ({ request }) => {
  test.setTimeout(180_000);
  const { posts } = await data;
  for (const post of posts) {
    const html = await text(request, post.url);
    const article = html.slice(html.indexOf("<article"), html.lastIndexOf("</article>"));
    for (const debris of ["[caption", "[/caption]", "[gallery", "<!-- wp:", "&lt;!-- wp:", "[video", "[code", "[sourcecode", "[embed"]) {
      expect(article.includes(debris), `${debris} in ${post.url}`).toBe(false);
    }
  }
});

test("images a post uses are served by the site, or kept at their old address when the uploads are absent", async ({ page, request }) => {
  test.setTimeout(180_000);
  const { posts } = await data;
  let served = 0;
  let kept = 0;
  for (const post of posts) {
    const source = fs.readFileSync(post.file, "utf8");
    if (!source.includes("](images/") && !source.includes("/wp-content/uploads/")) continue;
    await page.goto(post.url);
    // Lazy images below the fold have not loaded: each is fetched as the browser would.
    const sources = await page.locator("article img").evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => img.src));
    for (const src of sources) {
      if (new URL(src).host === new URL(page.url()).host) {
        const response = await request.get(src);
        expect(response.status(), `${src} on ${post.url}`).toBe(200);
        expect(response.headers()["content-type"], src).toMatch(/^image\//);
        served += 1;
      } else if (src.includes("/wp-content/uploads/")) kept += 1;
    }
  }
  if (withUploads) expect(served).toBeGreaterThan(10);
  else {
    // Nothing to copy from: every upload is still shown, from the old site.
    expect(served).toBe(0);
    expect(kept).toBeGreaterThan(10);
  }
});

test("approved comments are under their posts, taken into the comments store, with no e-mail address or IP anywhere", async ({ page, request }) => {
  test.setTimeout(180_000);
  const { posts, secrets } = await data;
  const withComments = posts.filter((p) => fs.existsSync(p.file.replace(/\.md$/, ".comments.json")));
  const approved = posts.reduce((n, p) => n + p.item.comments.filter((c) => c.approved === "1" && !/pingback|trackback/.test(c.type)).length, 0);
  let shown = 0;
  for (const post of withComments) {
    const { comments } = JSON.parse(fs.readFileSync(post.file.replace(/\.md$/, ".comments.json"), "utf8")) as { comments: Array<{ id: string; author: string }> };
    await page.goto(post.url);
    await expect(page.locator("#comments-heading")).toContainText(String(comments.length));
    for (const comment of comments) {
      // The store's row, under the anchor the comment had on WordPress.
      const shownComment = page.locator(`#comment-${comment.id}`);
      await expect(shownComment, `${comment.id} on ${post.url}`).toContainText(comment.author);
      shown += 1;
    }
    if (isNodeServer) {
      // Taken into the store: readers may answer them, and the post takes new comments.
      expect(await page.locator('#comments details form input[name="parent"]').count(), post.url).toBeGreaterThan(0);
      await expect(page.locator("#comment-form form")).toHaveCount(1);
    } else {
      await expect(page.locator("#comments form")).toHaveCount(0);
      await expect(page.locator("#comments")).toContainText("Comments are closed on this copy of the site.");
    }
  }
  expect(shown).toBe(approved);
  expect(secrets.length).toBeGreaterThan(0);
  for (const url of ["/", ...FEEDS, ...withComments.map((p) => p.url)]) {
    const body = await text(request, url);
    for (const secret of secrets) expect(body.includes(secret), `${secret} on ${url}`).toBe(false);
  }
});

test("the feeds keep the export's GUIDs", async ({ request }) => {
  const { posts } = await data;
  const guidOf = new Map(posts.map((p) => [p.url, p.item.guid.trim()]));
  const rss = await text(request, "/feed.xml");
  const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]);
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const link = new URL(/<link>([^<]+)<\/link>/.exec(item)![1].replace(/&amp;/g, "&")).pathname;
    const guid = /<guid[^>]*>([^<]+)<\/guid>/.exec(item)?.[1].replace(/&amp;/g, "&");
    expect(guid, link).toBe(guidOf.get(link) ?? guidOf.get(encodeURI(decodeURI(link))));
  }
  const atom = await text(request, "/atom.xml");
  const ids = [...atom.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1].replace(/&amp;/g, "&"));
  expect(ids.length).toBe(items.length);
  for (const id of ids) expect([...guidOf.values()]).toContain(id);
});
