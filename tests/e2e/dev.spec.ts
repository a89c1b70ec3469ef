/**
 * What an author does while `npm run dev` runs, on a scratch copy of the sample
 * content (CONTENT_DIR, set by scripts/e2e.ts): write a post with a new image,
 * retitle it, break it, fix it. The open page follows every step by itself.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { contentDir } from "./content";

test.describe.configure({ mode: "serial", timeout: 120_000 });

// The dev server compiles a route on its first request: do that before the
// clock of any test starts.
test.beforeAll(async ({ request }) => {
  for (const url of ["/", "/blog/europython-2014"]) {
    await expect.poll(async () => (await request.get(url)).status(), { timeout: 120_000 }).toBe(200);
  }
  // ...and the not-found page, which answers a file that is not there yet.
  await request.get("/_content/not-there-yet.jpg", { timeout: 120_000 });
});

const folder = path.join(contentDir, "2031-dev-loop");
const postFile = path.join(folder, "2031-01-05-dev-loop.md");
const sampleImage = path.resolve("content/blog/2014/images/IMG_20140725_161445-1024x576.jpg");

function post(title: string, date: string, newline = "\n"): string {
  return ["---", `title: "${title}"`, `date: ${date}`, "tags:", '  - "dev loop"', "---", "", "Written while the dev server runs.", "", "![A photo](pics/photo.jpg)", ""].join(newline);
}

/** A mark that survives client updates but not a reload (set once the page is hydrated). */
async function markPage(page: Page) {
  await expect(page.locator('button[data-shortcuts="ready"]')).toHaveCount(1, { timeout: 30_000 });
  await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
}

/**
 * Opens `url`, or null when the open page's own refresh (the content watcher
 * just ran) aborted the navigation: a poll then tries again.
 */
async function visit(page: Page, url: string) {
  try {
    return await page.goto(url);
  } catch (error) {
    if (/ERR_ABORTED|interrupted by another navigation/.test(String(error))) return null;
    throw error;
  }
}

/** Whether `url` opens as a page of its own (the 404 view of a post address under dev answers 200). */
async function opens(page: Page, url: string) {
  const response = await visit(page, url);
  return response?.status() === 200 && (await notFoundHeading(page).count()) === 0;
}
const notFoundHeading = (page: Page) => page.getByRole("heading", { level: 1, name: "Page not found" });

/** The box that lists a post's content problems (Next's route announcer is an alert too). */
const problemBox = (page: Page) => page.getByRole("alert", { name: /content problem/i });

test.afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

test("a new post with a new image appears, then follows every save without a reload", async ({ page }) => {
  fs.mkdirSync(path.join(folder, "pics"), { recursive: true });
  fs.copyFileSync(sampleImage, path.join(folder, "pics/photo.jpg"));
  fs.writeFileSync(postFile, post("First draft of the dev loop", "2020-01-05"));

  await expect
    .poll(() => opens(page, "/blog/dev-loop"), { timeout: 60_000 }).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("First draft of the dev loop");
  const image = page.getByRole("img", { name: "A photo" });
  await expect(image).toHaveAttribute("width", "1024");
  // Shown from a smaller copy the content step made of it, as in a production build.
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.currentSrc)).toMatch(/\/_quire\/img\/[0-9a-f]{16}-\d+\.avif$/);

  await markPage(page);
  fs.writeFileSync(postFile, post("Second draft of the dev loop", "2020-01-05"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Second draft of the dev loop", { timeout: 30_000 });
  await expectNotReloaded(page);

  fs.writeFileSync(postFile, post("Second draft of the dev loop", "2020-02-30"));
  await expect(problemBox(page)).toContainText(
    '2031-dev-loop/2031-01-05-dev-loop.md: date: "2020-02-30" is not a real calendar date',
    { timeout: 30_000 },
  );
  await expectNotReloaded(page);

  fs.writeFileSync(postFile, post("Fixed draft of the dev loop", "2020-01-05"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fixed draft of the dev loop", { timeout: 30_000 });
  await expect(problemBox(page)).toHaveCount(0);
  await expectNotReloaded(page);
});

/** Yesterday, so that a post dated so heads the home page's list and is published. */
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

test("a new post's link clicked on the open home page at once shows the post within 10 s, without a reload", async ({ page }) => {
  const title = "Clicked as soon as it appeared";
  await page.goto("/");
  await markPage(page);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "2031-01-08-clicked-at-once.md"), ["---", `title: "${title}"`, `date: ${yesterday()}`, "---", "", "Fresh.", ""].join("\n"));
  const link = page.getByRole("link", { name: title }).first();
  await link.click({ timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 10_000 });
  await expect(page).toHaveURL(/\/blog\/clicked-at-once$/);
  await expectNotReloaded(page);
});

test("a post address opened before its file exists turns into the post once it is saved, without a reload", async ({ page }) => {
  const title = "Saved after its address was opened";
  await page.goto("/blog/opened-too-soon");
  await expect(notFoundHeading(page)).toBeVisible();
  // Production's 404 view has no header (and so no search button to wait for).
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "2031-01-09-opened-too-soon.md"), ["---", `title: "${title}"`, "date: 2020-01-09", "---", "", "Here now.", ""].join("\n"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 10_000 });
  await expectNotReloaded(page);
});

