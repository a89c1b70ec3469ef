// Quire's own answers to bad requests and its headers: run against the Node
// servers only (playwright.config.ts leaves this file out for the static
// export, where the static file server answers in its own way).
import { expect, test } from "./fixtures";
import { expectServerRendered404 } from "./not-found";

test("hostile and malformed URLs get the 404 page, never a 500", async ({ request }) => {
  const paths = [
    "/blog/%",
    "/blog/%E0%A4%A",
    "/blog/%C0%AF",
    "/blog/%00",
    "/blog/..%2f..%2fetc%2fpasswd",
    `/blog/${"a".repeat(10_000)}`,
    "/blog/日本語のページ",
    "/tags/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/tags/%",
    "/blog/page/0",
    "/blog/page/999999",
    "/blog/page/%",
    "/categories/nope/page/2",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const body = await response.text();
    expect(body, path).toContain("Page not found");
    expect(body, path).not.toContain("<script>alert(1)");
    expect(body, path).not.toContain("root:x:0:0");
  }
});


test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  // Posts render on request for a slug outside generateStaticParams; the
  // other lists' addresses are all listed, and any other is Next's 404 route.
  const paths: Array<[string, "en" | "fr"]> = [
    ["/blog/no-such-post", "en"],
    ["/fr/blog/no-such-post", "fr"],
    ["/tags/no-such-tag", "en"],
    ["/categories/no-such-category", "en"],
    ["/series/no-such-series", "en"],
    ["/authors/no-such-author", "en"],
    ["/blog/page/999", "en"],
    ["/fr/tags/no-such-tag", "fr"],
    ["/no-such-page", "en"],
  ];
  for (const [path, lang] of paths) {
    test(`an address no page has is the 404 page in its HTML: ${path}`, async ({ page }) => {
      await expectServerRendered404(page, path, lang);
    });
  }
});

test("with JavaScript, a post address no post has keeps the 404 page the server sent", async ({ page }) => {
  const response = await page.goto("/blog/no-such-post");
  expect(response?.status()).toBe(404);
  // By then the browser has rendered the page's scripts, which draw the 404 view again.
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Latest posts" })).toBeVisible();
});

test("other methods on pages and feeds never get a 500 or a body of another page", async ({ request }) => {
  for (const path of ["/", "/blog/europython-2014", "/feed.xml", "/search.json"]) {
    const head = await request.head(path);
    expect(head.status(), `HEAD ${path}`).toBe(200);
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"] as const) {
      const response = await request.fetch(path, { method, data: method === "POST" ? "<x>" : undefined });
      expect([200, 204, 400, 404, 405], `${method} ${path}`).toContain(response.status());
      expect(await response.text(), `${method} ${path}`).not.toContain("<x>");
    }
  }
});

test("HTML in a query string is never reflected", async ({ request }) => {
  const response = await request.get("/blog?q=%3Cscript%3Ealert(1)%3C/script%3E");
  expect(response.status()).toBe(200);
  expect(await response.text()).not.toContain("<script>alert(1)</script>");
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/blog/europython-2014", "/feed.xml", "/no-such-page", "/_content/2014/images/IMG_20140725_161445-1024x576.jpg"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["permissions-policy"], path).toBeTruthy();
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("hashed assets are cached for good", async ({ request, page }) => {
  await page.goto("/");
  const script = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
  const headers = (await request.get(script!)).headers();
  expect(headers["cache-control"]).toContain("immutable");
});
