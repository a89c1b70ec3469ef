/**
 * Tags and slugs whose URLs need percent-encoding (`C#`, `what?`, `100%`,
 * spaces, accents) from the fixture posts: their pages answer by link and by
 * client-side navigation. Under the `export` target the server is nginx,
 * which decodes request paths before it looks for a file, as GitHub Pages
 * and S3 do.
 */
import { expect, test } from "./fixtures";

const post = "/blog/names-static-hosts-decode";
const tags = ["C#", "what?", "100%", "static hosting", "Été", "naïve café"];

test("every tag page of a post with tags such as C#, what?, 100% and Été answers", async ({ request }) => {
  const html = await (await request.get(post)).text();
  const links = [...html.matchAll(/href="(\/tags\/[^"]+)"/g)].map((m) => m[1]);
  expect(links).toHaveLength(tags.length);
  for (const href of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

test("a post whose slug has accents answers at its encoded URL", async ({ request }) => {
  const response = await request.get(`/blog/${encodeURIComponent("café-crème-brûlée")}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("Fixture: a slug with non-ASCII letters");
});

test("client-side navigation reaches the C# and 100% tag pages without a full reload", async ({ page }) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(post);
  await page.evaluate(() => Object.assign(window, { quireSamePage: true }));
  for (const tag of ["C#", "100%"]) {
    await page.getByRole("link", { name: `#${tag}`, exact: true }).click();
    await expect(page.locator("h1")).toContainText(tag);
    expect(await page.evaluate(() => "quireSamePage" in window), `${tag}: no full reload`).toBe(true);
    await page.goBack();
    await expect(page.locator("h1")).toHaveText("Fixture: tag names that static hosts decode");
  }
  expect(failed).toEqual([]);
});
