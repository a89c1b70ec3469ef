import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { adminPassword } from "@/lib/comments/admin-site";
import { siteMail } from "@/lib/comments/mail/site-mail";
import { spawnSync } from "node:child_process";
import { hashAdminPassword, login, MAX_FAILED_LOGINS_ALL, readAdminPassword } from "@/lib/comments/admin";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AdminInbox } from "@/components/comments-admin/AdminInbox";
import { noticeText, pageOfQuery, stateOfQuery } from "@/lib/comments/admin-notices";
import { csrfToken, isHttps, isValidCsrf, sessionCookieOptions, sessionOf } from "@/lib/comments/admin-web";
import type { CommentsContext } from "@/lib/comments/context";
import { migrate } from "@/lib/comments/db/migrate";
import type { Db } from "@/lib/comments/db/sql";
import { FORM_FIELDS } from "@/lib/comments/form";
import { commentsInState, inboxComment } from "@/lib/comments/inbox";
import { deriveKeys } from "@/lib/comments/keys";
import { moderate, replyAsAuthor } from "@/lib/comments/moderation";
import { actionLinkPath, postPathOfKey, unsubscribeLinkPath } from "@/lib/comments/paths";
import { COMMENT_DEFAULTS } from "@/lib/comments/settings";
import { submitComment } from "@/lib/comments/submit";
import { formToken } from "@/lib/comments/tokens";
import { DB_TIMEOUT, emptyPglite, emptyTables } from "./helpers/comments-db";

const keys = deriveKeys("a-test-secret-that-is-long-enough-0123456789");
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Strict, sent only to the admin pages, Secure over https", () => {
    const expires = new Date("2026-06-08T12:00:00Z");
    expect(sessionCookieOptions(expires, true)).toEqual({ httpOnly: true, secure: true, sameSite: "strict", path: "/admin", expires });
    expect(sessionCookieOptions(expires, false, "/blog")).toMatchObject({ secure: false, path: "/blog/admin" });
  });

  it("is Secure when the site is reached over https, directly or through a proxy", () => {
    expect(isHttps("https://blog.example.org/admin/comments/login", headers({}))).toBe(true);
    expect(isHttps("http://127.0.0.1:3000/admin/comments/login", headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps("http://127.0.0.1:3000/admin/comments/login", headers({}))).toBe(false);
  });

  it("is read from the Cookie header only when it looks like a token", () => {
    expect(sessionOf("theme=dark; quire_admin=abc_DEF-123; other=1")).toBe("abc_DEF-123");
    expect(sessionOf("quire_admin=<script>")).toBeUndefined();
    expect(sessionOf("xquire_admin=abc")).toBeUndefined();
    expect(sessionOf(null)).toBeUndefined();
  });
});

describe("the CSRF token", () => {
  it("is the session's own: another session's, an altered one or none is refused", () => {
    const token = csrfToken(keys, "session-one");
    expect(isValidCsrf(keys, "session-one", token)).toBe(true);
    expect(isValidCsrf(keys, "session-two", token)).toBe(false);
    expect(isValidCsrf(keys, "session-one", `${token.slice(0, -1)}A`)).toBe(false);
    expect(isValidCsrf(keys, "session-one", undefined)).toBe(false);
    expect(isValidCsrf(keys, undefined, token)).toBe(false);
    expect(isValidCsrf(deriveKeys("another-secret-that-is-long-enough-xxxxxx"), "session-one", token)).toBe(false);
  });
});

