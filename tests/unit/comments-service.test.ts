import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isAdminSession, login, logout, readAdminPassword } from "@/lib/comments/admin";
import type { CommentsContext } from "@/lib/comments/context";
import { migrate } from "@/lib/comments/db/migrate";
import { sql, type Db } from "@/lib/comments/db/sql";
import { FORM_FIELDS } from "@/lib/comments/form";
import { deriveKeys } from "@/lib/comments/keys";
import { approvedComments } from "@/lib/comments/listing";
import { countByState, moderate, moderateByLink, replyAsAuthor } from "@/lib/comments/moderation";
import { subscribersOfReply, unsubscribe, verifyCommenterEmail } from "@/lib/comments/notices";
import { eraseCommenter, exportCommenter, purgeExpired } from "@/lib/comments/privacy";
import { COMMENT_DEFAULTS, type ResolvedComments } from "@/lib/comments/settings";
import { submitComment, type SubmitResult } from "@/lib/comments/submit";
import { actionToken, formToken, unsubscribeToken, verifyEmailToken } from "@/lib/comments/tokens";
import { DB_TIMEOUT, DRIVERS, emptyTables } from "./helpers/comments-db";

const keys = deriveKeys("a-test-secret-that-is-long-enough-0123456789");
const POST = "en/hello-world";
const OTHER_POST = "en/another-post";
const open = new Set([POST, OTHER_POST]);

