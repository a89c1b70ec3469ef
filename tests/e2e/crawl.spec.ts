import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { contentPosts, isCorpus, publishedPosts } from "./content";

const hrefs = (html: string, prefix: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")).filter((h) => h.startsWith(prefix));

const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length;

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
  for (const path of unique) {
    const html = await getPage(request, path);
    for (const h of [...hrefs(html, "/tags/"), ...hrefs(html, "/categories/")]) tagLinks.add(h);
    for (const src of [...html.matchAll(/<img[^>]*src="(\/_content\/[^"]+)"/g)].map((m) => m[1])) {
      const image = await request.head(src);
      expect(image.status(), `${src} on ${path}`).toBe(200);
    }
  }

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