describe("a tab of the admin page, a page at a time", () => {
  const render = (page: number, pages: number) =>
    renderToStaticMarkup(
      createElement(AdminInbox, {
        state: "approved",
        page,
        pages,
        counts: { pending: 0, approved: 120, spam: 0, deleted: 0 },
        comments: [],
        csrf: "t",
        paths: { page: "/admin/comments", action: "/admin/comments/action", logout: "/admin/comments/logout" },
        problem: false,
        maxReplyDepth: 2,
      }),
    );

  it("links the newer and older pages, and says where it is", () => {
    const middle = render(2, 3);
    expect(middle).toContain("(page 2 of 3)");
    expect(middle).toContain('<a href="/admin/comments?state=approved" rel="prev"');
    expect(middle).toContain('<a href="/admin/comments?state=approved&amp;page=3" rel="next"');
    expect(render(1, 3)).not.toContain('rel="prev"');
    expect(render(3, 3)).not.toContain('rel="next"');
    expect(render(1, 1)).not.toContain("Page 1 of 1");
  });

  it("reads the page from the query as a whole number from 1", () => {
    expect(pageOfQuery("3")).toBe(3);
    for (const value of [undefined, "", "0", "-1", "1.5", "3abc", "9999999"]) expect(pageOfQuery(value)).toBe(1);
  });
});

describe("what the admin page says", () => {
  it("shows only its own sentences, with a comment number made of digits", () => {
    expect(noticeText("approved", "12")).toBe("Comment 12 approved: it is on its post's page.");
    expect(noticeText("approved", "<script>")).toBe("Comment approved: it is on its post's page.");
    expect(noticeText("<b>hi</b>")).toBeUndefined();
    expect(noticeText("constructor")).toBeUndefined();
    expect(noticeText("wrong")).toBe("Wrong password.");
  });

  it("opens the pending tab unless the query names another state", () => {
    expect(stateOfQuery("spam")).toBe("spam");
    expect(stateOfQuery("everything")).toBe("pending");
    expect(stateOfQuery(undefined)).toBe("pending");
  });
});

describe("paths", () => {
  it("turn a post key into its page, and build the e-mail links' pages", () => {
    expect(postPathOfKey("nokey")).toBeUndefined();
    expect(postPathOfKey("en/hello-world")).toBe("/blog/hello-world");
    expect(actionLinkPath("approve", "a.b+c")).toBe("/admin/comments/approve?token=a.b%2Bc");
    expect(unsubscribeLinkPath("x.y")).toBe("/comments/unsubscribe?token=x.y");
  });
});

describe("a bad setting in the environment", () => {
  const holder = globalThis as Record<string, unknown>;
  it("closes the admin page and stops e-mail with one line each in the log, never an error for a request", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("QUIRE_ADMIN_PASSWORD", "short");
    vi.stubEnv("SMTP_URL", "http://mail.example.org");
    vi.stubEnv("QUIRE_AUTHOR_EMAIL", "author@example.org");
    delete holder.__quireAdminPassword;
    delete holder.__quireCommentMail;
    try {
      expect(adminPassword()).toBeUndefined();
      expect(siteMail()).toBeUndefined();
      expect(adminPassword()).toBeUndefined();
      expect(log.mock.calls.map((call) => String(call[0]))).toEqual([
        "comments: QUIRE_ADMIN_PASSWORD must be at least 12 characters, it has 5; the admin page stays closed",
        'comments: SMTP_URL must start with smtp:// or smtps:// (smtp://user:password@host:587), got one starting "http:"; no e-mail is sent',
      ]);
    } finally {
      vi.unstubAllEnvs();
      log.mockRestore();
      delete holder.__quireAdminPassword;
      delete holder.__quireCommentMail;
    }
  });
});

