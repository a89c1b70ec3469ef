/**
 * Readers' comments on a post page (the `comments` target: comments on,
 * shown at once, the embedded database in a throwaway folder): writing one
 * without JavaScript through the preview page, with JavaScript without a
 * reload, a reply, and what the form refuses: a post from another site,
 * hostile input, a body of 1 MB, bytes that are not UTF-8.
 *
 * Each test sends from its own address (X-Forwarded-For) so the per-address
 * rate limit counts each test apart.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const POST = "/blog/writing-posts";
const POST_KEY = "en/writing-posts";
const IMPORTED = "/blog/imported-from-wordpress";
const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
let lastOctet = 10;
const address = () => `198.51.100.${lastOctet++ + Math.floor(Math.random() * 100)}`;

async function fromOwnAddress(page: Page) {
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": address() });
}

/** The post page's HTML as a reader without JavaScript gets it, once it holds `text` (the page renders again within seconds). */
async function expectOnPage(request: APIRequestContext, path: string, text: string) {
  await expect.poll(async () => (await (await request.get(path)).text()).includes(text), { timeout: 15_000, intervals: [500] }).toBe(true);
}

/** A form body as a browser sends it. */
const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "content-type": "application/x-www-form-urlencoded" };

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a comment goes through the preview page, then shows in the post's HTML", async ({ page, request }) => {
    await fromOwnAddress(page);
    const text = unique("Read without scripts");
    await page.goto(POST);
    const form = page.locator("#comment-form");
    await form.getByLabel("Name").fill("Noscript Reader");
    await form.getByLabel("Comment").fill(`${text}, with *emphasis*.`);
    await expect(form.getByText("For reply notices; never shown.")).toBeVisible();
    await expect(form.getByText(/Markdown: \*emphasis\*/)).toBeVisible();
    await form.getByRole("button", { name: "Preview" }).click();

    // The preview page: the comment as it will look, what was typed kept, a button to send it.
    await expect(page.getByRole("heading", { level: 1, name: "Check your comment" })).toBeVisible();
    await expect(page.locator("[data-comment-preview] em")).toHaveText("emphasis");
    await expect(page.getByLabel("Comment")).toHaveValue(`${text}, with *emphasis*.`);
    // A person reads their comment before sending it; a form sent faster is a robot's.
    await page.waitForTimeout(3200);
    await page.getByRole("button", { name: "Send comment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("Your comment is published.");

    await expectOnPage(request, POST, text);
    await page.goto(POST);
    const comment = page.locator("#comments article", { hasText: text });
    await expect(comment).toContainText("Noscript Reader");
    await expect(comment.locator("em")).toHaveText("emphasis");
  });

  test("a field with a problem comes back with its message and what was typed", async ({ page }) => {
    await fromOwnAddress(page);
    await page.goto(POST);
    const form = page.locator("#comment-form");
    await form.getByLabel("Name").fill("Half Done");
    await form.getByLabel("Website (optional)").fill("javascript:alert(1)");
    await form.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your comment" })).toBeVisible();
    await expect(page.locator("#f-text-error")).toHaveText("Comment: please write something.");
    await expect(page.locator("#f-website-error")).toHaveText("Website: must start with http:// or https://.");
    await expect(page.getByLabel("Comment")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Name")).toHaveValue("Half Done");
    await expect(page.getByRole("button", { name: "Send comment" })).toHaveCount(0);
  });

  test("a reply, from the Reply under a comment, sits under it", async ({ page, request }) => {
    await fromOwnAddress(page);
    const parentText = unique("Parent comment");
    const replyText = unique("Its reply");
    await page.goto(POST);
    await page.locator("#comment-form").getByLabel("Name").fill("First Voice");
    await page.locator("#comment-form").getByLabel("Comment").fill(parentText);
    await page.locator("#comment-form").getByRole("button", { name: "Preview" }).click();
    await page.waitForTimeout(3200);
    await page.getByRole("button", { name: "Send comment" }).click();
    await expectOnPage(request, POST, parentText);

    await page.goto(POST);
    const parent = page.locator("#comments li", { has: page.locator(":scope > article", { hasText: parentText }) });
    await parent.locator(":scope > article summary", { hasText: "Reply" }).click();
    const replyForm = parent.locator(":scope > article details form");
    await replyForm.getByLabel("Name").fill("Second Voice");
    await replyForm.getByLabel("Comment").fill(replyText);
    await replyForm.getByRole("button", { name: "Preview" }).click();
    await page.waitForTimeout(3200);
    await page.getByRole("button", { name: "Send comment" }).click();
    await expect(page.getByRole("status")).toHaveText("Your comment is published.");

    await expectOnPage(request, POST, replyText);
    await page.goto(POST);
    const nested = page.locator("#comments li", { has: page.locator(":scope > article", { hasText: parentText }) }).locator(":scope > ol > li > article");
    await expect(nested).toContainText(replyText);
  });
});

