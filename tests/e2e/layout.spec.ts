/**
 * The page's frame as a reader sees it: on a 390×844 phone (one-row sticky
 * header, its menu with and without JavaScript, the post's text on the first
 * screen), on a touch screen (search without keyboard hints), and at 1280 px
 * (one reading column for title, text, code and images).
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { codePosts } from "./content";

const POST = "/blog/europython-2014";
const PHONE = { width: 390, height: 844 };
/** One row of 44 px touch targets and its padding. */
const ONE_ROW_PX = 64;

const box = async (locator: Locator) => (await locator.boundingBox())!;
const menuOf = (page: Page) => page.getByRole("banner").locator("details");
const menuButton = (page: Page) => menuOf(page).locator("summary");

test.describe("on a 390×844 phone", () => {
  test.use({ viewport: PHONE });

  test("the header is one row and stays in view, and an in-page jump lands below it", async ({ page }) => {
    await page.goto(POST);
    const header = page.getByRole("banner");
    expect((await box(header)).height).toBeLessThanOrEqual(ONE_ROW_PX);
    await page.evaluate(() => window.scrollTo(0, 2000));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const scrolled = await box(header);
    expect(scrolled.y).toBe(0);
    expect(scrolled.height).toBeLessThanOrEqual(ONE_ROW_PX);
    // A link from the contents: the heading shows below the header, not under it.
    const toc = page.getByRole("navigation", { name: "Contents" });
    await toc.locator("summary").click();
    await toc.getByRole("link", { name: "Trends" }).click();
    await expect(page).toHaveURL(/#trends$/);
    await expect.poll(async () => (await box(page.locator("#trends"))).y).toBeGreaterThanOrEqual(scrolled.height);
    expect((await box(page.locator("#trends"))).y).toBeLessThan(PHONE.height / 2);
  });

  test("the post's first paragraph starts in the upper half of the first screen", async ({ page }) => {
    await page.goto(POST);
    const first = page.locator("article .prose > p").first();
    await expect(first).toContainText("I had the chance to participate");
    const { y, height } = await box(first);
    expect(y).toBeLessThanOrEqual(PHONE.height / 2);
    expect(y + height).toBeLessThanOrEqual(PHONE.height);
  });

  test("search, the theme toggle and the menu share the header's row; the menu opens by keyboard and closes on Escape", async ({ page }) => {
    await page.goto(POST);
    await expect(page.locator('button[data-shortcuts="ready"]')).toHaveCount(1);
    const header = await box(page.getByRole("banner"));
    for (const control of [page.getByRole("button", { name: "Search" }), page.getByRole("button", { name: /theme/i }), menuButton(page)]) {
      const { y, height } = await box(control);
      expect(y).toBeGreaterThanOrEqual(header.y);
      expect(y + height).toBeLessThanOrEqual(header.y + header.height);
      expect(height).toBeGreaterThanOrEqual(44);
    }
    await expect(menuButton(page)).toHaveAccessibleName("Menu");
    const archive = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Archive" });
    await expect(archive).toBeHidden();
    // Tab from the top of the page to the menu, as a keyboard user does.
    for (let i = 0; i < 10 && !(await menuButton(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(menuButton(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(archive).toBeVisible();
    // The language switch is in the menu.
    await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(archive).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    // Opened again, the next Tab reaches its first link, and Enter follows it.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const blog = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Blog" });
    await expect(blog).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/blog$/);
    // The page the link opened shows with its menu closed.
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Archive" })).toBeHidden();
  });

  test("a click outside the open menu closes it", async ({ page }) => {
    await page.goto(POST);
    await expect(page.locator('button[data-shortcuts="ready"]')).toHaveCount(1);
    await menuButton(page).click();
    const archive = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Archive" });
    await expect(archive).toBeVisible();
    // The title's left end: beside the menu's panel, not under it.
    await page.locator("h1").click({ position: { x: 4, y: 4 } });
    await expect(archive).toBeHidden();
  });
});

test.describe("on a 390×844 phone without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("the menu opens and its links work", async ({ page }) => {
    await page.goto(POST);
    expect((await box(page.getByRole("banner"))).height).toBeLessThanOrEqual(ONE_ROW_PX);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Archive" })).toBeHidden();
    await menuButton(page).click();
    await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" })).toBeVisible();
    await nav.getByRole("link", { name: "Archive" }).click();
    await expect(page).toHaveURL(/\/archive$/);
    await expect(page.locator("h1")).toHaveText("Archive");
  });
});

test.describe("on a touch screen", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("the search dialog shows no keyboard hints, and its close button is a 44 px target that closes it", async ({ page }) => {
    await page.goto(POST);
    await expect(page.locator('button[data-shortcuts="ready"]')).toHaveCount(1);
    const opener = page.getByRole("button", { name: "Search" });
    await expect(opener).not.toContainText("/", { useInnerText: true });
    await opener.tap();
    const dialog = page.getByRole("dialog", { name: "Search posts" });
    await expect(dialog.getByRole("combobox")).toBeVisible();
    await expect(dialog).not.toContainText(/Enter|Esc|↑/, { useInnerText: true });
    const close = dialog.getByRole("button", { name: "Close" });
    const { width, height } = await box(close);
    expect(width).toBeGreaterThanOrEqual(44);
    expect(height).toBeGreaterThanOrEqual(44);
    await close.tap();
    await expect(dialog).toBeHidden();
  });
});

test("with a keyboard, the search dialog names its keys and its close button shows a focus ring", async ({ page }) => {
  await page.goto(POST);
  await expect(page.locator('button[data-shortcuts="ready"]')).toHaveCount(1);
  await page.keyboard.press("/");
  const dialog = page.getByRole("dialog", { name: "Search posts" });
  await expect(dialog).toContainText("Esc to close", { useInnerText: true });
  await page.keyboard.press("Tab");
  const close = dialog.getByRole("button", { name: "Close" });
  await expect(close).toBeFocused();
  expect(await close.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
});

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  /** Left edge and width of each element, as [x, width]. */
  async function edges(locators: Locator[]) {
    return Promise.all(locators.map(async (l) => {
      await l.scrollIntoViewIfNeeded();
      const { x, width } = await box(l);
      return [x, width];
    }));
  }

  function expectOneColumn(found: number[][], names: string[]) {
    const [x, width] = found[0];
    found.forEach(([x2, width2], i) => {
      expect(Math.abs(x2 - x), `${names[i]} left edge ${x2} vs h1 ${x}`).toBeLessThanOrEqual(1);
      expect(Math.abs(width2 - width), `${names[i]} width ${width2} vs h1 ${width}`).toBeLessThanOrEqual(1);
    });
  }

  test("a post's title, text and image share one reading column, its contents beside it on screen", async ({ page }) => {
    await page.goto(POST);
    const prose = page.locator("article .prose");
    const found = await edges([page.locator("h1"), prose.locator("> p").first(), prose.locator("img").first()]);
    expectOneColumn(found, ["h1", "paragraph", "image"]);
    const toc = await box(page.getByRole("navigation", { name: "Contents" }));
    expect(toc.x).toBeGreaterThanOrEqual(found[0][0] + found[0][1]);
    expect(toc.x + toc.width).toBeLessThanOrEqual(1280);
    await expect(page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "ZeroMQ" })).toBeVisible();
  });

  test("a post's title, text and code blocks share one reading column", async ({ page }) => {
    await page.goto(codePosts.unlabelled.path);
    const prose = page.locator("article .prose");
    const found = await edges([page.locator("h1"), prose.locator("> p").first(), prose.locator("pre").first()]);
    expectOneColumn(found, ["h1", "paragraph", "code block"]);
  });
});
