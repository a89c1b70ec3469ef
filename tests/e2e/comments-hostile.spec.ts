/**
 * The most dangerous payloads of tests/fixtures/comments-hostile.ts sent
 * through the real /comments route (`next start`, the `comments` target),
 * then the post page, the JavaScript preview and the admin page opened in
 * Chromium with JavaScript on: no dialog opens and `window.__quirePwned`
 * (what every payload sets if it runs) stays undefined. Works whatever the
 * target's moderation: a comment the answer says waits is approved on the
 * admin page first.
 *
 * tests/unit/comments-hostile.test.ts sends the whole corpus in every field;
 * this is the browser's word on a sample of it.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { PWNED } from "../fixtures/comments-hostile";
import { expect, test } from "./fixtures";

const POST = "/blog/writing-posts";
const POST_KEY = "en/writing-posts";
const ADMIN = "/admin/comments";
const PASSWORD = process.env.QUIRE_ADMIN_PASSWORD ?? "";
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const b64 = (text: string) => Buffer.from(text).toString("base64");

/** What is sent: a field holds the payload, the text carries the marker that finds the comment. */
const SAMPLE: Array<{ field: "name" | "website" | "text"; payload: string }> = [
  { field: "text", payload: `<script>${PWNED}</script>` },
  { field: "text", payload: `<img src=x onerror=${PWNED}>` },
  { field: "text", payload: `<svg onload=${PWNED}>` },
  { field: "text", payload: `<details open ontoggle=${PWNED}>` },
  { field: "text", payload: `<iframe srcdoc="<script>${PWNED}</script>"></iframe>` },
  { field: "text", payload: `[x](javascript:${PWNED})` },
  { field: "text", payload: `[x](JaVaScRiPt:${PWNED})` },
  { field: "text", payload: `[x](&#106;avascript:${PWNED})` },
  { field: "text", payload: `<javascript:${PWNED}>` },
  { field: "text", payload: `[x][r]\n\n[r]: javascript:${PWNED}` },
  { field: "text", payload: `[x](data:text/html;base64,${b64(`<script>${PWNED}</script>`)})` },
  { field: "text", payload: `<noscript><p title="</noscript><img src=x onerror=${PWNED}>">` },
  { field: "text", payload: `<math><mtext><table><mglyph><style><img src=x onerror=${PWNED}>` },
  { field: "text", payload: `--><script>${PWNED}</script>` },
  { field: "text", payload: `[x](https://ok.example "<img src=x onerror=${PWNED}>")` },
  { field: "name", payload: `<img src=x onerror=${PWNED}>` },
  { field: "name", payload: `"><script>${PWNED}</script>` },
  { field: "name", payload: `<svg/onload=${PWNED}>` },
  { field: "website", payload: `https://example.com/"onmouseover="${PWNED}"x="` },
  { field: "website", payload: `http://example.com/"><script>${PWNED}</script>` },
];
const marker = (i: number) => `Hostile ${run} n${String(i).padStart(2, "0")}`;

test.describe.configure({ mode: "serial" });

/** Dialogs a page opened; the flag a payload would set. */
function watch(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __quirePwned?: unknown }).__quirePwned);

async function logIn(page: Page) {
  await page.goto(ADMIN);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Comments", level: 1 })).toBeVisible();
}

async function postAll(request: APIRequestContext): Promise<Array<{ id: string; state: string }>> {
  const fields = SAMPLE.map(({ field, payload }, i) => ({ post: POST_KEY, name: `Hostile ${i}`, text: marker(i), [field]: field === "text" ? `${marker(i)}\n\n${payload}` : payload }));
  const tokens: string[] = [];
  for (const [i, values] of fields.entries()) {
    const preview = await request.post("/comments", { headers: { ...FORM, accept: "application/json", "x-forwarded-for": `198.51.100.${200 + i}` }, data: new URLSearchParams({ ...values, step: "preview" }).toString() });
    expect(preview.status(), `${i}: ${await preview.text()}`).toBe(200);
    tokens.push(((await preview.json()) as { token: string }).token);
  }
  await new Promise((resolve) => setTimeout(resolve, 3200));
  const sent: Array<{ id: string; state: string }> = [];
  for (const [i, values] of fields.entries()) {
    const answer = await request.post("/comments", {
      headers: { ...FORM, accept: "application/json", "x-forwarded-for": `198.51.100.${200 + i}` },
      data: new URLSearchParams({ ...values, token: tokens[i], step: "send" }).toString(),
    });
    const body = (await answer.json()) as { ok: boolean; state: string; anchor: string };
    expect(body, `${i}`).toMatchObject({ ok: true, step: "sent" });
    sent.push({ id: body.anchor.replace(/^comment-c/, ""), state: body.state });
  }
  return sent;
}

test("hostile comments run nothing on the post page, in the preview, or on the admin page", async ({ page, request }) => {
  test.setTimeout(180_000);
  const dialogs = watch(page);
  const sent = await postAll(request);

  // Whatever the moderation: the waiting ones approved by the author.
  const waiting = sent.filter((comment) => comment.state === "pending");
  if (waiting.length) {
    await logIn(page);
    for (const { id } of waiting) {
      await page.goto(`${ADMIN}?state=pending`);
      await page.getByRole("button", { name: `Approve comment ${id}` }).click();
      await expect(page.getByRole("main").getByRole("status")).toContainText(`Comment ${id} approved`);
    }
  }

  const last = marker(SAMPLE.length - 1);
  await expect.poll(async () => (await (await request.get(POST)).text()).includes(last), { timeout: 20_000, intervals: [500] }).toBe(true);
  await page.goto(POST);
  for (const [i] of SAMPLE.entries()) {
    const article = page.locator("#comments article", { hasText: marker(i) });
    await expect(article).toHaveCount(1);
    await article.hover();
    for (const link of await article.locator("a").all()) await link.hover();
    await expect(article.locator("script, img, svg, math, iframe, object, embed, style, [onerror], [onload], [onmouseover], [ontoggle]")).toHaveCount(0);
    await expect(article.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
  }
  expect(await pwned(page)).toBeUndefined();

  // The JavaScript preview puts the sanitised HTML into the page.
  const form = page.locator("#comment-form");
  await form.getByLabel("Name").fill(`<img src=x onerror=${PWNED}>`);
  await form.getByLabel("Comment").fill(SAMPLE.filter(({ field }) => field === "text").map(({ payload }) => payload).join("\n\n").slice(0, 4000));
  await form.getByRole("button", { name: "Preview" }).click();
  await expect(form.getByRole("button", { name: "Send comment" })).toBeVisible();
  await page.mouse.move(10, 10);
  expect(await pwned(page)).toBeUndefined();

  // The admin page, where every comment shows with its e-mail and website.
  await logIn(page);
  await page.goto(`${ADMIN}?state=approved`);
  await expect(page.locator("article[data-comment]", { hasText: last })).toHaveCount(1);
  for (const link of await page.locator('article[data-comment] a[rel~="ugc"]').all()) await link.hover();
  await expect(page.locator("main article script, main article img, main article svg, main article iframe, main article [onerror]")).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
