/**
 * The 404 page as a reader without JavaScript (a crawler, curl, a reader
 * mode) gets it: the HTML itself holds the site's header, the heading and
 * the latest posts, not only the RSC payload a browser's script would draw.
 */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

const headings: Record<string, { title: string; latest: string }> = {
  en: { title: "Page not found", latest: "Latest posts" },
  fr: { title: "Page introuvable", latest: "Derniers articles" },
};

/** Opens `path` in `page` (a context with JavaScript off) and checks it is the server-rendered 404 page in `lang`. */
export async function expectServerRendered404(page: Page, path: string, lang: keyof typeof headings = "en") {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
  await expect(page.getByRole("banner"), path).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(headings[lang].title);
  await expect(page.getByRole("heading", { level: 2, name: headings[lang].latest }), path).toBeVisible();
  await expect(page.getByRole("heading", { level: 3 }).first(), path).toBeVisible();
}
