import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { contentPosts, isCorpus, publishedPosts, unpublishedSlugs } from "./content";

const hrefs = (html: string, prefix: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")).filter((h) => h.startsWith(prefix));

const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length;

/** Every same-origin `<img src>` of a page (remote images are not ours to check). */
const localImageSources = (html: string) =>
  [...html.matchAll(/<img\s[^>]*?\bsrc="([^"]+)"/g)]
    .map((m) => m[1].replace(/&amp;/g, "&"))
    .filter((src) => src.startsWith("/") && !src.startsWith("//"));

/** Requests every URL, at most `limit` at a time; returns the ones not answered 200. */
async function brokenUrls(request: APIRequestContext, urls: Iterable<string>, limit = 8) {
  const queue = [...urls];
  const broken: string[] = [];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      // Assets: HEAD is enough. Pages: GET, as a reader's browser does.
      const response = url.startsWith("/blog/") ? await request.get(url) : await request.head(url);
      if (response.status() !== 200) broken.push(`${url}: ${response.status()}`);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return broken;
}

async function getPage(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  expect(h1Count(html), `<h1> count on ${path}`).toBe(1);
  return html;
}

test("every published post is listed on /blog and every post page works", async ({ request }) => {
  test.setTimeout(180_000);
  if (isCorpus) expect(contentPosts).toHaveLength(195);

  // Walk /blog through its "Older posts" links, as a reader would.
  const listed: string[] = [];
  let next: string | undefined = "/blog";
  while (next) {
    const html = await getPage(request, next);
    listed.push(...hrefs(html, "/blog/").filter((h) => !h.startsWith("/blog/page/")));
    next = /<a[^>]*href="([^"]+)"[^>]*rel="next"/.exec(html)?.[1] ?? /<a[^>]*rel="next"[^>]*href="([^"]+)"/.exec(html)?.[1];
  }
  const unique = [...new Set(listed)];
  expect(unique).toHaveLength(publishedPosts.length);

  const tagLinks = new Set<string>();
  // Images, links to files beside posts (/_content/) and links between posts
  // (a post's source file resolves to its page), each checked once.
  const images = new Set<string>();
  const fileLinks = new Set<string>();
  const postLinks = new Set<string>();
  for (const path of unique) {
    const html = await getPage(request, path);
    for (const h of [...hrefs(html, "/tags/"), ...hrefs(html, "/categories/")]) tagLinks.add(h);
    for (const src of localImageSources(html)) images.add(src);
    for (const href of hrefs(html, "/_content/")) fileLinks.add(href.split("#")[0]);
    for (const href of hrefs(html, "/blog/")) postLinks.add(href.split("#")[0]);
  }
  const known = new Set(unique);
  // A link to a draft (one fixture post has one) is warned about at build time.
  const isDraft = (href: string) => unpublishedSlugs.has(decodeURIComponent(href.slice("/blog/".length)));
  const linkedPosts = [...postLinks].filter((href) => !known.has(href) && !href.startsWith("/blog/page/") && !isDraft(href));
  if (isCorpus) {
    // 202 images; the six link-wrapped GIFs of the MkDocs post among the file links.
    expect(images.size).toBeGreaterThan(150);
    expect([...fileLinks].filter((h) => h.endsWith(".gif")).length).toBeGreaterThanOrEqual(6);
  } else {
    expect(fileLinks.size).toBeGreaterThan(0);
  }
  expect(await brokenUrls(request, new Set([...images, ...fileLinks, ...linkedPosts])), "broken images and links on post pages").toEqual([]);

  // Every tag and category link resolves, and every tag page keeps one <h1>.
  for (const path of tagLinks) await getPage(request, path);
});

test("the tag and category indexes link every term with its count", async ({ request }) => {
  for (const index of ["/tags", "/categories"]) {
    const html = await getPage(request, index);
    const links = hrefs(html, `${index}/`);
    expect(links.length).toBeGreaterThan(0);
    for (const path of links.slice(0, 400)) await getPage(request, path);
  }
});
