// The first post a reader opens, with nothing cached: its title and its text
// are drawn in the site's own faces, not in the fallbacks. The faces are
// `font-display: optional`, so this holds only when the page preloads them.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The faces Chromium drew a node's text with (DevTools' "Rendered fonts"). */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts.map((font) => font.familyName);
}

test("a reader's first post page shows its title in Source Sans 3 and its text in Source Serif 4", async ({ page }) => {
  const fontFiles: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "font") fontFiles.push(new URL(response.url()).pathname);
  });
  await page.goto("/blog/europython-2014", { waitUntil: "load" });
  await expect(page.locator("h1")).toHaveText("Europython 2014");
  // A variable face reports its default instance's name ("Source Sans 3 ExtraLight").
  expect(await renderedFonts(page, "h1")).toEqual([expect.stringMatching(/^Source Sans 3\b/)]);
  expect(await renderedFonts(page, "article .prose p")).toEqual([expect.stringMatching(/^Source Serif 4\b/)]);
  // Each face once: the sans and the serif, nothing else.
  expect(fontFiles.sort()).toEqual([expect.stringContaining("source_sans_3"), expect.stringContaining("source_serif_4")]);
});
