import { expect, test } from "./fixtures";
import { codePosts, isCorpus, publishedPosts } from "./content";

test("the home page lists the posts marked featured apart, then the newest", async ({ page }) => {
  const featured = publishedPosts.filter((p) => p.meta.featured);
  // The fixture "Hello World" is marked featured.
  expect(featured.length).toBeGreaterThan(0);
  await page.goto("/");
  const section = page.getByRole("region", { name: "Featured" });
  await expect(section.getByRole("heading", { level: 3 })).toHaveText(featured.map((p) => p.meta.title));
  await expect(page.getByRole("heading", { level: 2, name: "Latest posts" })).toBeVisible();
  // Each featured post is listed once on the page.
  for (const post of featured) await expect(page.getByRole("heading", { level: 3, name: post.meta.title, exact: true })).toHaveCount(1);
});

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

  test("keeps its table of contents beside the body at 1440 px, marking the section being read", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const toc = page.getByRole("navigation", { name: "Contents" });
    const body = page.locator("article .prose").first();
    const tocBox = (await toc.boundingBox())!;
    const bodyBox = (await body.boundingBox())!;
    expect(tocBox.x).toBeGreaterThanOrEqual(bodyBox.x + bodyBox.width);
    expect(tocBox.x + tocBox.width).toBeLessThanOrEqual(1440);
    // No sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    await page.locator("#zeromq").scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, document.getElementById("zeromq")!.getBoundingClientRect().top - 10));
    const link = toc.getByRole("link", { name: "ZeroMQ" });
    await expect(link).toHaveAttribute("aria-current", "location");
    await expect(toc.locator("[aria-current]")).toHaveCount(1);
    // Still in view, far down the post.
    const box = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
  });

  test("shows its table of contents above the body at 390 px, folded until opened", async ({ page }) => {
    // Opened on a phone (the contents open by themselves only where they are a column beside the text).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const toc = page.getByRole("navigation", { name: "Contents" });
    const link = toc.getByRole("link", { name: "ZeroMQ" });
    await expect(link).toBeHidden();
    await toc.locator("summary").click();
    await expect(link).toBeVisible();
    const tocBox = (await toc.boundingBox())!;
    const bodyBox = (await page.locator("article .prose").first().boundingBox())!;
    expect(tocBox.y + tocBox.height).toBeLessThanOrEqual(bodyBox.y);
    await toc.locator("summary").click();
    await expect(link).toBeHidden();
  });

  test("ends with the three posts that share the most of its tags and categories", async ({ page }) => {
    expect(isCorpus, "the expected posts are the corpus's").toBe(true);
    const related = page.getByRole("region", { name: "Related posts" });
    // Shared with consul, europython, python, uwsgi, zeromq and linux: 4 (consul, python, uwsgi,
    // linux), then 3 and 3 (europython, python, linux; python, uwsgi, linux), the newer first.
    await expect(related.getByRole("link")).toHaveText([
      "Using uWSGI and Consul to design a distributed application",
      "Designing a scalable and distributed application",
      "uWSGI, gevent and pymongo 3 threads mayhem",
    ]);
    await related.getByRole("link").first().click();
    await expect(page.locator("h1")).toHaveText("Using uWSGI and Consul to design a distributed application");
  });

  test("is listed on its tag page and its category page", async ({ page }) => {
    await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "#europython" }).click();
    await expect(page).toHaveURL(/\/tags\/europython$/);
    await expect(page.getByRole("link", { name: "Europython 2014", exact: true })).toBeVisible();
    await page.goto("/categories/linux");
    await expect(page.locator("h1")).toContainText("linux");
  });
});

