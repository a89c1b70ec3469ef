/**
 * A static export of a site with comments (the `comments-export` target):
 * the embedded database was seeded before the build
 * (scripts/e2e/comments-seed.ts) with waiting comments, one the author
 * approved and one marked as spam; nginx serves out/. The approved comment is
 * in the post's HTML, read-only; the others are nowhere; no form, and the
 * page says comments are closed on this copy.
 */
import AxeBuilder from "@axe-core/playwright";
import { MODERATED, SEED_POST, SEEDS } from "../../scripts/e2e/comments-seed";
import { expect, test } from "./fixtures";

const approved = MODERATED.filter((c) => c.action === "approve");
const hidden = [...SEEDS.map((c) => c.text), ...MODERATED.filter((c) => c.action !== "approve").map((c) => c.text)];

test("the post's HTML holds the approved comments, read-only, and none that wait or are spam", async ({ request }) => {
  const response = await request.get(SEED_POST.path);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(approved.length).toBeGreaterThan(0);
  for (const comment of approved) {
    expect(html).toContain(comment.text);
    expect(html).toContain(comment.name);
  }
  for (const text of hidden) expect(html, text).not.toContain(text);
  expect(html).toContain("Comments are closed on this copy of the site.");
  expect(html).not.toMatch(/<form[\s>]/);
  expect(html).not.toContain('id="comment-form"');
});

test("in the browser: the comment with its count, no form, no Reply, the closed line", async ({ page }) => {
  await page.goto(SEED_POST.path);
  const section = page.locator("#comments");
  await expect(section.locator("#comments-heading")).toHaveText(`${approved.length} comment${approved.length === 1 ? "" : "s"}`);
  for (const comment of approved) await expect(section.locator("article", { hasText: comment.text })).toContainText(comment.name);
  await expect(section.locator("form, textarea, input, button")).toHaveCount(0);
  await expect(section.getByText("Reply", { exact: true })).toHaveCount(0);
  await expect(section.getByText("Comments are closed on this copy of the site.")).toBeVisible();
});

test("no route of the comments server is in the export: the form's target, the admin page", async ({ request }) => {
  for (const path of ["/admin/comments", "/comments/unsubscribe"]) expect((await request.get(path)).status(), path).toBe(404);
  expect((await request.post("/comments", { form: { text: "x" } })).status()).not.toBe(200);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the read-only section has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(SEED_POST.path);
    await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));
    const { violations } = await new AxeBuilder({ page }).include("#comments").analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