test.describe("with JavaScript", () => {
  test("preview and send stay on the post, without a reload", async ({ page, request }) => {
    await fromOwnAddress(page);
    const text = unique("Sent with scripts");
    await page.goto(POST);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const form = page.locator("#comment-form");
    await form.getByLabel("Name").fill("Script Reader");
    await form.getByLabel("Comment").fill(`${text} and **bold**`);
    await form.getByRole("button", { name: "Preview" }).click();
    await expect(form.locator("[data-comment-preview] strong")).toHaveText("bold");
    // The preview follows the text.
    await form.getByLabel("Comment").fill(`${text} and **bolder**`);
    await expect(form.locator("[data-comment-preview] strong")).toHaveText("bolder");
    await form.getByRole("button", { name: "Send comment" }).click();
    await expect(form.getByRole("status")).toContainText("Your comment is published.");
    await expect(form.getByRole("status")).toContainText(text);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(POST);
    await expect(form.getByLabel("Comment")).toHaveValue("");
    await expectOnPage(request, POST, text);
  });

  test("hostile input is shown as text, its script never run", async ({ page, request }) => {
    await fromOwnAddress(page);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const marker = unique("Hostile");
    const name = `<script>alert('name')</script>${marker.slice(-6)}`;
    await page.goto(POST);
    const form = page.locator("#comment-form");
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Website (optional)").fill("javascript:alert('site')");
    await form.getByLabel("Comment").fill(`${marker} <img src=x onerror="alert('img')"> [click](javascript:alert('link')) <script>alert('text')</script>`);
    await form.getByRole("button", { name: "Preview" }).click();
    await expect(form.getByText("Website: must start with http:// or https://.")).toBeVisible();
    await form.getByLabel("Website (optional)").fill("https://hostile.example/?q=\"><script>alert(1)</script>");
    await form.getByRole("button", { name: "Preview" }).click();
    await form.getByRole("button", { name: "Send comment" }).click();
    await expect(form.getByRole("status")).toContainText("Your comment is published.");

    await expectOnPage(request, POST, marker);
    await page.goto(POST);
    const comment = page.locator("#comments article", { hasText: marker });
    await expect(comment.getByRole("link", { name })).toHaveAttribute("rel", "ugc nofollow noopener");
    await expect(comment.locator("script, img, [onerror]")).toHaveCount(0);
    await expect(comment.locator('a[href^="javascript:"]')).toHaveCount(0);
    await expect(comment).toContainText("click");
    expect(dialogs).toEqual([]);
  });
});

