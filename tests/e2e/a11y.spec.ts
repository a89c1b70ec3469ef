import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { codePosts } from "./content";

const COPY_BUTTON = "button[data-copy-code]";
const codePaths = new Set([codePosts.unlabelled.path, codePosts.manyLanguages.path]);

/** The theme really applied: next-themes follows the emulated colour scheme with a class on <html>. */
async function expectScheme(page: Page, colorScheme: "light" | "dark") {
  await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));
}

for (const path of ["/", "/blog/europython-2014", "/tags/python", "/blog", "/archive", "/series/fixture-files", "/blog/downloads", "/blog/imported-from-wordpress", "/authors/quire-author", "/about", "/no-such-page", "/fr", "/fr/blog/europython-2014", ...codePaths]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${path} has no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expectScheme(page, colorScheme);
      // Code pages are checked with their copy buttons shown, as readers see them.
      if (codePaths.has(path)) await expect(page.locator(COPY_BUTTON).first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
      expect(serious).toEqual([]);
    });
  }
}

test("a code block without a language is painted in the theme's colours, light and dark", async ({ page }) => {
  const pre = page.locator('pre[data-language="plaintext"]').first();
  const colours = () => pre.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(codePosts.unlabelled.path);
  await expectScheme(page, "light");
  expect(await colours()).toEqual(["rgb(31, 35, 40)", "rgb(255, 255, 255)"]);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectScheme(page, "dark");
  expect(await colours()).toEqual(["rgb(230, 237, 243)", "rgb(24, 24, 27)"]);
});
