/**
 * Readers' comments on a post page, with the default moderation (`all`:
 * every comment waits for the author), on the targets `comments` (next
 * start, the embedded database in a throwaway folder) and `comments-vercel`
 * (the functions of `vercel build` on Postgres): writing one without
 * JavaScript through the preview page, with JavaScript without a reload, a
 * reply; each is first "awaiting moderation" and absent from the post's
 * HTML, then approved by the author on the admin page or through the
 * e-mailed link, and then in the post's HTML within 10 s. Reply notices and
 * their unsubscribe link; what the form refuses: a post from another site,
 * hostile input, a body of 1 MB, bytes that are not UTF-8; axe on the
 * section in both themes.
 *
 * Each test sends from its own address (X-Forwarded-For) so the per-address
 * rate limit counts each test apart.
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { approveOnAdminPage, expectInHtml, linkIn, mailsTo, mailTo, pageHtml, plainText } from "./comments-helpers";
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

const PENDING = "Your comment awaits moderation: it appears under the post once the author approves it.";

/** The post page's HTML as a reader without JavaScript gets it, once it holds `text` (within 10 s of the approval). */
const expectOnPage = (request: APIRequestContext, path: string, text: string) => expectInHtml(request, path, text);

/** A waiting comment is in no page's HTML. */
async function expectNotOnPage(request: APIRequestContext, path: string, text: string) {
  expect(await pageHtml(request, path)).not.toContain(text);
}

/** A form body as a browser sends it. */
const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "content-type": "application/x-www-form-urlencoded" };

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a comment goes through the preview page, waits for moderation, and shows in the post's HTML once approved on the admin page", async ({ page, request, browser }) => {
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
    await expect(page.getByRole("status")).toHaveText(PENDING);
    await expectNotOnPage(request, POST, text);

    await approveOnAdminPage(browser, text);
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

  test("a reply, from the Reply under a comment, waits too, then sits under it", async ({ page, request, browser }) => {
    await fromOwnAddress(page);
    const parentText = unique("Parent comment");
    const replyText = unique("Its reply");
    await page.goto(POST);
    await page.locator("#comment-form").getByLabel("Name").fill("First Voice");
    await page.locator("#comment-form").getByLabel("Comment").fill(parentText);
    await page.locator("#comment-form").getByRole("button", { name: "Preview" }).click();
    await page.waitForTimeout(3200);
    await page.getByRole("button", { name: "Send comment" }).click();
    await expect(page.getByRole("status")).toHaveText(PENDING);
    await approveOnAdminPage(browser, parentText);
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
    await expect(page.getByRole("status")).toHaveText(PENDING);
    await expectNotOnPage(request, POST, replyText);

    await approveOnAdminPage(browser, replyText);
    await expectOnPage(request, POST, replyText);
    await page.goto(POST);
    const nested = page.locator("#comments li", { has: page.locator(":scope > article", { hasText: parentText }) }).locator(":scope > ol > li > article");
    await expect(nested).toContainText(replyText);
  });
});