test.describe("what the form refuses", () => {
  test("a post from another site is refused, and nothing is stored", async ({ page, request }) => {
    await fromOwnAddress(page);
    const forged = unique("Forged");
    const fields = { post: POST_KEY, name: "Forger", text: forged };
    // A fresh token, as the post's own preview gives it.
    const preview = await request.post("/comments", { headers: { ...FORM, accept: "application/json" }, data: formBody({ ...fields, step: "preview" }) });
    const { token } = (await preview.json()) as { token: string };
    await page.waitForTimeout(3200);

    const forgeries: Array<Record<string, string>> = [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { origin: "null" }];
    for (const headers of forgeries) {
      const answer = await request.post("/comments", { headers: { ...FORM, ...headers }, data: formBody({ ...fields, token, step: "send" }) });
      expect(answer.status()).toBe(403);
      expect(await answer.text()).toContain("This form was sent from another site");
    }
    // A comment sent properly afterwards makes the page render again: the forged one is not there.
    const honest = unique("Honest");
    const sent = await request.post("/comments", { headers: { ...FORM, accept: "application/json" }, data: formBody({ ...fields, token, step: "send", text: honest }) });
    expect(await sent.json()).toMatchObject({ ok: true, step: "sent", state: "approved" });
    await expectOnPage(request, POST, honest);
    expect(await (await request.get(POST)).text()).not.toContain(forged);
  });

  test("a body of 1 MB gets a clear message, not a 500", async ({ request }) => {
    const answer = await request.post("/comments", { headers: FORM, data: formBody({ post: POST_KEY, name: "Big", text: "x".repeat(1024 * 1024), step: "preview" }) });
    expect(answer.status()).toBe(413);
    expect(await answer.text()).toContain("The form is too large to send: at most 64 KB.");
  });

  test("bytes that are not UTF-8, or a post that does not exist, get a message, not a 500", async ({ request }) => {
    const broken = await request.post("/comments", { headers: FORM, data: Buffer.from(`post=${POST_KEY}&name=Ann&text=%FF%FE&step=preview`) });
    expect(broken.status()).toBe(400);
    expect(await broken.text()).toContain("Comment: holds bytes that are not valid UTF-8.");
    const nowhere = await request.post("/comments", { headers: FORM, data: formBody({ post: "en/no-such-post", name: "Ann", text: "Hi", step: "preview" }) });
    expect(nowhere.status()).toBe(404);
    expect(await nowhere.text()).toContain("This post does not take comments.");
    const wrongMethod = await request.get("/comments");
    expect(wrongMethod.status()).toBe(405);
  });

  test("a reply to a comment of another post is refused in the form", async ({ request }) => {
    // A comment on the imported post, then a reply to it sent with the form of another post.
    const preview = async (fields: Record<string, string>) =>
      (await (await request.post("/comments", { headers: { ...FORM, accept: "application/json" }, data: formBody({ ...fields, step: "preview" }) })).json()) as { token: string };
    const base = { post: "en/imported-from-wordpress", name: "Elsewhere", text: unique("On the imported post") };
    const first = await preview(base);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    const sent = (await (
      await request.post("/comments", { headers: { ...FORM, accept: "application/json", "x-forwarded-for": address() }, data: formBody({ ...base, token: first.token, step: "send" }) })
    ).json()) as { anchor: string };
    const parent = sent.anchor.replace("comment-c", "");
    const stray = { post: POST_KEY, name: "Stray", text: unique("Stray reply"), parent };
    const second = await preview(stray);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    const answer = await request.post("/comments", { headers: { ...FORM, accept: "application/json", "x-forwarded-for": address() }, data: formBody({ ...stray, token: second.token, step: "send" }) });
    expect(answer.status()).toBe(400);
    expect(await answer.json()).toEqual({ ok: false, errors: [{ field: "parent", message: "The comment you reply to is on another post." }] });
  });

  test("the imported comments and the stored ones make one section with one count", async ({ page, request }) => {
    await fromOwnAddress(page);
    const text = unique("Beside the imported ones");
    const fields = { post: "en/imported-from-wordpress", name: "Newcomer", text };
    const { token } = (await (await request.post("/comments", { headers: { ...FORM, accept: "application/json" }, data: formBody({ ...fields, step: "preview" }) })).json()) as { token: string };
    await page.waitForTimeout(3200);
    await request.post("/comments", { headers: { ...FORM, "x-forwarded-for": address() }, data: formBody({ ...fields, token, step: "send" }) });
    await expectOnPage(request, IMPORTED, text);
    await page.goto(IMPORTED);
    const heading = page.locator("#comments-heading");
    const count = Number((await heading.textContent())?.match(/\d+/)?.[0]);
    expect(count).toBeGreaterThanOrEqual(5);
    await expect(page.locator("#comments > ol > li > article")).toHaveCount(await page.locator("#comments > ol > li").count());
    await expect(page.locator("#comments h2")).toHaveCount(1);
    await expect(page.locator("#comments article", { hasText: "Thanks, this saved my day." })).toBeVisible();
    await expect(page.locator("#comments article", { hasText: text })).toBeVisible();
  });
});