test.describe("on a phone, from a first visit", () => {
  // Its own page from the start: a browser may show a larger copy it already has.
  test.use({ viewport: { width: 390, height: 844 } });

  test("serves its image as a smaller AVIF copy on a phone, the original a click away", async ({ page }) => {
    const copies: Array<{ url: string; status: number; type: string }> = [];
    const originals: string[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/_quire/img/")) copies.push({ url: r.url(), status: r.status(), type: r.headers()["content-type"] ?? "" });
      if (r.url().includes("/_content/")) originals.push(r.url());
    });
    await page.goto("/blog/europython-2014");
    const img = page.locator("article picture img").first();
    await expect(page.locator("article picture").first().locator("source")).toHaveCount(2);
    await expect(page.locator("article picture source").first()).toHaveAttribute("type", "image/avif");
    await expect(page.locator("article picture source").nth(1)).toHaveAttribute("srcset", /\.webp 480w, .*\.webp 1024w$/);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    // 390 px at 1x needs the 480 px copy; Chromium shows AVIF.
    const current = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
    expect(current).toMatch(/\/_quire\/img\/[0-9a-f]{16}-480\.avif$/);
    expect(copies.find((c) => c.url === current)).toMatchObject({ status: 200, type: "image/avif" });
    // A tenth of the original's bytes, or so.
    const copyBytes = (await (await page.request.get(current)).body()).length;
    // Neither the original nor the WebP copies are downloaded; a click opens the original.
    expect(copies.every((c) => c.url.endsWith(".avif"))).toBe(true);
    expect(originals).toEqual([]);
    const link = img.locator("xpath=ancestor::a[1]");
    const original = await img.getAttribute("src");
    await expect(link).toHaveAttribute("href", original!);
    const originalResponse = await page.request.get(original!);
    expect(originalResponse.status()).toBe(200);
    expect(copyBytes).toBeLessThan((await originalResponse.body()).length / 4);
  });
});

test("on a 390 px phone, no page is wider than the screen, and search and the theme toggle are on it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/blog/europython-2014", "/archive", "/tags/python"]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    for (const control of [page.getByRole("button", { name: /search/i }), page.getByRole("button", { name: /theme|dark|light/i })]) {
      const box = (await control.first().boundingBox())!;
      expect(box.x, path).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, path).toBeLessThanOrEqual(390);
    }
  }
});

test("an unknown URL shows the 404 page with navigation", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Latest posts" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Quire");
});

test("the theme toggle switches to dark and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.getByRole("button", { name: /switch to dark theme/i }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("the archive lists every post once, under its year, newest first, with the date lists use", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Archive" }).click();
  await expect(page).toHaveURL(/\/archive$/);
  await expect(page.locator("h1")).toHaveText("Archive");
  const years = [...new Set(publishedPosts.map((p) => p.meta.date.day.slice(0, 4)))];
  await expect(page.locator("main h2")).toHaveText(years.map((y) => new RegExp(`^${y}`)));
  await expect(page.locator("main li a")).toHaveCount(publishedPosts.length);
  const europython = publishedPosts.find((p) => p.meta.slug === "europython-2014");
  if (europython) {
    const section = page.getByRole("region", { name: /^2014/ });
    const line = section.getByRole("listitem").filter({ hasText: "Europython 2014" });
    await expect(line.locator("time")).toHaveText("August 1, 2014");
    await line.getByRole("link", { name: "Europython 2014" }).click();
    await expect(page.locator("h1")).toHaveText("Europython 2014");
  }
});