describe("the admin's store", { timeout: DB_TIMEOUT }, () => {
  let db: Db;
  let ctx: CommentsContext;
  let clock: Date;
  beforeAll(async () => {
    db = await emptyPglite();
    await migrate(db);
  }, DB_TIMEOUT);
  afterAll(() => db.close());
  beforeEach(async () => {
    await emptyTables(db);
    clock = new Date("2026-06-01T12:00:00Z");
    ctx = { db, keys, rules: { ...COMMENT_DEFAULTS, rateLimit: { max: 100, windowMinutes: 10 } }, now: () => clock };
  });
  const send = async (fields: Record<string, string>) => {
    clock = new Date(clock.getTime() + 60_000);
    const result = await submitComment(ctx, {
      postKey: "en/hello-world",
      values: { [FORM_FIELDS.token]: formToken(keys, "en/hello-world", new Date(clock.getTime() - 10_000)), ...fields },
      postOpen: () => true,
    });
    if (!result.ok || result.outcome !== "stored") throw new Error(JSON.stringify(result));
    return result.id;
  };

  it("lists the comments of one state, newest first, with the writer's e-mail for the author", async () => {
    const older = await send({ name: "Ann", email: "ann@example.com", website: "https://ann.example.org", text: "older" });
    const newer = await send({ name: "Bob", text: "newer" });
    const spam = await send({ name: "Spammer", text: "buy" });
    await moderate(ctx, spam, "spam");
    const pending = await commentsInState(ctx, "pending");
    expect(pending.map((c) => c.id)).toEqual([newer, older]);
    expect(pending[1]).toEqual({
      id: older, postKey: "en/hello-world", name: "Ann", email: "ann@example.com", website: "https://ann.example.org/",
      date: "2026-06-01T12:01:00.000Z", state: "pending", text: "older", byAuthor: false, depth: 0,
    });
    expect((await commentsInState(ctx, "spam")).map((c) => c.name)).toEqual(["Spammer"]);
    const reply = await replyAsAuthor(ctx, { parentId: older, authorName: "The Author", text: "thanks" });
    expect(await inboxComment(ctx, (reply as { id: string }).id)).toMatchObject({ parent: older, byAuthor: true, depth: 1, state: "approved" });
    expect(await inboxComment(ctx, "1 or 1=1")).toBeUndefined();
  });

  it("opens with QUIRE_ADMIN_PASSWORD_HASH as `npm run comments -- hash-password` prints it, and only with that password", async () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/comments.ts", "hash-password"], { input: "correct horse battery staple\n", encoding: "utf8" });
    expect(run.status).toBe(0);
    const hashed = run.stdout.trim();
    expect(hashed).toMatch(/^scrypt\$[\w-]+\$[\w-]{43}$/);
    expect(hashed).not.toContain("horse");
    const password = readAdminPassword({ QUIRE_ADMIN_PASSWORD_HASH: hashed });
    expect(await login(ctx, password, "correct horse battery staple!", "203.0.113.1")).toMatchObject({ ok: false, code: "wrong" });
    expect(await login(ctx, password, "correct horse battery staple", "203.0.113.1")).toMatchObject({ ok: true });
    expect(() => readAdminPassword({ QUIRE_ADMIN_PASSWORD_HASH: "plain text" })).toThrow(/^QUIRE_ADMIN_PASSWORD_HASH must be what `npm run comments -- hash-password` prints/);
    expect(() => readAdminPassword({ QUIRE_ADMIN_PASSWORD_HASH: hashed, QUIRE_ADMIN_PASSWORD: "another long password" })).toThrow("not both");
    expect(() => hashAdminPassword("short")).toThrow("at least 12 characters, it has 5");
    const short = spawnSync(process.execPath, ["--import", "tsx", "scripts/comments.ts", "hash-password"], { input: "short\n", encoding: "utf8" });
    expect([short.status, short.stdout, short.stderr.trim()]).toEqual([1, "", "comments: the admin password must be at least 12 characters, it has 5"]);
  });

  it("stops every login for a while after many wrong passwords from many addresses", async () => {
    const password = readAdminPassword({ QUIRE_ADMIN_PASSWORD: "correct horse battery staple" });
    for (let i = 0; i < MAX_FAILED_LOGINS_ALL; i++) await login(ctx, password, "guess", `198.51.100.${i}`);
    expect(await login(ctx, password, "correct horse battery staple", "203.0.113.99")).toEqual({
      ok: false,
      code: "rate-limited",
      message: "Too many wrong passwords: try again in 15 minutes.",
    });
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect(await login(ctx, password, "correct horse battery staple", "203.0.113.99")).toMatchObject({ ok: true });
  });
});
