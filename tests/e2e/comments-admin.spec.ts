/**
 * The author's moderation page (the targets `comments`: next start with the
 * embedded database, and `comments-vercel`: the functions of `vercel build`
 * on Postgres): waiting comments stored before the server started
 * (scripts/e2e/comments-seed.ts) are approved, marked as spam, deleted and
 * answered through the page's plain HTML forms; the one-click e-mail links
 * open a page that asks first; a reply notice reaches the target's loopback
 * SMTP server (scripts/e2e/mailbox.ts) and its unsubscribe link works; forms
 * from elsewhere and password guessing are refused.
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { deriveKeys } from "../../lib/comments/keys";
import { actionToken } from "../../lib/comments/tokens";
import { SEED_POST } from "../../scripts/e2e/comments-seed";
import { partOf } from "../unit/helpers/smtp";
import { ADMIN, commentCard, linkIn, logIn, mailsTo, mailTo, PASSWORD, plainText, SHOWN_WITHIN_MS } from "./comments-helpers";
import { expect, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

async function idOf(page: Page, text: string): Promise<string> {
  return (await commentCard(page, text).getAttribute("data-comment"))!;
}

const count = (page: Page, state: string) => page.locator(`[data-count="${state}"]`);

/** The post page's HTML as a reader (or a search engine) gets it. */
const postHtml = async (request: APIRequestContext) => (await request.get(SEED_POST.path)).text();

test("a wrong password is refused without saying more, the right one opens the page, noindex", async ({ page }) => {
  await page.goto(ADMIN);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong password.");
  await logIn(page);
  const cookie = (await page.context().cookies()).find((c) => c.name === "quire_admin");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/admin" });
  await expect(commentCard(page, "Seed: approve me")).toContainText("E-mail: ann@example.com");
});

