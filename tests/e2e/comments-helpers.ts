/**
 * What the comments specs share (tests/e2e/comments*.spec.ts, the targets
 * `comments` and `comments-vercel`): the author's moderation through the real
 * admin page, the post's HTML as a reader without JavaScript gets it, and the
 * e-mails the site sent, read from the target's loopback SMTP server
 * (scripts/e2e/mailbox.ts writes each one into a folder of the workspace).
 */
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { MAILBOX_DIR } from "../../scripts/e2e/mailbox";
import { partOf } from "../unit/helpers/smtp";
import { expect } from "./fixtures";

export const ADMIN = "/admin/comments";
export const PASSWORD = process.env.QUIRE_ADMIN_PASSWORD ?? "";

/** How long a change may take to reach the post's HTML (the "within 10 s"). */
export const SHOWN_WITHIN_MS = 10_000;

/** Logs `page` in on the admin page. */
export async function logIn(page: Page) {
  await page.goto(ADMIN);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Comments", level: 1 })).toBeVisible();
}

/** The article of the comment whose text holds `text`, on the admin tab open. */
export const commentCard = (page: Page, text: string) => page.locator("article[data-comment]").filter({ hasText: text });

/**
 * Approves the waiting comment holding `text` as the author does: in a
 * browser of its own, the login form, then the comment's Approve button on
 * the waiting tab. Answers the comment's id.
 */
export async function approveOnAdminPage(browser: Browser, text: string): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await logIn(page);
    const card = commentCard(page, text);
    await expect(card).toHaveCount(1);
    const id = (await card.getAttribute("data-comment"))!;
    await page.getByRole("button", { name: `Approve comment ${id}` }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(`Comment ${id} approved: it is on its post's page.`);
    return id;
  } finally {
    await context.close();
  }
}

/** The post's HTML as a reader without JavaScript (or a search engine) gets it. */
export const pageHtml = async (request: APIRequestContext, at: string) => (await request.get(at)).text();

/** Waits until the post's HTML holds `text` (or, with `present` false, no longer does). */
export async function expectInHtml(request: APIRequestContext, at: string, text: string, present = true) {
  const poll = expect.poll(async () => (await pageHtml(request, at)).includes(text), { timeout: SHOWN_WITHIN_MS, intervals: [250, 500] });
  await poll.toBe(present);
}

export interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** Every message the site sent so far, oldest first. */
export function mailbox(): Mail[] {
  if (!fs.existsSync(MAILBOX_DIR)) return [];
  return fs
    .readdirSync(MAILBOX_DIR)
    .filter((name) => name.endsWith(".json") && !name.startsWith("."))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(MAILBOX_DIR, name), "utf8")) as Mail);
}

export const plainText = (mail: Mail) => partOf(mail.raw, "text/plain");

/** The messages to `to` whose text holds `holding`. */
export const mailsTo = (to: string, holding = "") => mailbox().filter((m) => m.to.includes(to) && plainText(m).includes(holding));

/** The one message to `to` whose text holds `holding`, once it arrived (sent after the answer, in `after()`). */
export async function mailTo(to: string, holding: string): Promise<Mail> {
  await expect.poll(() => mailsTo(to, holding).length, { timeout: 10_000, message: `a mail to ${to} holding "${holding}"` }).toBe(1);
  return mailsTo(to, holding)[0];
}

/** The path and query of the link after `label` in a mail's text ("Approve: https://…"), to open on the site under test. */
export function linkIn(mail: Mail, label: RegExp): string {
  const found = label.exec(plainText(mail));
  if (!found) throw new Error(`no link ${label} in:\n${plainText(mail)}`);
  const url = new URL(found[1]);
  return `${url.pathname}${url.search}`;
}
