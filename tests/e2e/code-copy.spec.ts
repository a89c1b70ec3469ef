import { expect, test } from "./fixtures";
import { codePosts } from "./content";

const { path, firstCode } = codePosts.unlabelled;
const COPY_BUTTON = "button[data-copy-code]";
/** The code blocks' live region (a post has another, for its share row). */
const STATUS = "[role=status][data-code-copy-status]";

test.describe("the copy button of a code block", () => {
  test.beforeEach(async ({ context, page }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(path);
  });

  test("copies the block's code and says so to screen readers", async ({ page }) => {
    const figure = page.locator("figure[data-rehype-pretty-code-figure]").first();
    await figure.getByRole("button", { name: "Copy code" }).click();
    await expect(page.locator(STATUS)).toHaveText("Copied");
    const code = await figure.locator("pre code").textContent();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(code);
    expect(clipboard.startsWith(firstCode)).toBe(true);
    // The announcement clears, so the next copy is announced again.
    await expect(page.locator(STATUS)).toHaveText("", { timeout: 5000 });
  });

  test("is reached with Tab and pressed with Enter", async ({ page }) => {
    let focused = false;
    for (let i = 0; i < 150 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, COPY_BUTTON);
    }
    expect(focused, "a copy button takes keyboard focus").toBe(true);
    const code = await page.evaluate(() => document.activeElement?.closest("figure")?.querySelector("pre code")?.textContent);
    await page.keyboard.press("Enter");
    await expect(page.locator(STATUS)).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });
});

test("without JavaScript no copy button is shown, and the code is still there", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.locator(COPY_BUTTON).first()).toBeAttached();
  await expect(page.locator(`${COPY_BUTTON}:visible`)).toHaveCount(0);
  await expect(page.locator("pre code").first()).toContainText(firstCode);
  await context.close();
});