test.describe("the end of a post", () => {
  test("offers its address to copy and plain share links, no third-party script", async ({ context, page }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    const post = publishedPosts[0];
    await page.goto(`/blog/${encodeURIComponent(post.meta.slug)}`);
    const share = page.getByRole("list", { name: "Share this post" });
    const url = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(url).toBeTruthy();
    for (const name of ["Mastodon", "Bluesky", "LinkedIn", "X"]) {
      const href = await share.getByRole("link", { name: new RegExp(`^${name}`) }).getAttribute("href");
      expect(href, name).toContain(encodeURIComponent(url!));
    }
    await expect(share.getByRole("link", { name: /^Email/ })).toHaveAttribute("href", /^mailto:\?subject=/);
    await share.getByRole("button", { name: "Copy link" }).click();
    await expect(page.locator("[role=status]").filter({ hasText: "Link copied" })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const origin = new URL(page.url()).origin;
    expect(scripts.filter((src) => new URL(src).origin !== origin)).toEqual([]);
  });

  test("of a long post links back to the top, and a short one does not", async ({ page }) => {
    const long = publishedPosts.find((p) => p.meta.slug === "europython-2014") ?? publishedPosts[0];
    await page.goto(`/blog/${encodeURIComponent(long.meta.slug)}`);
    const minutes = Number((await page.locator("article header p").first().textContent())!.match(/(\d+) min read/)![1]);
    const backToTop = page.getByRole("link", { name: "Back to top ↑" });
    if (minutes >= 4) {
      await backToTop.click();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    } else {
      await expect(backToTop).toHaveCount(0);
    }
  });

  test("without JavaScript shows the share links but no copy button that would do nothing", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/blog/${encodeURIComponent(publishedPosts[0].meta.slug)}`);
    const share = page.getByRole("list", { name: "Share this post" });
    await expect(share.getByRole("link", { name: /^Bluesky/ })).toBeVisible();
    await expect(share.getByRole("button", { name: "Copy link" })).toBeHidden();
    await context.close();
  });
});

test("a tall photo is capped in height, centred, and opens its original when clicked", async ({ page }) => {
  expect(isCorpus, "the photo is in the WordPress corpus").toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/blog/portugal-tavira");
  const image = page.locator('article img[src$="f1000015_crop_resized-682x1024.jpg"]');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalHeight)).toBeGreaterThan(0);
  const box = (await image.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(800 * 0.8 + 1);
  // Its shape is kept.
  expect(box.width / box.height).toBeCloseTo(682 / 1024, 2);
  const body = (await page.locator("article .prose").first().boundingBox())!;
  expect(Math.abs(box.x - body.x - (body.x + body.width - (box.x + box.width)))).toBeLessThan(2);
  // WordPress linked it to the full-size upload on the old host; it opens the copy the site has.
  const src = await image.getAttribute("src");
  await expect(image.locator("xpath=ancestor::a[1]")).toHaveAttribute("href", src!);
});

test("a series part shows its place and every part; the series page lists them in order", async ({ page }) => {
  const parts = publishedPosts.filter((p) => p.meta.series === "Fixture Files");
  expect(parts, "the fixture series").toHaveLength(2);
  await page.goto("/blog/downloads");
  const box = page.getByRole("complementary", { name: /in the series Fixture Files/ });
  // seriesOrder puts the newer post first.
  await expect(box.getByRole("heading")).toHaveText("Part 2 of 2 in the series Fixture Files");
  await expect(box.getByRole("listitem")).toHaveText([/^Links in MDX/, /^Downloads/]);
  await expect(box.locator('[aria-current="page"]')).toHaveText("Downloads");
  await box.getByRole("link", { name: "Fixture Files" }).click();
  await expect(page).toHaveURL(/\/series\/fixture-files$/);
  await expect(page.locator("h1")).toHaveText("Series: Fixture Files");
  await expect(page.locator("main ol > li a")).toHaveText(["Links in MDX", "Downloads"]);
  await page.getByRole("link", { name: "Links in MDX" }).click();
  await expect(page.locator("h1")).toHaveText("Links in MDX");
});

test.describe("authors", () => {
  /** Posts naming no author are the site author's; so are those naming them by id or name. */
  const byQuireAuthor = publishedPosts.filter(
    (p) => p.meta.authors.length === 0 || p.meta.authors.some((a) => ["quire-author", "quire author"].includes(a.toLowerCase())),
  );

  test("the home page presents the site's author, whose page lists their posts by year", async ({ page }) => {
    await page.goto("/");
    const about = page.getByRole("region", { name: "About the author" });
    await expect(about).toContainText("Writes about Linux, Python, databases and the occasional road trip.");
    await about.getByRole("link", { name: "Quire Author" }).click();
    await expect(page).toHaveURL(/\/authors\/quire-author$/);
    await expect(page.locator("h1")).toHaveText("Quire Author");
    await expect(page.locator("main li a")).toHaveCount(byQuireAuthor.length + 1); // their posts, and their website
  });

  test("a post ends with who wrote it", async ({ page }) => {
    const post = byQuireAuthor[0];
    await page.goto(`/blog/${encodeURIComponent(post.meta.slug)}`);
    const about = page.getByRole("region", { name: "About the author" });
    await expect(about).toContainText("Written by");
    await expect(about.getByRole("link", { name: "Quire Author" })).toHaveAttribute("href", /\/authors\/quire-author$/);
  });

  test("an author id no profile has is the 404 page", async ({ request }) => {
    expect((await request.get("/authors/nobody")).status()).toBe(404);
  });
});

test("a standalone page from content/pages is reached from the navigation, and is not a post", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "About" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.locator("h1")).toHaveText("About");
  await expect(page).toHaveTitle(/About/);
  // Its links lead to the site's pages; it links no sample post, so a blog without them builds
  // with no warning (a page's relative link to a post: tests/unit/pages.test.ts).
  await page.locator("article").getByRole("link", { name: "archive" }).click();
  await expect(page).toHaveURL(/\/archive$/);
  // In no list, feed or search index.
  for (const path of ["/blog", "/archive", "/feed.xml", "/search.json"]) {
    expect(await (await request.get(path)).text(), path).not.toContain("standalone page");
  }
  expect((await request.get("/no-such-page-name")).status()).toBe(404);
});

test.describe("type", () => {
  test("a post reads in the site's serif, its headings and the interface in its sans, both served by the site; code stays monospace", async ({ page }) => {
    const fontRequests: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "font") fontRequests.push(request.url());
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(codePosts.unlabelled.path);
    const paragraph = page.locator("article .prose > p").first();
    const family = (locator: typeof paragraph) => locator.evaluate((el) => getComputedStyle(el).fontFamily.split(",")[0].replaceAll('"', ""));
    expect(await family(paragraph)).toBe("SourceSerif4");
    expect(await family(page.locator("h1"))).toBe("SourceSans3");
    expect(await family(page.getByRole("navigation", { name: "Main" }))).toBe("SourceSans3");
    expect(await page.locator("pre code").first().evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/monospace$/);
    // The faces the page paints are loaded (not just declared), from this site.
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('18px SourceSerif4') && document.fonts.check('700 36px SourceSans3'))).toBe(true);
    expect(fontRequests.length).toBeGreaterThan(0);
    for (const url of fontRequests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  });

  test("a post's lines hold 60 to 75 characters at 1280 px (a ragged line a word fewer), at 18 px with generous leading", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(codePosts.unlabelled.path);
    await page.evaluate(() => document.fonts.ready);
    const measure = await page.locator("article .prose > p").evaluateAll((paragraphs) => {
      const longest = paragraphs.sort((a, b) => (b.textContent ?? "").length - (a.textContent ?? "").length)[0];
      // Characters per rendered line, from each character's box; the last line is usually short.
      const lines = new Map<number, number>();
      const range = document.createRange();
      const walker = document.createTreeWalker(longest, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? "").length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = range.getClientRects()[0]?.top;
          if (top !== undefined) lines.set(Math.round(top), (lines.get(Math.round(top)) ?? 0) + 1);
        }
      }
      const style = getComputedStyle(longest);
      return { perLine: [...lines.values()].slice(0, -1), size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
    });
    expect(measure.perLine.length).toBeGreaterThan(1);
    // Lines are ragged: a long word that does not fit starts the next line.
    const typical = [...measure.perLine].sort((a, b) => a - b)[measure.perLine.length >> 1];
    expect(typical).toBeGreaterThanOrEqual(60);
    expect(typical).toBeLessThanOrEqual(75);
    for (const count of measure.perLine) {
      expect(count).toBeGreaterThanOrEqual(50);
      expect(count).toBeLessThanOrEqual(75);
    }
    expect(measure.size).toBe(18);
    expect(measure.leading).toBeGreaterThanOrEqual(1.6);
  });

  test("nothing on a post shifts while it loads and its fonts arrive", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number[] }).shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(codePosts.unlabelled.path, { waitUntil: "networkidle" });
    await page.evaluate(() => document.fonts.ready);
    // A font swap or an image without its box shifts a post by 0.02-0.05; one run in four here
    // shows a 0.002 shift on this code-heavy post whose source is not found yet.
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0), JSON.stringify(shifts)).toBeLessThan(0.01);
  });
});