test("approving a waiting comment puts it on the post page", async ({ page, request }) => {
  await logIn(page);
  expect(await postHtml(request)).not.toContain("Seed: approve me");
  const id = await idOf(page, "Seed: approve me");
  await page.getByRole("button", { name: `Approve comment ${id}` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Comment ${id} approved: it is on its post's page.`);
  await expect(commentCard(page, "Seed: approve me")).toHaveCount(0);
  // The count is the waiting list's own (comments.spec.ts, running beside this file, adds waiting
  // comments and approves them at any moment: a count from before the click proves nothing).
  const countMatchesList = async () => (await count(page, "pending").textContent()) === `(${await page.locator("article[data-comment]").count()})`;
  await expect.poll(async () => (await countMatchesList()) || (await page.reload(), false)).toBe(true);
  await expect.poll(() => postHtml(request), { timeout: SHOWN_WITHIN_MS }).toContain("Seed: approve me");
  await page.getByRole("link", { name: /^Approved/ }).click();
  await expect(commentCard(page, "Seed: approve me")).toBeVisible();
});

test("spam and delete take a comment out of the waiting list and off the page", async ({ page, request }) => {
  await logIn(page);
  const spam = await idOf(page, "Seed: spam me");
  await page.getByRole("button", { name: `Spam comment ${spam}` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Comment ${spam} marked as spam.`);
  const gone = await idOf(page, "Seed: delete me");
  // Deleting is final: the button is behind a second click.
  await expect(page.getByRole("button", { name: `Delete comment ${gone}` })).toBeHidden();
  await page.locator(`[data-comment="${gone}"] summary`, { hasText: "Delete…" }).click();
  await page.getByRole("button", { name: `Delete comment ${gone}` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Comment ${gone} deleted.`);
  await page.getByRole("link", { name: /^Spam/ }).click();
  await expect(commentCard(page, "Seed: spam me")).toBeVisible();
  await page.getByRole("link", { name: /^Deleted/ }).click();
  await expect(commentCard(page, "Seed: delete me")).toBeVisible();
  // A deleted comment offers no way back.
  await expect(commentCard(page, "Seed: delete me").getByRole("button")).toHaveCount(0);
  const html = await postHtml(request);
  expect(html).not.toContain("Seed: spam me");
  expect(html).not.toContain("Seed: delete me");
});

test("the author's reply approves the comment, shows at once, and sends the commenter a notice they can stop", async ({ page, request }) => {
  await logIn(page);
  const card = commentCard(page, "Seed: answer me");
  const id = await idOf(page, "Seed: answer me");
  await card.getByText("Reply as the author").click();
  await card.getByLabel(`Your reply to #${id}`).fill("Thanks, **Rita**: the author answers.");
  await card.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("is on the post's page.");
  await expect.poll(() => postHtml(request), { timeout: SHOWN_WITHIN_MS }).toContain("the author answers.");
  expect(await postHtml(request)).toContain("Seed: answer me");

  const notice = await mailTo("rita@example.com", "the author answers.");
  expect(mailsTo("rita@example.com")).toHaveLength(1);
  expect(plainText(notice)).toContain("replied to your comment on “Writing posts”");
  const stop = linkIn(notice, /Stop them: (\S+)/);
  expect(stop).toMatch(/^\/comments\/unsubscribe\?token=/);
  // Opening the link (as a mail scanner does) changes nothing; the button does.
  await page.goto(stop);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.getByRole("button", { name: "Stop notices of replies to my comment" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("You will get no more notices of replies to that comment.");
});

test("an approve link from the e-mail asks before it acts, and works only for its purpose", async ({ page, request }) => {
  await logIn(page);
  const id = await idOf(page, "Seed: link approval");
  await page.context().clearCookies();
  const keys = deriveKeys(process.env.COMMENTS_SECRET!);
  const approve = actionToken(keys, "approve", id, new Date());
  // The delete link's token on the approve page: not valid.
  await page.goto(`${ADMIN}/approve?token=${encodeURIComponent(actionToken(keys, "delete", id, new Date()))}`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This link is not valid.");
  await page.goto(`${ADMIN}/approve?token=${encodeURIComponent(approve)}`);
  await expect(page.getByRole("heading", { name: "Approve a comment" })).toBeVisible();
  expect(await postHtml(request)).not.toContain("Seed: link approval");
  await page.getByRole("button", { name: `Approve comment ${id}` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Comment ${id} approved: it is on its post's page.`);
  await expect.poll(() => postHtml(request), { timeout: SHOWN_WITHIN_MS }).toContain("Seed: link approval");
});

test.describe("a reader's new comment", () => {
  test.use({ javaScriptEnabled: false });

  test("waits, e-mails the author (every field escaped), whose approve link puts it on the page and delete link, asking first, takes it off", async ({ page, request }) => {
    const text = `Mailed comment ${Date.now().toString(36)}`;
    await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.250" });
    await page.goto(SEED_POST.path);
    const form = page.locator("#comment-form");
    await form.getByLabel("Name").fill("Mallory <b>Mail</b>");
    await form.getByLabel("E-mail (optional)").fill("mallory@example.com");
    await form.getByLabel("Comment").fill(text);
    await form.getByRole("button", { name: "Preview" }).click();
    // A person reads their comment before sending it; a form sent faster is a robot's.
    await page.waitForTimeout(3200);
    await page.getByRole("button", { name: "Send comment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Your comment awaits moderation");
    expect(await postHtml(request)).not.toContain(text);

    const mailed = await mailTo("author@example.org", text);
    const plain = plainText(mailed);
    expect(plain).toContain("E-mail: mallory@example.com");
    expect(partOf(mailed.raw, "text/html")).toContain("Mallory &lt;b&gt;Mail&lt;/b&gt;");
    const approve = linkIn(mailed, /^Approve: (\S+)$/m);
    expect(approve.startsWith(`${ADMIN}/approve?token=`)).toBe(true);
    const remove = linkIn(mailed, /^Delete: (\S+)$/m);
    expect(remove.startsWith(`${ADMIN}/delete?token=`)).toBe(true);

    // The approve link, read from the mail server, asks first (no login), then the comment is on the page within 10 s.
    await page.goto(approve);
    await expect(page.getByRole("heading", { name: "Approve a comment" })).toBeVisible();
    expect(await postHtml(request)).not.toContain(text);
    await page.getByRole("button", { name: /^Approve comment \d+$/ }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^Comment \d+ approved: it is on its post's page\.$/);
    await expect.poll(() => postHtml(request), { timeout: SHOWN_WITHIN_MS }).toContain(text);

    await page.goto(remove);
    await expect(page.getByRole("heading", { name: "Delete a comment" })).toBeVisible();
    expect(await postHtml(request)).toContain(text);
    await page.getByRole("button", { name: /^Delete comment \d+$/ }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^Comment \d+ deleted\.$/);
    await expect.poll(() => postHtml(request), { timeout: SHOWN_WITHIN_MS }).not.toContain(text);
  });
});

test("forms from another site are refused: the login, and an action with the session cookie but no token", async ({ page, playwright, baseURL }) => {
  const foreign = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: "https://evil.example" } });
  const login = await foreign.post(`${ADMIN}/login`, { form: { password: PASSWORD }, maxRedirects: 0 });
  expect(login.status()).toBe(403);
  expect(login.headers()["set-cookie"]).toBeUndefined();
  await foreign.dispose();

  await logIn(page);
  const session = (await page.context().cookies()).find((c) => c.name === "quire_admin")!.value;
  const pending = "1";
  const same = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL!, Cookie: `quire_admin=${session}` } });
  const forged = await same.post(`${ADMIN}/action`, { form: { intent: "delete", id: pending, csrf: "forged" }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  await same.dispose();
  const evil = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: "https://evil.example", Cookie: `quire_admin=${session}` } });
  expect((await evil.post(`${ADMIN}/action`, { form: { intent: "delete", id: pending }, maxRedirects: 0 })).status()).toBe(403);
  await evil.dispose();
});

test("guessing the password stops after five wrong ones from an address, even with the right one", async ({ playwright, baseURL }) => {
  const guesser = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL!, "X-Forwarded-For": "198.51.100.77" } });
  const attempt = async (password: string) => (await guesser.post(`${ADMIN}/login`, { form: { password }, maxRedirects: 0 })).headers().location;
  for (let i = 0; i < 5; i++) expect(await attempt(`guess number ${i}`)).toBe(`${ADMIN}?notice=wrong`);
  expect(await attempt(PASSWORD)).toBe(`${ADMIN}?notice=rate-limited`);
  await guesser.dispose();
});

/** axe's serious and critical findings on the page as it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the login, moderation and confirm pages have no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${ADMIN}?notice=wrong`);
    await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));
    expect(await seriousViolations(page)).toEqual([]);
    await logIn(page);
    for (const state of ["pending", "approved", "deleted"]) {
      await page.goto(`${ADMIN}?state=${state}&notice=approved&id=1`);
      const reply = page.getByText("Reply as the author").first();
      if (await reply.count()) await reply.click();
      expect(await seriousViolations(page), state).toEqual([]);
    }
    const keys = deriveKeys(process.env.COMMENTS_SECRET!);
    await page.goto(`${ADMIN}/delete?token=${encodeURIComponent(actionToken(keys, "delete", "2", new Date()))}`);
    await expect(page.getByRole("heading", { name: "Delete a comment" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("logging out ends the session: its cookie opens nothing any more", async ({ page, playwright, baseURL }) => {
  await logIn(page);
  const session = (await page.context().cookies()).find((c) => c.name === "quire_admin")!.value;
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("You are logged out.");
  await expect(page.getByLabel("Password")).toBeVisible();
  const stale = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `quire_admin=${session}` } });
  expect(await (await stale.get(ADMIN)).text()).toContain('name="password"');
  await stale.dispose();
});