test.describe("with JavaScript", () => {
  test("preview and send stay on the post, without a reload; approved, the comment is in the post's HTML", async ({ page, request, browser }) => {
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
    await expect(form.getByRole("status")).toContainText(PENDING);
    await expect(form.getByRole("status")).toContainText("Awaiting moderation");
    await expect(form.getByRole("status")).toContainText(text);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(POST);
    await expect(form.getByLabel("Comment")).toHaveValue("");
    await expectNotOnPage(request, POST, text);
    await approveOnAdminPage(browser, text);
    await expectOnPage(request, POST, text);
  });

  test("hostile input is shown as text, its script never run", async ({ page, request, browser }) => {
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
    await expect(form.getByRole("status")).toContainText(PENDING);
    await expect(form.getByRole("status").locator("script, img, [onerror]")).toHaveCount(0);

    await approveOnAdminPage(browser, marker);
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
  test("a post from another site is refused, and nothing is stored", async ({ page, request, browser }) => {
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
    // A comment sent properly afterwards, once approved, makes the page render again: the forged one is not there.
    const honest = unique("Honest");
    const sent = await request.post("/comments", { headers: { ...FORM, accept: "application/json" }, data: formBody({ ...fields, token, step: "send", text: honest }) });
    expect(await sent.json()).toMatchObject({ ok: true, step: "sent", state: "pending" });
    await approveOnAdminPage(browser, honest);
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

  test("a reply to a comment of another post is refused in the form", async ({ request, browser }) => {
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
    // Only a shown comment takes replies: the author approves it first.
    expect(await approveOnAdminPage(browser, base.text)).toBe(parent);
    const stray = { post: POST_KEY, name: "Stray", text: unique("Stray reply"), parent };
    const second = await preview(stray);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    const answer = await request.post("/comments", { headers: { ...FORM, accept: "application/json", "x-forwarded-for": address() }, data: formBody({ ...stray, token: second.token, step: "send" }) });
    expect(answer.status()).toBe(400);
    expect(await answer.json()).toEqual({ ok: false, errors: [{ field: "parent", message: "The comment you reply to is on another post." }] });
  });

  test("the imported comments and the stored ones make one section with one count", async ({ page, request, browser }) => {
    await fromOwnAddress(page);
    const text = unique("Beside the imported ones");
    const fields = { post: "en/imported-from-wordpress", name: "Newcomer", text };
    const { token } = (await (await request.post("/comments", { headers: { ...FORM, accept: "application/json" }, data: formBody({ ...fields, step: "preview" }) })).json()) as { token: string };
    await page.waitForTimeout(3200);
    await request.post("/comments", { headers: { ...FORM, "x-forwarded-for": address() }, data: formBody({ ...fields, token, step: "send" }) });
    await expectNotOnPage(request, IMPORTED, text);
    await approveOnAdminPage(browser, text);
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

test.describe("reply notices", () => {
  test.use({ javaScriptEnabled: false });

  /** Sends the form `form` (the post's, or a Reply's) through the preview page; answers when the comment waits. */
  async function send(page: Page, form: ReturnType<Page["locator"]>, fields: { name: string; text: string; email?: string; notify?: boolean }) {
    await form.getByLabel("Name").fill(fields.name);
    if (fields.email) await form.getByLabel("E-mail (optional)").fill(fields.email);
    if (fields.notify) await form.getByLabel("E-mail me when someone replies").check();
    await form.getByLabel("Comment").fill(fields.text);
    await form.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your comment" })).toBeVisible();
    if (fields.notify) await expect(page.getByLabel("E-mail me when someone replies")).toBeChecked();
    await page.waitForTimeout(3200);
    await page.getByRole("button", { name: "Send comment" }).click();
    await expect(page.getByRole("status")).toHaveText(PENDING);
  }

  const replyForm = async (page: Page, parentText: string) => {
    await page.goto(POST);
    const parent = page.locator("#comments li", { has: page.locator(":scope > article", { hasText: parentText }) });
    await parent.locator(":scope > article summary", { hasText: "Reply" }).click();
    return parent.locator(":scope > article details form");
  };

  test("approved from the e-mailed link, a comment whose writer asked for notices gets one per reply until they stop them", async ({ page, request, browser }) => {
    test.setTimeout(150_000);
    await fromOwnAddress(page);
    const email = `${unique("notify").replace(/\W+/g, ".")}@example.com`;
    const asked = unique("Tell me about replies");
    await page.goto(POST);
    await send(page, page.locator("#comment-form"), { name: "Nora Notify", email, notify: true, text: asked });
    await expectNotOnPage(request, POST, asked);

    // The author's e-mail about it, read from the loopback SMTP server: its approve link asks first, needs no login.
    const told = await mailTo("author@example.org", asked);
    expect(plainText(told)).toContain(`E-mail: ${email}`);
    const author = await browser.newContext({ javaScriptEnabled: false });
    const linkPage = await author.newPage();
    await linkPage.goto(linkIn(told, /^Approve: (\S+)$/m));
    await expect(linkPage.getByRole("heading", { name: "Approve a comment" })).toBeVisible();
    await expectNotOnPage(request, POST, asked);
    await linkPage.getByRole("button", { name: /^Approve comment \d+$/ }).click();
    await expect(linkPage.getByRole("main").getByRole("status")).toHaveText(/^Comment \d+ approved: it is on its post's page\.$/);
    await author.close();
    await expectOnPage(request, POST, asked);

    // A reader's reply, approved on the admin page: Nora hears of it.
    const answer = unique("An answer for Nora");
    await send(page, await replyForm(page, asked), { name: "Rob Replier", text: answer });
    await approveOnAdminPage(browser, answer);
    await expectOnPage(request, POST, answer);
    const notice = await mailTo(email, answer);
    expect(plainText(notice)).toContain("Rob Replier replied to your comment on “Writing posts”");
    // Its "Read it" link lands on the reply itself.
    const readIt = /Read it: (\S+)/.exec(plainText(notice))?.[1] ?? "";
    const replyAnchor = new URL(readIt).hash;
    await page.goto(linkIn(notice, /Read it: (\S+)/) + replyAnchor);
    await expect(page.locator(replyAnchor)).toContainText(answer);

    // Its unsubscribe link: a page that asks (opening it changes nothing), then the button.
    await page.goto(linkIn(notice, /Stop them: (\S+)/));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await page.getByRole("button", { name: "Stop notices of replies to my comment" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("You will get no more notices of replies to that comment.");

    // A later reply, approved: no notice any more. Its e-mail to the author shows the mail went out after it.
    const later = unique("A later answer");
    await send(page, await replyForm(page, asked), { name: "Rob Replier", text: later });
    await mailTo("author@example.org", later);
    await approveOnAdminPage(browser, later);
    await expectOnPage(request, POST, later);
    await page.waitForTimeout(3000);
    expect(mailsTo(email).map((m) => plainText(m).includes(answer))).toEqual([true]);
  });
});

/** axe's serious and critical findings inside the comments section. */
async function seriousInSection(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include("#comments").analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the pages a form without JavaScript gets have no serious accessibility violations: a preview with a problem, a preview, the answer (${colorScheme})`, async ({ page }) => {
    // Read as the browser gets them, then shown in a page axe can run in (axe needs scripts; these pages have none).
    await fromOwnAddress(page);
    await page.emulateMedia({ colorScheme });
    // The page stays blank until each answer is put in it: the post page's own scripts never run under axe.
    const post = /<input type="hidden" name="post" value="([^"]+)"/.exec(await (await page.request.get(POST)).text())?.[1] ?? "";
    expect(post).not.toBe("");
    const serious = async (html: string) => {
      await page.setContent(html);
      return (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
    };
    const ask = async (fields: Record<string, string>) => (await page.request.post("/comments", { headers: FORM, data: formBody({ post, ...fields }) })).text();
    const text = unique("Axe without scripts");
    const problem = await ask({ text, step: "preview" });
    expect(problem).toContain("Check your comment");
    expect(await serious(problem)).toEqual([]);
    const preview = await ask({ name: `Axe ${colorScheme}`, text, step: "preview" });
    const token = /name="token" value="([^"]+)"/.exec(preview)?.[1] ?? "";
    expect(token).not.toBe("");
    expect(await serious(preview)).toEqual([]);
    await page.waitForTimeout(3_000);
    const answer = await ask({ name: `Axe ${colorScheme}`, text, token, step: "send" });
    expect(answer).toContain("awaits moderation");
    expect(await serious(answer)).toEqual([]);
  });

  test(`the comments section has no serious accessibility violations: threads, a Reply form, a preview, a comment sent (${colorScheme})`, async ({ page }) => {
    await fromOwnAddress(page);
    await page.emulateMedia({ colorScheme });
    await page.goto(POST);
    await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));
    // The seed's approved comment (scripts/e2e/comments-seed.ts) and its Reply form.
    const shown = page.locator("#comments li", { has: page.locator(":scope > article", { hasText: "Seed: already shown" }) });
    await shown.locator(":scope > article summary", { hasText: "Reply" }).click();
    await expect(shown.locator(":scope > article details form")).toBeVisible();
    expect(await seriousInSection(page)).toEqual([]);

    const form = page.locator("#comment-form");
    await form.getByLabel("Name").fill(`Axe ${colorScheme}`);
    await form.getByLabel("Comment").fill(`${unique("Checked by axe")} with **bold** and a [link](https://example.org)`);
    await form.getByRole("button", { name: "Preview" }).click();
    await expect(form.locator("[data-comment-preview] strong")).toHaveText("bold");
    expect(await seriousInSection(page)).toEqual([]);
    await form.getByRole("button", { name: "Send comment" }).click();
    await expect(form.getByRole("status")).toContainText(PENDING);
    expect(await seriousInSection(page)).toEqual([]);
  });
}
