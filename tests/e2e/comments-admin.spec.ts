/**
 * The author's moderation page on `next start` with the embedded database
 * (the `comments` target): waiting comments stored before the server started
 * (scripts/e2e/comments-seed.ts) are approved, marked as spam, deleted and
 * answered through the page's plain HTML forms; the one-click e-mail links
 * open a page that asks first; a reply notice reaches a loopback SMTP server
 * and its unsubscribe link works; forms from elsewhere and password guessing
 * are refused.
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { deriveKeys } from "../../lib/comments/keys";
import { actionToken } from "../../lib/comments/tokens";
import { commentsSmtpPort } from "../../scripts/e2e/targets";
import { SEED_POST } from "../../scripts/e2e/comments-seed";
import { partOf, startSmtp } from "../unit/helpers/smtp";
import { expect, test } from "./fixtures";

const PASSWORD = process.env.QUIRE_ADMIN_PASSWORD ?? "";
const ADMIN = "/admin/comments";

test.describe.configure({ mode: "serial" });

let smtp: Awaited<ReturnType<typeof startSmtp>>;
test.beforeAll(async ({}, testInfo) => {
  smtp = await startSmtp(commentsSmtpPort(Number(new URL(testInfo.project.use.baseURL!).port)));
});
test.afterAll(() => smtp.close());

async function logIn(page: Page) {
  await page.goto(ADMIN);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Comments", level: 1 })).toBeVisible();
}

/** The article of the comment whose text is `text`, on the tab open. */
const commentCard = (page: Page, text: string) => page.locator("article[data-comment]").filter({ hasText: text });

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
  const pendingBefore = Number((await count(page, "pending").textContent())!.replace(/\D/g, ""));
  expect(await postHtml(request)).not.toContain("Seed: approve me");
  const id = await idOf(page, "Seed: approve me");
  await page.getByRole("button", { name: `Approve comment ${id}` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Comment ${id} approved: it is on its post's page.`);
  await expect(count(page, "pending")).toHaveText(`(${pendingBefore - 1})`);
  await expect(commentCard(page, "Seed: approve me")).toHaveCount(0);
  await expect.poll(() => postHtml(request), { timeout: 10_000 }).toContain("Seed: approve me");
  await page.getByRole("link", { name: /^Approved/ }).click();
  await expect(commentCard(page, "Seed: approve me")).toBeVisible();
});

test("spam and delete take a comment out of the waiting list and off the page", async ({ page, request }) => {
  await logIn(page);
  const spam = await idOf(page, "Seed: spam me");
  await page.getByRole("button", { name: `Spam comment ${spam}` }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Comment ${spam} marked as spam.`);
  const gone = await idOf(page, "Seed: delete me");
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
  await expect.poll(() => postHtml(request), { timeout: 10_000 }).toContain("the author answers.");
  expect(await postHtml(request)).toContain("Seed: answer me");

  await expect.poll(() => smtp.received.filter((m) => m.to.includes("rita@example.com")).length, { timeout: 10_000 }).toBe(1);
  const notice = smtp.received.find((m) => m.to.includes("rita@example.com"))!;
  const text = partOf(notice.raw, "text/plain");
  expect(text).toContain("replied to your comment on “Writing posts”");
  const stop = new URL(/Stop them: (\S+)/.exec(text)![1]);
  expect(stop.pathname).toBe("/comments/unsubscribe");
  // Opening the link (as a mail scanner does) changes nothing; the button does.
  await page.goto(`${stop.pathname}${stop.search}`);
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
  await expect.poll(() => postHtml(request), { timeout: 10_000 }).toContain("Seed: link approval");
});

test.describe("a reader's new comment", () => {
  test.use({ javaScriptEnabled: false });

  test("e-mails the author (every field escaped), whose delete link asks first, then takes it off the page", async ({ page, request }) => {
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
    await expect.poll(() => postHtml(request), { timeout: 10_000 }).toContain(text);

    const mailed = () => smtp.received.find((m) => m.to.includes("author@example.org") && partOf(m.raw, "text/plain").includes(text));
    await expect.poll(() => Boolean(mailed()), { timeout: 10_000 }).toBe(true);
    const plain = partOf(mailed()!.raw, "text/plain");
    expect(plain).toContain("E-mail: mallory@example.com");
    expect(partOf(mailed()!.raw, "text/html")).toContain("Mallory &lt;b&gt;Mail&lt;/b&gt;");
    const remove = new URL(/^Delete: (\S+)$/m.exec(plain)![1]);
    expect(remove.pathname).toBe(`${ADMIN}/delete`);

    await page.goto(`${remove.pathname}${remove.search}`);
    await expect(page.getByRole("heading", { name: "Delete a comment" })).toBeVisible();
    expect(await postHtml(request)).toContain(text);
    await page.getByRole("button", { name: /^Delete comment \d+$/ }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^Comment \d+ deleted\.$/);
    await expect.poll(() => postHtml(request), { timeout: 10_000 }).not.toContain(text);
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