describe.each(DRIVERS)("comments on $name", { timeout: DB_TIMEOUT }, (driver) => {
  let db: Db;
  let clock: Date;
  let ctx: CommentsContext;
  const tick = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
  const withRules = (rules: Partial<ResolvedComments>) => (ctx = { db, keys, rules: { ...COMMENT_DEFAULTS, ...rules }, now: () => clock });

  beforeAll(async () => {
    db = await driver.open();
    await migrate(db);
  }, DB_TIMEOUT);
  afterAll(() => driver.dispose(db), DB_TIMEOUT);
  beforeEach(async () => {
    await emptyTables(db);
    clock = new Date("2026-06-01T12:00:00Z");
    withRules({});
  });

  /** A form rendered for `post` ten seconds ago, filled in and sent from `ip`. */
  const send = (fields: Record<string, string>, options: { post?: string; ip?: string; token?: string; provenEmail?: string } = {}): Promise<SubmitResult> => {
    const post = options.post ?? POST;
    const token = options.token ?? formToken(keys, post, new Date(clock.getTime() - 10_000));
    return submitComment(ctx, {
      postKey: post,
      values: { [FORM_FIELDS.token]: token, ...fields },
      ip: options.ip ?? "203.0.113.7",
      postOpen: (key) => open.has(key),
      ...(options.provenEmail ? { provenEmail: options.provenEmail } : {}),
    });
  };
  const stored = async (fields: Record<string, string>, options: { post?: string; ip?: string } = {}) => {
    const result = await send(fields, options);
    if (!result.ok || result.outcome !== "stored") throw new Error(`not stored: ${JSON.stringify(result)}`);
    return result.id;
  };
  const approved = async (fields: Record<string, string>, options: { post?: string; ip?: string } = {}) => {
    const id = await stored(fields, options);
    await moderate(ctx, id, "approve");
    return id;
  };
  const COUNTS = {
    comments: sql`select count(*) as n from comments`,
    commenters: sql`select count(*) as n from commenters`,
    subscriptions: sql`select count(*) as n from subscriptions`,
    rate_limits: sql`select count(*) as n from rate_limits`,
  };
  const rowCount = async (table: keyof typeof COUNTS) => (await db.query<{ n: number }>(COUNTS[table])).rows[0].n;

  describe("sending a comment", () => {
    it("keeps it waiting under the default moderation, and shows it once approved", async () => {
      const result = await send({ name: "Ann", email: "ann@example.com", website: "https://ann.example.org", text: "First!" });
      expect(result).toEqual({ ok: true, outcome: "stored", id: "1", state: "pending" });
      expect(await approvedComments(ctx, POST)).toEqual([]);
      expect(await moderate(ctx, "1", "approve")).toEqual({ ok: true, id: "1", postKey: POST, from: "pending", to: "approved", changed: true });
      expect(await approvedComments(ctx, POST)).toEqual([{ id: "1", author: "Ann", url: "https://ann.example.org/", date: "2026-06-01T12:00:00.000Z", text: "First!" }]);
    });

    it("shows it at once when moderation is none", async () => {
      withRules({ moderation: "none" });
      expect(await send({ name: "Ann", text: "Hello" })).toMatchObject({ ok: true, state: "approved" });
      expect(await approvedComments(ctx, POST)).toHaveLength(1);
    });

    it("under `first`, holds a commenter until their address is verified and a comment of theirs approved", async () => {
      withRules({ moderation: "first", rateLimit: { max: 100, windowMinutes: 10 } });
      const first = await stored({ name: "Ann", email: "ann@example.com", text: "one" });
      await moderate(ctx, first, "approve");
      // Approved before, but nobody proved the address is Ann's: someone else could type it in.
      expect(await send({ name: "Not Ann", email: "ann@example.com", text: "two" })).toMatchObject({ ok: true, state: "pending" });
      expect(await verifyCommenterEmail(ctx, verifyEmailToken(keys, "ann@example.com", clock))).toEqual({ ok: true, trusted: true, email: "ann@example.com" });
      // Verified and approved, from the browser that pressed the link's button (its quire_commenter cookie): shown at once.
      expect(await send({ name: "Ann", email: "ANN@example.com", text: "three" }, { provenEmail: "ann@example.com" })).toMatchObject({ ok: true, state: "approved" });
      // The same address from a browser that proves nothing still waits.
      expect(await send({ name: "Ann", email: "ann@example.com", text: "four" })).toMatchObject({ ok: true, state: "pending" });
      // A verified address with nothing approved yet still waits.
      await verifyCommenterEmail(ctx, verifyEmailToken(keys, "bob@example.com", clock));
      expect(await send({ name: "Bob", email: "bob@example.com", text: "hi" }, { provenEmail: "bob@example.com" })).toMatchObject({ ok: true, state: "pending" });
      expect(await send({ name: "Anonymous", text: "no address" })).toMatchObject({ ok: true, state: "pending" });
    });

    it("answers a filled honeypot like a received comment and stores nothing", async () => {
      expect(await send({ name: "Bot", text: "Buy now", [FORM_FIELDS.honeypot]: "555-1234" })).toEqual({ ok: true, outcome: "discarded" });
      expect(await rowCount("comments")).toBe(0);
    });

    it("refuses a form sent faster than a person types, one made for another post, a forged one, and an old one", async () => {
      const just = formToken(keys, POST, new Date(clock.getTime() - 1000));
      expect(await send({ name: "Ann", text: "Hi" }, { token: just })).toMatchObject({ ok: false, errors: [{ field: "form", code: "too-fast" }] });
      expect(await send({ name: "Ann", text: "Hi" }, { token: formToken(keys, OTHER_POST, new Date(clock.getTime() - 10_000)) })).toMatchObject({
        ok: false,
        errors: [{ code: "form-invalid" }],
      });
      expect(await send({ name: "Ann", text: "Hi" }, { token: formToken(deriveKeys("another-secret-that-is-long-enough-xxxxx"), POST, clock) })).toMatchObject({
        ok: false,
        errors: [{ code: "form-invalid" }],
      });
      expect(await send({ name: "Ann", text: "Hi" }, { token: formToken(keys, POST, new Date(clock.getTime() - 25 * 3600_000)) })).toMatchObject({
        ok: false,
        errors: [{ code: "form-expired" }],
      });
      expect(await send({ name: "Ann", text: "Hi" }, { post: "en/no-such-post" })).toMatchObject({ ok: false, errors: [{ code: "closed" }] });
      expect(await rowCount("comments")).toBe(0);
    });

    it("refuses a post that does not take comments", async () => {
      const result = await submitComment(ctx, {
        postKey: "en/closed",
        values: { [FORM_FIELDS.token]: formToken(keys, "en/closed", new Date(clock.getTime() - 10_000)), name: "Ann", text: "Hi" },
        postOpen: () => false,
      });
      expect(result).toEqual({ ok: false, errors: [{ field: "form", code: "closed", message: "This post does not take comments." }] });
    });

    it("gives each field's problem and stores nothing", async () => {
      const result = await send({ name: "", email: "not an address", text: "x".repeat(5001) });
      expect(result).toMatchObject({ ok: false, errors: [{ field: "name" }, { field: "email" }, { field: "text", code: "too-long" }] });
      expect(await rowCount("comments")).toBe(0);
    });
  });

  describe("a form sent twice", () => {
    it("stores one comment and answers the second sending with the first one", async () => {
      const token = formToken(keys, POST, new Date(clock.getTime() - 10_000));
      const first = await send({ name: "Ann", text: "Once" }, { token });
      expect(await send({ name: "Ann", text: "Once" }, { token })).toEqual({ ok: true, outcome: "duplicate", id: (first as { id: string }).id, state: "pending" });
      expect(await rowCount("comments")).toBe(1);
    });

    it("stores one comment when both sendings arrive at the same moment", async () => {
      const token = formToken(keys, POST, new Date(clock.getTime() - 10_000));
      const results = await Promise.all([send({ name: "Ann", text: "Race" }, { token }), send({ name: "Ann", text: "Race" }, { token })]);
      expect(results.map((r) => (r.ok && r.outcome !== "discarded" ? r.outcome : r)).sort()).toEqual(["duplicate", "stored"]);
      expect(await rowCount("comments")).toBe(1);
    });

    it("refuses the same text from the same name again from a new form, within a day", async () => {
      await stored({ name: "Ann", text: "Same  words" });
      expect(await send({ name: "ann", text: "Same words" })).toEqual({ ok: false, errors: [{ field: "text", code: "duplicate", message: "Comment: you already sent this one." }] });
      tick(25 * 3600);
      expect(await send({ name: "Ann", text: "Same words" })).toMatchObject({ ok: true, outcome: "stored" });
    });
  });

  describe("replies", () => {
    it("nest two levels under a comment, and no deeper", async () => {
      const top = await approved({ name: "Ann", text: "top" });
      const reply = await approved({ name: "Bob", text: "reply", parent: top });
      const deeper = await approved({ name: "Cid", text: "reply to reply", parent: reply });
      expect(await send({ name: "Dan", text: "too deep", parent: deeper })).toEqual({
        ok: false,
        errors: [{ field: "parent", code: "too-deep", message: "Replies go two levels deep: answer the comment this one replies to instead." }],
      });
      expect((await approvedComments(ctx, POST)).map((c) => [c.id, c.parent])).toEqual([
        [top, undefined],
        [reply, top],
        [deeper, reply],
      ]);
    });

    it("are refused under a deleted, spam or waiting comment, or one on another post", async () => {
      const gone = await approved({ name: "Ann", text: "deleted" });
      await moderate(ctx, gone, "delete");
      const spam = await approved({ name: "Ann", text: "spam" });
      await moderate(ctx, spam, "spam");
      const waiting = await stored({ name: "Ann", text: "waiting" });
      const elsewhere = await approved({ name: "Ann", text: "elsewhere" }, { post: OTHER_POST });
      const before = await rowCount("comments");
      for (const parent of [gone, spam, waiting, "999"]) {
        expect(await send({ name: "Bob", text: `reply to ${parent}`, parent })).toMatchObject({ ok: false, errors: [{ field: "parent", code: "not-found" }] });
      }
      expect(await send({ name: "Bob", text: "cross-post", parent: elsewhere })).toEqual({
        ok: false,
        errors: [{ field: "parent", code: "other-post", message: "The comment you reply to is on another post." }],
      });
      expect(await rowCount("comments")).toBe(before);
    });
  });

  it("loses and doubles no comment when fifty readers send at once, each form twice", async () => {
    withRules({ moderation: "none" });
    const forms = Array.from({ length: 50 }, (_, i) => ({
      token: formToken(keys, POST, new Date(clock.getTime() - 10_000)),
      ip: `198.51.100.${i + 1}`,
      fields: { name: `Reader ${i}`, text: `Comment number ${i}` },
    }));
    const results = await Promise.all(forms.flatMap((form) => [send(form.fields, form), send(form.fields, form)]));
    const acknowledged = new Set(results.map((result) => (result.ok && result.outcome !== "discarded" ? result.id : "refused")));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(acknowledged.size).toBe(50);
    expect(results.filter((result) => result.ok && result.outcome === "stored")).toHaveLength(50);
    const listed = await approvedComments(ctx, POST);
    expect(new Set(listed.map((comment) => comment.id))).toEqual(acknowledged);
    expect(new Set(listed.map((comment) => comment.text)).size).toBe(50);
  });

  describe("the rate limit", () => {
    it("refuses an address over its limit in the window, not other addresses, and lets it in again in the next window", async () => {
      withRules({ rateLimit: { max: 2, windowMinutes: 10 } });
      await stored({ name: "Ann", text: "one" });
      await stored({ name: "Ann", text: "two" });
      const refused = await send({ name: "Ann", text: "three" });
      expect(refused).toMatchObject({ ok: false, errors: [{ field: "form", code: "rate-limited" }] });
      expect((refused as { errors: Array<{ message: string }> }).errors[0].message).toBe("Too many comments from your address: try again in 10 minutes.");
      expect(await send({ name: "Bob", text: "three" }, { ip: "198.51.100.1" })).toMatchObject({ ok: true, outcome: "stored" });
      tick(600);
      expect(await send({ name: "Ann", text: "three" })).toMatchObject({ ok: true, outcome: "stored" });
    });

    it("is kept in the database, so a second process sharing it counts the same sendings", async () => {
      withRules({ rateLimit: { max: 1, windowMinutes: 10 } });
      await stored({ name: "Ann", text: "one" });
      const otherProcess: CommentsContext = { ...ctx, rules: { ...ctx.rules } };
      const result = await submitComment(otherProcess, {
        postKey: POST,
        values: { [FORM_FIELDS.token]: formToken(keys, POST, new Date(clock.getTime() - 10_000)), name: "Ann", text: "two" },
        ip: "203.0.113.7",
        postOpen: () => true,
      });
      expect(result).toMatchObject({ ok: false, errors: [{ code: "rate-limited" }] });
    });
  });

  it("stores nothing at all when the transaction fails half-way", async () => {
    // The database refuses the last write of the submission (the notice subscription).
    const failing: Db = {
      ...db,
      transaction: (work) =>
        db.transaction((tx) =>
          work({
            query: (statement) => (statement.text.startsWith("insert into subscriptions") ? Promise.reject(new Error("disk full")) : tx.query(statement)),
          }),
        ),
    };
    ctx = { ...ctx, db: failing };
    await expect(send({ name: "Ann", email: "ann@example.com", notify: "on", text: "with notices" })).rejects.toThrow("disk full");
    for (const table of ["comments", "commenters", "subscriptions", "rate_limits"] as const) expect(await rowCount(table)).toBe(0);
  });

  describe("moderation", () => {
    it("moves comments between states as allowed, says when nothing changed, and never brings a deleted one back", async () => {
      const id = await stored({ name: "Ann", text: "x" });
      expect(await moderate(ctx, id, "spam")).toMatchObject({ ok: true, from: "pending", to: "spam", changed: true });
      expect(await moderate(ctx, id, "approve")).toMatchObject({ ok: true, from: "spam", to: "approved", changed: true });
      expect(await moderate(ctx, id, "approve")).toMatchObject({ ok: true, changed: false });
      expect(await moderate(ctx, id, "delete")).toMatchObject({ ok: true, to: "deleted", changed: true });
      expect(await moderate(ctx, id, "approve")).toEqual({ ok: false, code: "not-allowed", message: `Comment ${id} is deleted: it cannot be approved.` });
      expect(await moderate(ctx, "77", "approve")).toMatchObject({ ok: false, code: "not-found" });
      expect(await moderate(ctx, "1; drop table comments", "approve")).toMatchObject({ ok: false, code: "not-found" });
    });

    it("approves or deletes from a signed e-mail link, and refuses an expired or altered one", async () => {
      const id = await stored({ name: "Ann", text: "x" });
      const link = actionToken(keys, "approve", id, clock);
      expect(await moderateByLink(ctx, "delete", link)).toMatchObject({ ok: false, code: "link-invalid" });
      expect(await moderateByLink(ctx, "approve", link)).toMatchObject({ ok: true, to: "approved", changed: true });
      tick(8 * 86400);
      expect(await moderateByLink(ctx, "delete", actionToken(keys, "delete", id, new Date(clock.getTime() - 8 * 86400_000)))).toMatchObject({ ok: false, code: "link-expired" });
      expect(await moderateByLink(ctx, "delete", actionToken(keys, "delete", id, clock))).toMatchObject({ ok: true, to: "deleted" });
    });

    it("shows the author's reply at once, approving the comment it answers", async () => {
      const question = await stored({ name: "Ann", text: "A question" });
      const reply = await replyAsAuthor(ctx, { parentId: question, authorName: "Quire Author", text: "An answer" });
      expect(reply).toMatchObject({ ok: true, postKey: POST });
      expect((await approvedComments(ctx, POST)).map((c) => [c.author, c.parent])).toEqual([
        ["Ann", undefined],
        ["Quire Author", question],
      ]);
      expect(await replyAsAuthor(ctx, { parentId: question, authorName: "Author\r\nBcc: x@example.com", text: "x" })).toMatchObject({
        ok: false,
        errors: [{ field: "name", code: "control-characters" }],
      });
      await moderate(ctx, question, "delete");
      expect(await replyAsAuthor(ctx, { parentId: question, authorName: "Quire Author", text: "late" })).toMatchObject({ ok: false, errors: [{ code: "not-found" }] });
      expect(await replyAsAuthor(ctx, { parentId: (reply as { id: string }).id, authorName: "Quire Author", text: " " })).toMatchObject({ ok: false, errors: [{ field: "text", code: "required" }] });
    });

    it("counts comments by state, on a post or on all", async () => {
      withRules({ rateLimit: { max: 100, windowMinutes: 10 } });
      await approved({ name: "A", text: "1" });
      await approved({ name: "A", text: "2" });
      await stored({ name: "A", text: "3" });
      const spam = await stored({ name: "A", text: "4" });
      await moderate(ctx, spam, "spam");
      await stored({ name: "A", text: "5" }, { post: OTHER_POST });
      expect(await countByState(ctx, POST)).toEqual({ pending: 1, approved: 2, spam: 1, deleted: 0 });
      expect(await countByState(ctx)).toEqual({ pending: 2, approved: 2, spam: 1, deleted: 0 });
    });
  });

  describe("a post's listing", () => {
    it("holds only approved comments of that post, oldest first, a reply under a removed comment on its own", async () => {
      const top = await approved({ name: "Ann", text: "top" });
      tick(60);
      const reply = await approved({ name: "Bob", text: "reply", parent: top });
      await stored({ name: "Cid", text: "waiting" });
      await approved({ name: "Dan", text: "elsewhere" }, { post: OTHER_POST });
      await moderate(ctx, top, "delete");
      expect(await approvedComments(ctx, POST)).toEqual([{ id: reply, author: "Bob", date: "2026-06-01T12:01:00.000Z", text: "reply" }]);
    });

    it("never holds an e-mail address, an address hash or a state: exactly the fields a page shows", async () => {
      await approved({ name: "Ann", email: "ann.secret@example.com", website: "https://ann.example.org", text: "hi", notify: "on" });
      const listing = await approvedComments(ctx, POST);
      expect(Object.keys(listing[0]).sort()).toEqual(["author", "date", "id", "text", "url"]);
      const json = JSON.stringify(listing);
      expect(json).not.toContain("ann.secret");
      expect(json).not.toContain("@");
      const { rows } = await db.query<{ ip_hash: string }>(sql`select ip_hash from comments`);
      expect(json).not.toContain(rows[0].ip_hash);
    });
  });

  describe("hostile input", () => {
    it("stores SQL in every field as text, and the tables stay whole", async () => {
      withRules({ moderation: "none" });
      const hostile = {
        name: "Robert'); DROP TABLE comments;--",
        email: "x'or'1'='1@example.com",
        website: "https://example.com/?q=';delete/**/from/**/comments;--",
        text: "1'; update comments set state='approved' where '1'='1'; -- $1 \\x00 ${x}",
      };
      expect(await send(hostile)).toMatchObject({ ok: true, outcome: "stored", state: "approved" });
      withRules({ moderation: "all" });
      const waiting = await stored({ name: "Waiting", text: "must stay pending" });
      const listing = await approvedComments(ctx, POST);
      expect(listing.map((c) => [c.author, c.text])).toEqual([[hostile.name, hostile.text]]);
      expect(listing[0].url).toBe("https://example.com/?q=%27;delete/**/from/**/comments;--");
      expect(waiting).toBe("2");
      expect(await countByState(ctx)).toEqual({ approved: 1, pending: 1, spam: 0, deleted: 0 });
      expect(await rowCount("comments")).toBe(2);
      expect(await exportCommenter(ctx, hostile.email)).toMatchObject({ comments: [{ name: hostile.name }] });
    });

    it("refuses header injection in a name or an e-mail before anything is stored", async () => {
      const attempts: Array<Record<string, string>> = [
        { name: "Ann\r\nBcc: everyone@example.com", text: "x" },
        { name: "Ann", email: "ann@example.com\r\nBcc: everyone@example.com", text: "x" },
        { name: "Ann", email: "ann@example.com%0d%0aBcc:everyone@example.com", text: "x" },
      ];
      for (const fields of attempts) {
        expect(await send(fields)).toMatchObject({ ok: false });
      }
      expect(await rowCount("comments")).toBe(0);
    });

    it("refuses text with a NUL byte or half a surrogate pair with a message, not a database error", async () => {
      expect(await send({ name: "Ann", text: "nul \u0000 here" })).toMatchObject({ ok: false, errors: [{ field: "text", code: "control-characters" }] });
      expect(await send({ name: "Ann\uDC00", text: "x" })).toMatchObject({ ok: false, errors: [{ field: "name", code: "encoding" }] });
    });
  });

  describe("privacy", () => {
    it("keeps a hash of the address, never the address, and clears it after 30 days", async () => {
      await stored({ name: "Ann", text: "x" }, { ip: "203.0.113.7" });
      const all = JSON.stringify((await db.query(sql`select * from comments`)).rows) + JSON.stringify((await db.query(sql`select * from rate_limits`)).rows);
      expect(all).not.toContain("203.0.113");
      tick(29 * 86400);
      expect(await purgeExpired(ctx)).toMatchObject({ addressHashes: 0, rateLimits: 1 });
      tick(2 * 86400);
      expect(await purgeExpired(ctx)).toMatchObject({ addressHashes: 1 });
      expect((await db.query(sql`select ip_hash from comments`)).rows).toEqual([{ ip_hash: null }]);
    });

    it("exports everything stored under one e-mail address", async () => {
      const id = await approved({ name: "Ann", email: "ann@example.com", website: "https://ann.example.org", text: "mine", notify: "on" });
      await stored({ name: "Bob", email: "bob@example.com", text: "not hers" });
      expect(await exportCommenter(ctx, " Ann@Example.com ")).toEqual({
        email: "ann@example.com",
        comments: [{ id, postKey: POST, name: "Ann", website: "https://ann.example.org/", date: "2026-06-01T12:00:00.000Z", state: "approved", text: "mine" }],
        notices: [{ commentId: id, since: "2026-06-01T12:00:00.000Z" }],
      });
      expect(await exportCommenter(ctx, "nobody@example.com")).toBeUndefined();
    });

    it("erases one commenter: their comments gone, one that others answered left empty so the answers stay", async () => {
      withRules({ rateLimit: { max: 100, windowMinutes: 10 } });
      const answered = await approved({ name: "Ann", email: "ann@example.com", text: "answered", notify: "on" });
      await approved({ name: "Ann", email: "ann@example.com", text: "alone" });
      const answer = await approved({ name: "Bob", email: "bob@example.com", text: "answer", parent: answered });
      expect(await eraseCommenter(ctx, "ann@example.com")).toEqual({ comments: 2 });
      expect(await exportCommenter(ctx, "ann@example.com")).toBeUndefined();
      const everything = JSON.stringify((await db.query(sql`select * from comments`)).rows);
      expect(everything).not.toMatch(/ann@|"Ann"|answered|alone/);
      expect(await rowCount("comments")).toBe(2);
      expect(await approvedComments(ctx, POST)).toEqual([expect.objectContaining({ id: answer, author: "Bob" })]);
      expect(await countByState(ctx, POST)).toMatchObject({ deleted: 1, approved: 1 });
    });
  });

  describe("the author's login", () => {
    const password = readAdminPassword({ QUIRE_ADMIN_PASSWORD: "correct horse battery staple" });

    it("opens a session with the right password, which works until it expires or the author logs out", async () => {
      const session = await login(ctx, password, "correct horse battery staple", "203.0.113.7");
      if (!session.ok) throw new Error(session.message);
      expect(await isAdminSession(ctx, session.token)).toBe(true);
      expect(JSON.stringify((await db.query(sql`select * from admin_sessions`)).rows)).not.toContain(session.token);
      tick(8 * 86400);
      expect(await isAdminSession(ctx, session.token)).toBe(false);
      const again = await login(ctx, password, "correct horse battery staple", "203.0.113.7");
      if (!again.ok) throw new Error(again.message);
      await logout(ctx, again.token);
      expect(await isAdminSession(ctx, again.token)).toBe(false);
      expect(await isAdminSession(ctx, "made-up")).toBe(false);
      expect(await isAdminSession(ctx, undefined)).toBe(false);
      tick(31 * 86400);
      expect(await purgeExpired(ctx)).toMatchObject({ loginAttempts: 2, sessions: 1 });
    });

    it("answers a wrong password the same way each time, and stops an address after five in a quarter hour", async () => {
      for (let i = 0; i < 5; i++) expect(await login(ctx, password, `guess ${i}`, "203.0.113.7")).toEqual({ ok: false, code: "wrong", message: "Wrong password." });
      expect(await login(ctx, password, "correct horse battery staple", "203.0.113.7")).toMatchObject({ ok: false, code: "rate-limited" });
      expect(await login(ctx, password, "correct horse battery staple", "198.51.100.1")).toMatchObject({ ok: true });
      tick(16 * 60);
      expect(await login(ctx, password, "correct horse battery staple", "203.0.113.7")).toMatchObject({ ok: true });
    });

    it("is closed without QUIRE_ADMIN_PASSWORD, and refuses a short one", async () => {
      expect(await login(ctx, readAdminPassword({}), "", "203.0.113.7")).toMatchObject({ ok: false, code: "closed" });
      expect(() => readAdminPassword({ QUIRE_ADMIN_PASSWORD: "short" })).toThrow("QUIRE_ADMIN_PASSWORD must be at least 12 characters, it has 5");
    });
  });

  describe("reply notices", () => {
    it("go to those who asked, not to the reply's own writer, and stop after unsubscribing", async () => {
      withRules({ moderation: "none", rateLimit: { max: 100, windowMinutes: 10 } });
      const top = await stored({ name: "Ann", email: "ann@example.com", text: "notify me", notify: "on" });
      const own = await stored({ name: "Ann", email: "ann@example.com", text: "answering myself", parent: top });
      const bob = await stored({ name: "Bob", email: "bob@example.com", text: "answer", parent: top });
      expect(await subscribersOfReply(ctx, own)).toEqual([]);
      const subscribers = await subscribersOfReply(ctx, bob);
      expect(subscribers).toEqual([{ subscriptionId: "1", email: "ann@example.com" }]);
      const link = unsubscribeToken(keys, subscribers[0].subscriptionId, clock);
      expect(await unsubscribe(ctx, link)).toEqual({ ok: true });
      expect(await unsubscribe(ctx, link)).toEqual({ ok: true });
      expect(await subscribersOfReply(ctx, bob)).toEqual([]);
      expect(await unsubscribe(ctx, actionToken(keys, "approve", "1", clock))).toMatchObject({ ok: false, code: "link-invalid" });
    });

    it("are not sent for a reply that waits for moderation", async () => {
      const top = await approved({ name: "Ann", email: "ann@example.com", text: "notify me", notify: "on" });
      const waiting = await stored({ name: "Bob", text: "answer", parent: top });
      expect(await subscribersOfReply(ctx, waiting)).toEqual([]);
      await moderate(ctx, waiting, "approve");
      expect(await subscribersOfReply(ctx, waiting)).toHaveLength(1);
    });
  });
});