test("opened by IP address instead of localhost, a post still follows a save without a reload", async ({ page, baseURL }) => {
  const file = path.join(folder, "2031-01-07-by-ip.md");
  const draft = (title: string) => ["---", `title: "${title}"`, "date: 2020-01-07", "---", "", "Read at 127.0.0.1.", ""].join("\n");
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(file, draft("Opened by IP"));
  const byIp = baseURL!.replace("//localhost", "//127.0.0.1");
  await expect.poll(() => opens(page, `${byIp}/blog/by-ip`), { timeout: 60_000 }).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opened by IP");
  await markPage(page);
  fs.writeFileSync(file, draft("Opened by IP, then saved"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opened by IP, then saved", { timeout: 30_000 });
  await expectNotReloaded(page);
});

test("an image added beside a post is served within two seconds", async ({ request }) => {
  fs.mkdirSync(path.join(folder, "later"), { recursive: true });
  fs.copyFileSync(sampleImage, path.join(folder, "later/added.jpg"));
  // Within two seconds the file is in place to be served (polled on disk: on a
  // busy machine each 404 the dev server renders meanwhile takes a second)...
  const served = path.resolve("public/_content/2031-dev-loop/later/added.jpg");
  await expect.poll(() => fs.existsSync(served), { intervals: [50], timeout: 2_000 }).toBe(true);
  // ...and the dev server serves it, no restart.
  const response = await request.get("/_content/2031-dev-loop/later/added.jpg");
  expect(response.status()).toBe(200);
  expect((await response.body()).length).toBe(fs.statSync(sampleImage).size);
});

test("a post saved with Windows line endings shows its list front matter", async ({ page }) => {
  fs.writeFileSync(postFile, post("Saved on Windows", "2020-01-05", "\r\n"));
  await expect
    .poll(
      async () => {
        if (!(await visit(page, "/blog/dev-loop"))) return null;
        return page.getByRole("heading", { level: 1 }).textContent();
      },
      { timeout: 30_000 },
    )
    .toBe("Saved on Windows");
  await expect(page.getByRole("link", { name: "dev loop" })).toBeVisible();
});

test("a post with a content error shows the build's line at its URL", async ({ page }) => {
  fs.writeFileSync(postFile, ["---", "date: 2020-01-05", "---", "", "No title."].join("\n"));
  await expect
    .poll(
      async () => {
        if (!(await visit(page, "/blog/dev-loop"))) return null;
        return problemBox(page).textContent().catch(() => "");
      },
      { timeout: 30_000 },
    )
    .toContain("2031-dev-loop/2031-01-05-dev-loop.md: title: is required");
  // In place of the post, the box is the page's one heading.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This post has a content problem");
});

test("a standalone page follows its file's saves", async ({ page }) => {
  const file = path.resolve("content/pages/about.md");
  const original = fs.readFileSync(file, "utf8");
  try {
    fs.writeFileSync(file, original.replace('title: "About"', 'title: "About me, edited"'));
    await expect
      .poll(
        async () => {
          if (!(await visit(page, "/about"))) return null;
          return page.getByRole("heading", { level: 1 }).textContent();
        },
        { timeout: 30_000 },
      )
      .toBe("About me, edited");
  } finally {
    fs.writeFileSync(file, original);
  }
});

test("a translation saved while the dev server runs appears under /fr, and the English page's switcher links to it", async ({ page }) => {
  const french = path.join(contentDir, "2024/2024-02-01-writing-posts.fr.md");
  try {
    fs.writeFileSync(french, ["---", 'title: "Écrire des articles"', "date: 2024-02-01", "---", "", "Une traduction écrite pendant que le serveur tourne.", ""].join("\r\n"));
    await expect.poll(() => opens(page, "/fr/blog/writing-posts"), { timeout: 60_000 }).toBe(true);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Écrire des articles");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect.poll(() => opens(page, "/blog/writing-posts"), { timeout: 60_000 }).toBe(true);
    await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" })).toHaveAttribute("href", "/fr/blog/writing-posts");
    // Saved as many editors save: a copy renamed over the file (the deletion below must still be seen).
    fs.writeFileSync(`${french}.tmp`, ["---", 'title: "Écrire des articles, relu"', "date: 2024-02-01", "---", "", "Relu.", ""].join("\n"));
    fs.renameSync(`${french}.tmp`, french);
    await expect
      .poll(async () => {
        if (!(await visit(page, "/fr/blog/writing-posts"))) return null;
        return page.getByRole("heading", { level: 1 }).textContent();
      }, { timeout: 60_000 })
      .toBe("Écrire des articles, relu");
  } finally {
    fs.rmSync(french, { force: true });
  }
  // Gone again: the English page's switcher falls back to the French home.
  await expect
    .poll(async () => {
      if (!(await visit(page, "/blog/writing-posts"))) return null;
      return page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).getAttribute("href");
    }, { timeout: 60_000 })
    .toBe("/fr");
});

test("a post nested too deep shows its one line at its URL, and the next save renders it", async ({ page }) => {
  fs.mkdirSync(folder, { recursive: true });
  const deep = path.join(folder, "2031-01-06-too-deep.md");
  const text = (body: string) => ["---", 'title: "Too deep"', "date: 2020-01-06", "---", "", body, ""].join("\n");
  fs.writeFileSync(deep, text(`${"- ".repeat(400)}x`));
  await expect
    .poll(
      async () => {
        if (!(await visit(page, "/blog/too-deep"))) return null;
        return problemBox(page).textContent().catch(() => "");
      },
      { timeout: 30_000 },
    )
    .toContain("2031-dev-loop/2031-01-06-too-deep.md: nesting deeper than 200 levels");

  // The watcher is still running: the fixed post renders.
  fs.writeFileSync(deep, text("- Fine now."));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too deep", { timeout: 30_000 });
  await expect(problemBox(page)).toHaveCount(0);
  fs.rmSync(deep);
});
