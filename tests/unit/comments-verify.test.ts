/**
 * The link that verifies a commenter's address, which moderation `first`
 * trusts: sent once (a day) after a waiting comment, through a real SMTP
 * server on loopback; its page reads and changes nothing; its button
 * verifies; and only then, with a comment of theirs approved, do the next
 * ones appear at once. The whole file runs under BASE_PATH=/blog.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CommentsContext } from "@/lib/comments/context";
import type { ModerationMode } from "@/lib/comments/settings";

const site = vi.hoisted(() => {
  const basePath = process.env.BASE_PATH;
  process.env.BASE_PATH = "/blog";
  return { ctx: undefined as CommentsContext | undefined, basePath };
});
vi.mock("@/lib/comments/admin-site", () => ({ commentsOn: () => true, siteComments: async () => site.ctx!, adminPassword: () => undefined }));
// The page's frame asks which languages have posts: a unit test runs before any content step, with none written.
vi.mock("@/lib/data/posts", async (original) => ({ ...(await original<typeof import("@/lib/data/posts")>()), getSectionLanguages: () => ["en"] }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));

import { VerifyEmailPage } from "@/app/_routes/comments-admin";
import { afterCommentStored } from "@/lib/comments/changes";
import { migrate } from "@/lib/comments/db/migrate";
import { sql, type Db } from "@/lib/comments/db/sql";
import { deriveKeys } from "@/lib/comments/keys";
import { verificationMail } from "@/lib/comments/mail/compose";
import { mailVerification, type MailContext } from "@/lib/comments/mail/notify";
import { createMailer } from "@/lib/comments/mail/send";
import { readMailSettings } from "@/lib/comments/mail/settings";
import { moderate } from "@/lib/comments/moderation";
import { claimVerificationMail, verificationLink, verifyCommenterEmail } from "@/lib/comments/notices";
import { eraseCommenter, exportCommenter } from "@/lib/comments/privacy";
import { verifyNotice, verifyRequest } from "@/lib/comments/requests";
import { respondToComment, type RespondDeps } from "@/lib/comments/respond";
import { COMMENT_DEFAULTS } from "@/lib/comments/settings";
import { signToken, unsubscribeToken, verifyEmailToken } from "@/lib/comments/tokens";
import { translator } from "@/lib/i18n/site";
import { DB_TIMEOUT, DRIVERS } from "./helpers/comments-db";
import { decodeHeader, headerNames, headersOf, partOf, startSmtp, type Received } from "./helpers/smtp";

const keys = deriveKeys("a-test-secret-that-is-long-enough-0123456789");
const POST = "en/hello";
const SITE = "https://blog.example.org/blog";
const HOUR = 3600_000;

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
  if (site.basePath === undefined) delete process.env.BASE_PATH;
  else process.env.BASE_PATH = site.basePath;
});

describe("the verification e-mail, composed", () => {
  const facts = { siteTitle: "Quire\r\nBcc: all@example.com", post: { title: "A <i>post</i>\nX-Evil: 1", url: `${SITE}/blog/hello` }, link: `${SITE}/comments/verify?token=a.b&x=<y>`, days: 7 };

  it("keeps the subject one line, escapes the HTML part and gives the link as a plain URL in the text", () => {
    const mail = verificationMail("ann@example.com", facts);
    expect(mail.subject).toBe("[Quire Bcc: all@example.com] Confirm your e-mail address");
    expect(mail.html).not.toMatch(/<i>|<y>/);
    expect(mail.html).toContain("“A &lt;i&gt;post&lt;/i&gt; X-Evil: 1”");
    expect(mail.html).toContain('href="https://blog.example.org/blog/comments/verify?token=a.b&amp;x=&lt;y&gt;"');
    expect(mail.text).toContain(`Confirm: ${facts.link}\n`);
    expect(mail.text).toContain("works for 7 days");
  });
});

describe.each(DRIVERS)("verifying a commenter's address on $name", { timeout: DB_TIMEOUT }, (driver) => {
  let db: Db;
  let clock: Date;
  let ctx: CommentsContext;
  let mail: MailContext;
  let mailsVerification = true;
  const logged: string[] = [];
  /** The e-mails a stored comment sends, run as the route runs them after its answer. */
  const sending: Promise<void>[] = [];
  const sent = async () => {
    await Promise.all(sending.splice(0));
  };

  const withMode = (moderation: ModerationMode) => {
    ctx = { db, keys, rules: { ...COMMENT_DEFAULTS, moderation, rateLimit: { max: 1000, windowMinutes: 10 } }, now: () => clock };
    site.ctx = ctx;
  };
  const deps = (): RespondDeps => ({
    rules: ctx.rules,
    store: async () => ctx,
    post: (key) => (key === POST ? { title: "Hello", path: "/blog/blog/hello", lang: "en" } : undefined),
    changed: () => {},
    stored: (storeCtx, comment) => void sending.push(afterCommentStored(storeCtx, mail, comment)),
    mailsVerification: () => mailsVerification,
    words: (lang) => ({ t: translator(lang) as (key: string) => string, lang, siteTitle: "Quire" }),
    defaultLang: "en",
    action: "/blog/comments",
  });
  const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
    new Request("http://blog.example.org/blog/comments", {
      method: "POST",
      headers: { host: "blog.example.org", "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(body).toString(),
    });

  type Answer = { ok: boolean; state?: string; verification?: true; errors?: unknown };
  /** A reader's comment through app/comments, as the browser's script sends it: preview, wait, send. */
  const comment = async (fields: Record<string, string>, accept: "json" | "html" = "json", cookie?: string): Promise<Answer & { page?: string }> => {
    const body = { post: POST, ...fields };
    const browser: Record<string, string> = cookie ? { cookie } : {};
    const preview = (await (await respondToComment(post({ ...body, step: "preview" }, { accept: "application/json", ...browser }), deps())).json()) as { token: string };
    clock = new Date(clock.getTime() + 5000);
    const response = await respondToComment(post({ ...body, token: preview.token, step: "send" }, { ...(accept === "json" ? { accept: "application/json" } : {}), ...browser }), deps());
    if (accept === "html") return { ok: response.ok, page: await response.text() };
    return (await response.json()) as Answer;
  };
  const toAnn = () => smtp.received.filter((message) => message.to.includes("ann@example.com"));
  const linkIn = (message: Received) => {
    const url = /^Confirm: (\S+)$/m.exec(partOf(message.raw, "text/plain"))?.[1];
    if (!url) throw new Error("no Confirm link");
    return new URL(url);
  };
  /** The button of the confirm page, pressed: what app/(site)/comments/verify/confirm answers. */
  const press = (token: string) =>
    verifyRequest(
      new Request("http://blog.example.org/blog/comments/verify/confirm", {
        method: "POST",
        headers: { host: "blog.example.org", origin: "https://blog.example.org", "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token }).toString(),
      }),
    );
  const page = async (query: Record<string, string>) => renderToStaticMarkup(await VerifyEmailPage({ searchParams: Promise.resolve(query) }));
  const commenters = async () => (await db.query(sql`select * from commenters order by email`)).rows;

  beforeAll(async () => {
    db = await driver.open();
    await migrate(db);
  }, DB_TIMEOUT);
  afterAll(() => driver.dispose(db), DB_TIMEOUT);
  beforeEach(async () => {
    await db.query(sql`truncate comments, commenters, subscriptions, rate_limits restart identity cascade`);
    clock = new Date("2026-06-01T12:00:00Z");
    smtp.received.length = 0;
    logged.length = 0;
    mailsVerification = true;
    withMode("first");
    const settings = readMailSettings({ SMTP_URL: smtp.url, QUIRE_AUTHOR_EMAIL: "author@example.org", MAIL_FROM: "Quire <blog@example.org>" })!;
    mail = {
      mailer: createMailer(settings, (line) => logged.push(line)),
      authorEmail: settings.authorEmail,
      site: { title: "Quire", url: (path) => `${SITE}${path}`, post: (key) => (key === POST ? { title: "Hello", path: "/blog/hello" } : undefined) },
    };
  });

  it("holds a first comment and sends its address one message with a signed link to the confirm page, saying so to the reader", async () => {
    const answer = await comment({ name: "Ann <b>", email: "Ann@Example.com", text: "My *secret* first words" });
    expect(answer).toMatchObject({ ok: true, state: "pending", verification: true });
    await sent();
    expect(smtp.received.map((message) => message.to)).toEqual([["author@example.org"], ["ann@example.com"]]);
    const [message] = toAnn();
    expect(decodeHeader(headersOf(message.raw).get("subject")!)).toBe("[Quire] Confirm your e-mail address");
    const link = linkIn(message);
    expect(`${link.origin}${link.pathname}`).toBe(`${SITE}/comments/verify`);
    expect(partOf(message.raw, "text/html")).toContain(`href="${link.toString().replace(/&/g, "&amp;")}"`);
    // Anyone may type any address: the message carries nothing the commenter wrote.
    for (const part of [partOf(message.raw, "text/plain"), partOf(message.raw, "text/html"), message.raw]) expect(part).not.toMatch(/secret|Ann &lt;b|Ann <b/);
    expect(await exportCommenter(ctx, "ann@example.com")).toMatchObject({ verificationSentAt: "2026-06-01T12:00:05.000Z" });
    expect(await exportCommenter(ctx, "ann@example.com")).not.toHaveProperty("verifiedAt");
  });

  it("says so on the page a form without JavaScript gets, and says nothing of a link when none was sent", async () => {
    const first = await comment({ name: "Ann", email: "ann@example.com", text: "one" }, "html");
    expect(first.page).toContain("<p data-verification>A link is on its way to your e-mail address");
    const again = await comment({ name: "Ann", email: "ann@example.com", text: "two" }, "html");
    expect(again.page).toContain("Your comment awaits moderation");
    expect(again.page).not.toContain("data-verification");
    const anonymous = await comment({ name: "Bob", text: "no address" }, "html");
    expect(anonymous.page).not.toContain("data-verification");
  });

  it("changes nothing when the link is opened: its page shows the address and a button that posts the token under BASE_PATH", async () => {
    await comment({ name: "Ann", email: "ann@example.com", text: "one" });
    await sent();
    const token = linkIn(toAnn()[0]).searchParams.get("token")!;
    const before = await commenters();
    const html = await page({ token });
    expect(html).toContain("Confirm that <strong>ann@example.com</strong> is yours.");
    expect(html).toMatch(/<form class="mt-6" action="\/blog\/comments\/verify\/confirm" method="post"><input type="hidden" name="token" value="[\w.-]+"\/><button type="submit"[^>]*>Confirm my e-mail address<\/button><\/form>/);
    expect(await verificationLink(ctx, token)).toEqual({ ok: true, email: "ann@example.com", verified: false });
    expect(await commenters()).toEqual(before);
    // Opened (by a mail scanner, say), never pressed: an approved comment still earns nothing.
    await moderate(ctx, "1", "approve");
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "two" })).toMatchObject({ state: "pending" });
  });

  /** The cookie the button's answer sets: what the browser sends back with its next forms. */
  const cookieOf = (response: Response) => {
    const set = response.headers.get("set-cookie") ?? "";
    const [pair, ...attributes] = set.split(/;\s*/);
    expect(pair).toMatch(/^quire_commenter=[\w.-]+$/);
    expect(attributes.map((a) => a.toLowerCase())).toEqual(expect.arrayContaining(["path=/blog", "max-age=31536000", "httponly", "samesite=lax"]));
    return pair;
  };

  it("verifies the address when the button is pressed, and says what that means; after the author approves one, the next comment from that browser appears at once", async () => {
    await comment({ name: "Ann", email: "ann@example.com", text: "one" });
    await sent();
    const token = linkIn(toAnn()[0]).searchParams.get("token")!;
    const response = await press(token);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/blog/comments/verify?notice=email-verified");
    const browser = cookieOf(response);
    expect(await page({ notice: "email-verified" })).toContain(
      "Your e-mail address is confirmed: once the author has approved a comment of yours, the next ones you write with it appear at once.",
    );
    // Opened again: already confirmed, and the button can still prove it in another browser.
    expect(await page({ token })).toContain("This e-mail address is already confirmed");
    expect(await page({ token })).toContain("Confirm it in this browser</button>");
    // Verified, nothing approved yet: the next one still waits, and this browser, which proves the address, is sent no second link.
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "two" }, "json", browser)).toEqual(expect.not.objectContaining({ verification: true }));
    await moderate(ctx, "1", "approve");
    smtp.received.length = 0;
    const third = await comment({ name: "Ann", email: "ANN@example.com", text: "three" }, "json", browser);
    expect(third).toMatchObject({ ok: true, state: "approved" });
    expect(third).not.toHaveProperty("verification");
    await sent();
    expect(toAnn()).toEqual([]);
    // Pressed again (a second click): the same address, still verified, now trusted.
    expect((await press(token)).headers.get("location")).toBe("/blog/comments/verify?notice=email-trusted");
  });

  it("trusts at once an address verified after the author approved its comment, in the browser that confirmed it", async () => {
    await comment({ name: "Ann", email: "ann@example.com", text: "one" });
    await sent();
    await moderate(ctx, "1", "approve");
    const response = await press(linkIn(toAnn()[0]).searchParams.get("token")!);
    expect(response.headers.get("location")).toBe("/blog/comments/verify?notice=email-trusted");
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "two" }, "json", cookieOf(response))).toMatchObject({ state: "approved" });
  });

  it("gives someone who types a trusted commenter's address in another browser nothing: it waits, and the owner is sent a link", async () => {
    await comment({ name: "Ann", email: "ann@example.com", text: "one" });
    await sent();
    await moderate(ctx, "1", "approve");
    const annsBrowser = cookieOf(await press(linkIn(toAnn()[0]).searchParams.get("token")!));
    clock = new Date(clock.getTime() + 25 * HOUR);
    smtp.received.length = 0;
    expect(await comment({ name: "Mallory", email: "ann@example.com", text: "spam, shown at once?" })).toMatchObject({ state: "pending", verification: true });
    // A proof for another address, or a forged one, proves nothing.
    await comment({ name: "Mallory", email: "mallory@example.com", text: "my own address" });
    const other = cookieOf(await press(verifyEmailToken(keys, "mallory@example.com", clock)));
    expect(await comment({ name: "Mallory", email: "ann@example.com", text: "again" }, "json", other)).toMatchObject({ state: "pending" });
    const forged = `${annsBrowser.slice(0, -2)}xx`;
    expect(await comment({ name: "Mallory", email: "ann@example.com", text: "forged" }, "json", forged)).toMatchObject({ state: "pending" });
    await sent();
    expect(toAnn()).toHaveLength(1);
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "the real Ann" }, "json", annsBrowser)).toMatchObject({ state: "approved" });
  });

  it("does not bring back an address erased since its link was sent", async () => {
    await comment({ name: "Ann", email: "ann@example.com", text: "one" });
    await sent();
    const token = linkIn(toAnn()[0]).searchParams.get("token")!;
    await eraseCommenter(ctx, "ann@example.com");
    const response = await press(token);
    expect(response.headers.get("location")).toBe("/blog/comments/verify?notice=link-invalid");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await commenters()).toEqual([]);
  });

  it("gives someone who types another's address nothing: the link goes to the address, and the comments keep waiting", async () => {
    const answer = await comment({ name: "Mallory", email: "ann@example.com", text: "pretending" });
    expect(answer).toMatchObject({ state: "pending", verification: true });
    await sent();
    expect(toAnn()).toHaveLength(1);
    expect(smtp.received.flatMap((message) => message.to)).not.toContain("mallory@example.com");
    await moderate(ctx, "1", "approve");
    for (let i = 0; i < 3; i++) expect(await comment({ name: "Mallory", email: "ann@example.com", text: `again ${i}` })).toMatchObject({ state: "pending" });
    await sent();
    expect(toAnn()).toHaveLength(1);
    expect(await verificationLink(ctx, verifyEmailToken(keys, "ann@example.com", clock))).toMatchObject({ verified: false });
  });

  it("sends an address one link a day at most, even for comments sent at the same moment", async () => {
    await comment({ name: "Ann", email: "ann@example.com", text: "one" });
    clock = new Date(clock.getTime() + 23 * HOUR);
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "two" })).not.toHaveProperty("verification");
    clock = new Date(clock.getTime() + HOUR);
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "three" })).toMatchObject({ verification: true });
    await sent();
    expect(toAnn()).toHaveLength(2);

    clock = new Date(clock.getTime() + 25 * HOUR);
    await db.query(sql`insert into commenters (email) values (${"bob@example.com"})`);
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimVerificationMail(db, "bob@example.com", clock)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("sends no link under `all` or `none`, nor when the site sends no e-mail", async () => {
    withMode("all");
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "one" })).not.toHaveProperty("verification");
    withMode("none");
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "two" })).not.toHaveProperty("verification");
    withMode("first");
    mailsVerification = false;
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "three" })).not.toHaveProperty("verification");
    await sent();
    expect(toAnn()).toEqual([]);
    expect(await exportCommenter(ctx, "ann@example.com")).not.toHaveProperty("verificationSentAt");
  });

  it("gives the day back when the link could not be sent: the next comment sends it", async () => {
    const down = readMailSettings({ SMTP_URL: "smtp://127.0.0.1:1", QUIRE_AUTHOR_EMAIL: "author@example.org" })!;
    const working = mail;
    mail = { ...mail, mailer: createMailer(down, (line) => logged.push(line)) };
    await comment({ name: "Ann", email: "ann@example.com", text: "one" });
    await sent();
    expect(logged.some((line) => /^comments: e-mail verifying the address of comment 1 not sent: .*ECONNREFUSED/.test(line))).toBe(true);
    mail = working;
    expect(await comment({ name: "Ann", email: "ann@example.com", text: "two" })).toMatchObject({ verification: true });
    await sent();
    expect(toAnn()).toHaveLength(1);
  });

  it("answers an altered, expired or wrong-purpose link with the other links' messages, and verifies nothing", async () => {
    const token = verifyEmailToken(keys, "ann@example.com", clock);
    const [body, mac] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ e: "mallory@example.com", exp: 9e9 })).toString("base64url")}.${mac}`;
    const wrongKey = signToken(keys.form, "verify-email", { e: "ann@example.com" }, new Date(clock.getTime() + HOUR));
    const unsubscribe = unsubscribeToken(keys, "1", clock);
    for (const bad of [forged, `${body}.${mac.slice(0, -2)}xx`, wrongKey, unsubscribe, "", "x".repeat(5000)]) {
      expect(await verifyCommenterEmail(ctx, bad)).toEqual({ ok: false, code: "link-invalid", message: "This link is not valid." });
      expect((await press(bad)).headers.get("location")).toBe("/blog/comments/verify?notice=link-invalid");
      if (bad) expect(await page({ token: bad })).toContain("This link is not valid.");
    }
    // Nor does a link of another purpose carrying an address verify it.
    expect(await verifyCommenterEmail(ctx, signToken(keys.links, "unsubscribe", { e: "ann@example.com" }, new Date(clock.getTime() + HOUR)))).toMatchObject({ ok: false });
    expect(await page({})).toContain("This link is not valid.");

    clock = new Date(clock.getTime() + 8 * 24 * HOUR);
    expect(await verifyCommenterEmail(ctx, token)).toEqual({ ok: false, code: "link-expired", message: "This link has expired." });
    expect((await press(token)).headers.get("location")).toBe("/blog/comments/verify?notice=verify-expired");
    expect(await page({ token })).toContain("This link has expired: your next comment with this address brings a new one.");
    expect(await commenters()).toEqual([]);
  });

  it("keeps a hostile stored address out of the headers: the link goes to nobody else", async () => {
    await comment({ name: "Ann", email: "ann@example.com", text: "one" });
    await sent();
    smtp.received.length = 0;
    // Written by something that skipped fields.ts (an import, an old version).
    await db.query(sql`update comments set author_email = ${"ann@example.com\r\nBcc: everyone@example.com"} where id = 1`);
    expect(await mailVerification(ctx, mail, "1")).toBe(false);
    expect(smtp.received).toEqual([]);
    // The sender itself never joins an address into a header either.
    await mail.mailer.send(verificationMail("ann@example.com", { siteTitle: "Quire\r\nBcc: everyone@example.com", post: { title: "x\r\nBcc: everyone@example.com", url: SITE }, link: SITE, days: 7 }), "test");
    expect(smtp.received).toHaveLength(1);
    for (const message of smtp.received) {
      expect(message.to).toEqual(["ann@example.com"]);
      expect(headerNames(message.raw)).not.toContain("bcc");
    }
    // And the form refuses such an address before anything is stored or sent.
    const refused = await comment({ name: "Ann", email: "ann@example.com\r\nBcc: everyone@example.com", text: "x" });
    expect(refused).toMatchObject({ ok: false });
    await sent();
    expect(smtp.received.flatMap((message) => message.to)).not.toContain("everyone@example.com");
  });

  it("names each outcome of the button with a fixed sentence", () => {
    expect(verifyNotice({ ok: true, email: "a@example.com", trusted: true }, "first")).toBe("email-trusted");
    expect(verifyNotice({ ok: true, email: "a@example.com", trusted: false }, "first")).toBe("email-verified");
    expect(verifyNotice({ ok: true, email: "a@example.com", trusted: false }, "all")).toBe("email-confirmed");
    expect(verifyNotice({ ok: false, code: "link-expired", message: "" }, "first")).toBe("verify-expired");
    expect(verifyNotice({ ok: false, code: "link-invalid", message: "" }, "first")).toBe("link-invalid");
  });
});
