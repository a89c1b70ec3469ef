/**
 * The hostile-input suite of the comments: every payload of
 * tests/fixtures/comments-hostile.ts (the XSS vectors of OWASP's cheat sheet
 * and of the Isso, Valine and Remark42 advisories, SQL, header injection,
 * malformed bodies) sent in every field through the real app/comments logic
 * (respondToComment, preview and send, HTML and JSON), on PGlite and on
 * Postgres when TEST_DATABASE_URL is set. Each answer is a refusal with a
 * message naming its field, or a stored comment; never a 5xx or a throw.
 * Then every page that shows them is read as a browser reads it
 * (helpers/inert-html.ts): the post's comments, the preview and answer
 * pages, the admin page, the author's e-mail and the reply notice, and the
 * messages a loopback SMTP server receives. One line at the end counts it
 * all, and the unsafe and the failed must be zero.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminInbox, type ListedComment } from "@/components/comments-admin/AdminInbox";
import { Comments } from "@/components/Comments";
import type { CommentsContext } from "@/lib/comments/context";
import { migrate } from "@/lib/comments/db/migrate";
import { sql, type Db } from "@/lib/comments/db/sql";
import { checkWebsite, FIELD_LABELS } from "@/lib/comments/fields";
import { commentsInState, inboxComment } from "@/lib/comments/inbox";
import { deriveKeys } from "@/lib/comments/keys";
import { approvedComments, storedForPage } from "@/lib/comments/listing";
import { newCommentMail, replyNoticeMail } from "@/lib/comments/mail/compose";
import { mailNewComment, mailReplyNotices, type MailContext } from "@/lib/comments/mail/notify";
import { createMailer } from "@/lib/comments/mail/send";
import { readMailSettings } from "@/lib/comments/mail/settings";
import { renderCommentText } from "@/lib/comments/markdown";
import { postCommentsView } from "@/lib/comments/page";
import { respondToComment, type RespondDeps } from "@/lib/comments/respond";
import { failedPage } from "@/lib/comments/response-page";
import { COMMENT_DEFAULTS, type ResolvedComments } from "@/lib/comments/settings";
import { actionToken, formToken, signToken } from "@/lib/comments/tokens";
import { translator } from "@/lib/i18n/site";
import { HEADER_EMAILS, HEADER_NAMES, MALFORMED_BODIES, SQL_STRINGS, XSS_PAYLOADS } from "../fixtures/comments-hostile";
import { DB_TIMEOUT, DRIVERS } from "./helpers/comments-db";
import { attr, findAll, idIndex, parse, parseFragment, textOf, unsafeComment, unsafeIn, type PageRules } from "./helpers/inert-html";
import { decodeHeader, headerNames, headersOf, startSmtp } from "./helpers/smtp";

const keys = deriveKeys("a-test-secret-that-is-long-enough-0123456789");
const HOST = "blog.example";
const POST = "en/hello";
const OTHER = "en/other";
const AUTHOR = "author@example.org";
const FIELDS = ["name", "email", "website", "text"] as const;
type Field = (typeof FIELDS)[number];

const RULES: ResolvedComments = { ...COMMENT_DEFAULTS, moderation: "none", minSecondsToSubmit: 0, rateLimit: { max: 1_000_000, windowMinutes: 10 } };

/** What the pages' own forms are: their actions and field names. */
const READER_PAGE: PageRules = { formActions: ["/comments"], fieldNames: ["post", "parent", "token", "fax_only", "name", "email", "notify", "website", "text", "step"] };
const RESPONSE_PAGE: PageRules = { ...READER_PAGE, document: true };
const ADMIN_PAGE: PageRules = {
  formActions: ["/admin/comments/action", "/admin/comments/logout"],
  fieldNames: ["csrf", "back", "page", "intent", "id", "text", "email", "sure"],
};
const MAIL_PAGE: PageRules = {
  document: true,
  styles: [
    "font-family:sans-serif;line-height:1.5;max-width:40em",
    "margin:1em 0;padding-left:1em;border-left:3px solid #ccc;white-space:pre-wrap",
    "color:#666;font-size:90%",
  ],
};

/** Everything counted for the summary line. */
const tally = { submissions: 0, stored: 0, refused: 0, previewed: 0, serverErrors: 0, pages: 0, unsafe: [] as string[], failures: [] as string[] };

const inspect = (html: string, rules: PageRules, page: string) => {
  tally.pages++;
  tally.unsafe.push(...unsafeIn(html, rules, page));
};
const inspectComment = (html: string, page: string) => {
  tally.pages++;
  tally.unsafe.push(...unsafeComment(html, page));
};
const fail = (what: string) => tally.failures.push(what);

/** A value as a browser's form would carry it (a lone surrogate becomes U+FFFD). */
const asSent = (value: string) => new URLSearchParams(new URLSearchParams({ v: value }).toString()).get("v")!;

afterAll(() => {
  console.log(
    `hostile comments: ${tally.submissions} submissions: ${tally.stored} stored and rendered inert, ${tally.refused} refused with a message, ` +
      `${tally.previewed} odd bodies read as a preview (nothing stored), ` +
      `${tally.serverErrors} server errors; ${tally.unsafe.length} unsafe elements/attributes in ${tally.pages} rendered pages` +
      (tally.failures.length ? `; ${tally.failures.length} failed checks` : ""),
  );
});

describe("the inertness check itself (helpers/inert-html.ts)", () => {
  it("finds each kind of unsafe markup it looks for", () => {
    const found = (html: string, rules: PageRules = READER_PAGE) => unsafeIn(html, rules, "probe");
    expect(found("<p>fine <a href=\"https://ok.example\" rel=\"ugc nofollow noopener\">x</a> <a href=\"/blog/x#y\">y</a></p>")).toEqual([]);
    for (const bad of [
      "<script>x</script>",
      "<img src=x>",
      "<svg></svg>",
      "<math></math>",
      "<p onclick=x>x</p>",
      "<p style=color:red>x</p>",
      '<a href="jav&#x09;ascript:x">x</a>',
      '<a href=" &#14; javascript:x">x</a>',
      '<a href="data:text/html,x">x</a>',
      "<iframe srcdoc=x></iframe>",
      '<form action="https://evil.example" method="post"></form>',
      '<form action="/comments" method="post"><button formaction="https://evil.example">x</button></form>',
      '<form action="/comments" method="post"><input type="text" name="evil"></form>',
      "<template><img src=x onerror=x></template>",
      '<meta http-equiv="refresh" content="0">',
      "<base href=https://evil.example>",
    ]) {
      expect(found(bad), bad).not.toEqual([]);
    }
    expect(unsafeComment('<p><a href="https://ok.example" rel="ugc nofollow noopener">x</a></p>', "probe")).toEqual([]);
    expect(unsafeComment('<p id="x">x</p>', "probe")).not.toEqual([]);
    expect(unsafeComment('<a href="https://ok.example">x</a>', "probe")).not.toEqual([]);
  });
});

describe.each(DRIVERS)("hostile comments on $name", { timeout: DB_TIMEOUT }, (driver) => {
  let db: Db;
  let clock: Date;
  let ctx: CommentsContext;
  const rules = RULES;
  const deps = (): RespondDeps => {
    ctx = { db, keys, rules, now: () => clock };
    return {
      rules,
      store: async () => ctx,
      post: (key) =>
        key === POST ? { title: "Hello <world>", path: "/blog/hello", lang: "en" } : key === OTHER ? { title: "Other", path: "/blog/other", lang: "en" } : undefined,
      changed: () => {},
      words: (lang) => ({ t: translator(lang) as (key: string) => string, lang, siteTitle: "Site" }),
      defaultLang: "en",
      action: "/comments",
    };
  };
  const request = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    new Request(`http://${HOST}/comments`, {
      method: "POST",
      headers: { host: HOST, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.9", ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  const JSON_ACCEPT = { accept: "application/json" };
  const count = async () => Number((await db.query<{ n: number }>(sql`select count(*) as n from comments`)).rows[0].n);
  let serial = 0;

  /** A response that must be a page (HTML) or JSON, inspected and never a 5xx. */
  async function answer(response: Response, page: string) {
    if (response.status >= 500) {
      tally.serverErrors++;
      fail(`${page}: status ${response.status}`);
    }
    if (/json/.test(response.headers.get("content-type") ?? "")) {
      const body = (await response.json()) as { ok: boolean; html?: string; token?: string; errors?: Array<{ field: string; message: string }> };
      if (body.html !== undefined) inspectComment(body.html, `${page} (JSON)`);
      return { status: response.status, json: body, html: "" };
    }
    const html = await response.text();
    inspect(html, RESPONSE_PAGE, page);
    return { status: response.status, json: undefined, html };
  }

  /** A refusal: a 4xx whose message names `field`, and nothing stored. */
  async function expectRefusal(status: number, errors: Array<{ field: string; message: string }> | undefined, field: string, before: number, label: string) {
    tally.refused++;
    if (status < 400 || status >= 500) fail(`${label}: refused with status ${status}`);
    const label0 = field === "form" ? undefined : FIELD_LABELS[field as Field];
    const named = errors?.some((error) => error.field === field && (!label0 || error.message.startsWith(`${label0}:`)));
    if (!named) fail(`${label}: refused without a message naming ${field}: ${JSON.stringify(errors)}`);
    if ((await count()) !== before) fail(`${label}: a refusal stored something`);
  }

  interface Stored {
    id: string;
    field: Field | "sql";
    sent: Record<string, string>;
    label: string;
  }
  const stored: Stored[] = [];

  /** One form through preview (HTML and JSON) and send (HTML, then the same form again in JSON): stored, or refused naming `field`. */
  async function submit(field: Field, values: Record<string, string>, label: string): Promise<Stored | undefined> {
    tally.submissions++;
    const before = await count();
    try {
      const page = await answer(await respondToComment(request({ ...values, step: "preview" }), deps()), `${label}: preview page`);
      const json = await answer(await respondToComment(request({ ...values, step: "preview" }, JSON_ACCEPT), deps()), `${label}: preview`);
      if (page.status !== json.status) fail(`${label}: the preview's page says ${page.status}, its JSON ${json.status}`);
      if (json.status !== 200 || !json.json?.ok) {
        await expectRefusal(json.status, json.json?.errors, field, before, label);
        return undefined;
      }
      clock = new Date(clock.getTime() + 1000);
      const token = json.json.token!;
      const sent = await answer(await respondToComment(request({ ...values, token, step: "send" }), deps()), `${label}: answer page`);
      if (sent.status !== 200) {
        const again = await answer(await respondToComment(request({ ...values, token, step: "send" }, JSON_ACCEPT), deps()), `${label}: send`);
        await expectRefusal(again.status, again.json?.errors, field, before, label);
        return undefined;
      }
      if ((await count()) !== before + 1) fail(`${label}: sent, but ${(await count()) - before} comments stored`);
      // The same form again (back, send): the first comment, nothing new.
      const replay = await answer(await respondToComment(request({ ...values, text: `${values.text} (replayed)`, token, step: "send" }, JSON_ACCEPT), deps()), `${label}: sent again`);
      if (replay.status !== 200 || (await count()) !== before + 1) fail(`${label}: a replayed form stored another comment`);
      const { rows } = await db.query<{ id: number }>(sql`select id from comments order by id desc limit 1`);
      tally.stored++;
      const entry: Stored = { id: String(rows[0].id), field, sent: values, label };
      stored.push(entry);
      return entry;
    } catch (error) {
      tally.serverErrors++;
      fail(`${label}: threw ${error instanceof Error ? error.stack : String(error)}`);
      return undefined;
    }
  }

  const fieldsFor = (field: Field, payload: string): Record<string, string> => {
    const n = ++serial;
    return { post: POST, name: `Reader ${n}`, text: `Comment ${n} with a hostile ${field}`, [field]: payload };
  };

  beforeAll(async () => {
    db = await driver.open();
    await migrate(db);
    clock = new Date("2026-06-01T12:00:00Z");
  }, DB_TIMEOUT);
  afterAll(() => driver.dispose(db));

  it("has over a hundred distinct payloads", () => {
    expect(new Set(XSS_PAYLOADS.map(({ payload }) => payload)).size).toBe(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.length).toBeGreaterThan(100);
  });

  it("answers every XSS payload in every field with a refusal naming it or a stored comment, never a 5xx", async () => {
    for (const [i, { source, payload }] of XSS_PAYLOADS.entries()) {
      for (const field of FIELDS) await submit(field, fieldsFor(field, payload), `${source} #${i} in ${field}`);
    }
    expect(tally.failures).toEqual([]);
    expect(stored.filter((s) => s.field === "text").length).toBeGreaterThan(XSS_PAYLOADS.length * 0.8);
  });

  it("stores SQL verbatim and runs none of it", async () => {
    const sqlStored: Stored[] = [];
    for (const [i, payload] of SQL_STRINGS.entries()) {
      for (const field of ["name", "text"] as const) {
        const entry = await submit(field, fieldsFor(field, payload), `SQL #${i} in ${field}`);
        if (entry) sqlStored.push(entry);
      }
      await submit("email", fieldsFor("email", payload), `SQL #${i} in email`);
      await submit("website", fieldsFor("website", `https://sql.example/?q=${payload}`), `SQL #${i} in website`);
    }
    const entry = await submit("email", fieldsFor("email", "o'reilly+$1--@example.com"), "SQL in an e-mail address");
    expect(entry).toBeDefined();
    // Every one of them stored: a name or a text may hold any of these.
    expect(sqlStored).toHaveLength(SQL_STRINGS.length * 2);
    const shown = new Map((await approvedComments(ctx, POST)).map((comment) => [comment.id, comment]));
    for (const one of sqlStored) {
      const comment = shown.get(one.id);
      const want = one.sent[one.field as "name" | "text"].trim();
      if ((one.field === "name" ? comment?.author : comment?.text) !== want) fail(`${one.label}: read back as ${JSON.stringify(comment)}`);
    }
    expect((await inboxComment(ctx, entry!.id))?.email).toBe("o'reilly+$1--@example.com");
    // The tables are all there, the comments all of them.
    for (const table of ["comments", "commenters", "subscriptions", "rate_limits", "admin_sessions", "login_attempts", "quire_migrations"]) {
      const { rows } = await db.query<{ name: string | null }>(sql`select to_regclass(${table})::text as name`);
      expect(rows[0].name).toBe(table);
    }
    expect(await count()).toBe(stored.length);
    expect(tally.failures).toEqual([]);
  });

  it("keeps every stored payload as text on the post page, and renders the page inert", async () => {
    const view = await postCommentsView({ slug: "hello", unpublished: false }, "en", rules, {}, () => storedForPage(ctx, POST));
    const html = renderToStaticMarkup(createElement(Comments, { view, lang: "en" }));
    inspect(html, READER_PAGE, "post page");
    const articles = idIndex(parseFragment(html));
    for (const one of stored) {
      const article = articles.get(`comment-c${one.id}`);
      if (!article) {
        fail(`${one.label}: not on the post page`);
        continue;
      }
      const header = findAll(article, (e) => e.tagName === "header")[0];
      const name = asSent(one.sent.name).trim();
      if (!textOf(header).includes(name)) fail(`${one.label}: the name is not shown as text`);
      const website = one.sent.website ? (checkWebsite(asSent(one.sent.website)) as { value?: string }).value : undefined;
      const link = findAll(header, (e) => e.tagName === "a" && attr(e, "rel") === "ugc nofollow noopener")[0];
      if ((link && attr(link, "href")) !== website) fail(`${one.label}: the website shows as ${link && attr(link, "href")}, stored as ${website}`);
      const body = renderCommentText(asSent(one.sent.text).replace(/\r\n?/g, "\n").trim());
      if (!html.includes(body)) fail(`${one.label}: the text is not on the page as the sanitiser made it`);
      if (findAll(article, (e) => e.tagName === "img").length) fail(`${one.label}: an image`);
    }
    expect(tally.failures).toEqual([]);
    expect(tally.unsafe).toEqual([]);
  });

  it("shows every stored payload as text on the admin page, e-mail included, inert", async () => {
    const rows = [];
    for (let page = 1; ; page++) {
      const comments = await commentsInState(ctx, "approved", page);
      if (!comments.length) break;
      rows.push(...comments);
      const listed: ListedComment[] = comments.map((comment) => ({ ...comment, html: renderCommentText(comment.text), post: { title: "Hello <world>", href: "/blog/hello" } }));
      const html = renderToStaticMarkup(
        createElement(AdminInbox, {
          state: "approved",
          page,
          pages: 99,
          counts: { pending: 0, approved: stored.length, spam: 0, deleted: 0 },
          comments: listed,
          csrf: "csrf-token",
          paths: { page: "/admin/comments", action: "/admin/comments/action", logout: "/admin/comments/logout" },
          notice: undefined,
          problem: false,
          maxReplyDepth: 2,
        }),
      );
      inspect(html, ADMIN_PAGE, `admin page ${page}`);
      const tree = parseFragment(html);
      const ids = idIndex(tree);
      const cards = new Map(findAll(tree, (e) => e.tagName === "article").map((e) => [attr(e, "data-comment"), e]));
      for (const comment of comments) {
        const by = ids.get(`c${comment.id}-by`);
        if (!by || !textOf(by).includes(comment.name)) fail(`admin page: comment ${comment.id}'s name is not shown as text`);
        const card = cards.get(comment.id)!;
        if (comment.email && !textOf(card).includes(`E-mail: ${comment.email}`)) fail(`admin page: comment ${comment.id}'s e-mail is not shown as text`);
      }
    }
    expect(rows).toHaveLength(stored.length);
    expect(tally.failures).toEqual([]);
    expect(tally.unsafe).toEqual([]);
  });

  it("writes every stored payload into the author's e-mail and the reply notice as text, in one-line subjects", async () => {
    for (const one of stored) {
      const comment = (await inboxComment(ctx, one.id))!;
      const mail = newCommentMail(AUTHOR, {
        siteTitle: "Site",
        post: { title: "Hello <world>", url: "https://blog.example/blog/hello" },
        comment: { ...comment, reply: false },
        links: { approve: "https://blog.example/admin/comments/approve?token=a.b", delete: "https://blog.example/admin/comments/delete?token=c.d", admin: "https://blog.example/admin/comments" },
      });
      inspect(mail.html, MAIL_PAGE, `${one.label}: the author's e-mail`);
      const quote = findAll(parse(mail.html), (e) => e.tagName === "blockquote")[0];
      if (textOf(quote) !== comment.text) fail(`${one.label}: the e-mail's quote is not the text as written`);
      if (!textOf(parse(mail.html)).includes(`Name: ${comment.name}`)) fail(`${one.label}: the e-mail's name is not the name as written`);
      if (!mail.text.includes(`Name: ${comment.name}\n`)) fail(`${one.label}: the text part's name`);
      if (/[\p{Cc}\u2028\u2029]/u.test(mail.subject)) fail(`${one.label}: a subject with a control character`);
      const notice = replyNoticeMail("ann@example.com", {
        siteTitle: "Site",
        post: { title: "Hello <world>", url: "https://blog.example/blog/hello" },
        replyUrl: `https://blog.example/blog/hello#comment-c${one.id}`,
        reply: { name: comment.name, text: comment.text },
        unsubscribe: "https://blog.example/comments/unsubscribe?token=e.f",
      });
      inspect(notice.html, MAIL_PAGE, `${one.label}: the reply notice`);
      if (/[\p{Cc}\u2028\u2029]/u.test(notice.subject)) fail(`${one.label}: a notice subject with a control character`);
    }
    expect(tally.failures).toEqual([]);
    expect(tally.unsafe).toEqual([]);
  });

  it("answers every malformed body with a 4xx and a message, or reads what it can; never a 5xx, nothing stored", async () => {
    const before = await count();
    for (const { label, body, contentType, status } of MALFORMED_BODIES) {
      for (const accept of [{}, JSON_ACCEPT]) {
        tally.submissions++;
        try {
          const headers: Record<string, string> = { host: HOST, ...accept, ...(contentType ? { "content-type": contentType } : {}) };
          const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body && new Uint8Array(body);
          const response = await respondToComment(new Request(`http://${HOST}/comments`, { method: "POST", headers, body: bytes as BodyInit | undefined }), deps());
          const got = await answer(response, `malformed body: ${label}`);
          if (!status.includes(got.status)) fail(`malformed body: ${label}: status ${got.status}, not ${status.join(" or ")}`);
          if (got.status >= 400) {
            tally.refused++;
            const message = got.json ? got.json.errors?.[0]?.message : textOf(findAll(parse(got.html), (e) => attr(e, "role") === "alert")[0] ?? parse(""));
            if (!message) fail(`malformed body: ${label}: refused without a message`);
          } else tally.previewed++;
        } catch (error) {
          tally.serverErrors++;
          fail(`malformed body: ${label}: threw ${String(error)}`);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await count()).toBe(before);
    expect(tally.failures).toEqual([]);
  });

  it("refuses forms from another site, another post's token, and forged tokens, storing nothing", async () => {
    const before = await count();
    const fields = { post: POST, name: "Csrf", text: "Cross-site comment" };
    const tokenNow = () => formToken(keys, POST, new Date(clock.getTime() - 60_000));
    const crossSite: Array<Record<string, string>> = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: "http://blog.example.evil.example" },
      { origin: "http://blog.example@evil.example" },
      { origin: "http://blog.example:8080" },
      { origin: "not a url" },
      { origin: "https://evil.example", referer: "http://blog.example/blog/hello" },
      { referer: "https://evil.example/blog.example/" },
      { referer: "http://blog.example.evil.example/blog/hello" },
      { referer: "null" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "none" },
      { "sec-fetch-site": "cross-site", origin: "http://blog.example" },
    ];
    for (const headers of crossSite) {
      for (const step of ["preview", "send"]) {
        for (const accept of [{}, JSON_ACCEPT]) {
          tally.submissions++;
          const got = await answer(await respondToComment(request({ ...fields, token: tokenNow(), step }, { ...headers, ...accept }), deps()), `cross-site ${JSON.stringify(headers)}`);
          if (got.status !== 403) fail(`cross-site ${JSON.stringify(headers)} ${step}: status ${got.status}`);
          if (got.json) await expectRefusal(got.status, got.json.errors, "form", before, `cross-site ${JSON.stringify(headers)}`);
          else {
            tally.refused++;
            if (!got.html.includes("This form was sent from another site")) fail(`cross-site ${JSON.stringify(headers)}: no message`);
          }
        }
      }
    }
    const valid = tokenNow();
    const [body, mac] = valid.split(".");
    const payload = JSON.parse(Buffer.from(body, "base64url").toString()) as Record<string, unknown>;
    const resign = (changes: Record<string, unknown>) => `${Buffer.from(JSON.stringify({ ...payload, ...changes })).toString("base64url")}.${mac}`;
    const otherKeys = deriveKeys("another-secret-that-is-long-enough-0123456789");
    const forged: Array<[string, string]> = [
      ["a token for another post", formToken(keys, OTHER, new Date(clock.getTime() - 60_000))],
      ["a token whose post was changed", resign({ p: OTHER })],
      ["a token whose time was changed", resign({ t: 0 })],
      ["a token with its signature cut", `${body}.${mac.slice(0, -4)}`],
      ["a token signed with another secret", formToken(otherKeys, POST, new Date(clock.getTime() - 60_000))],
      ["an approve link's token", actionToken(keys, "approve", "1", clock)],
      ["a token of another purpose", signToken(keys.form, "unsubscribe", { p: POST, n: "x", t: clock.getTime() - 60_000 }, new Date(clock.getTime() + 3600_000))],
      ["a day-old token", formToken(keys, POST, new Date(clock.getTime() - 25 * 3600_000))],
      ["an empty token", ""],
      ["no signature", body],
      ["a token of dots", "..."],
      ["JSON for a token", JSON.stringify(payload)],
    ];
    for (const [label, token] of forged) {
      tally.submissions++;
      const got = await answer(await respondToComment(request({ ...fields, post: POST, token, step: "send" }, JSON_ACCEPT), deps()), label);
      await expectRefusal(got.status, got.json?.errors, "form", before, label);
    }
    // A token sent twice, with other words the second time: one comment, the first.
    const entry = await submit("text", { ...fields, name: "Replayer", text: "First words" }, "a replayed token");
    const again = await respondToComment(request({ ...fields, name: "Replayer", text: "Other words", token: valid, step: "send" }, JSON_ACCEPT), deps());
    expect(again.status).toBe(200);
    const twice = await respondToComment(request({ ...fields, name: "Replayer", text: "Third words", token: valid, step: "send" }, JSON_ACCEPT), deps());
    expect(twice.status).toBe(200);
    expect(await count()).toBe(before + 2);
    const texts = (await approvedComments(ctx, POST)).map((comment) => comment.text);
    expect(texts.filter((text) => text === "Third words")).toHaveLength(0);
    expect(entry).toBeDefined();
    expect(tally.failures).toEqual([]);
  });

  it("never lets a commenter reusing a known e-mail change what earlier comments show (Artalk)", async () => {
    const first = await submit("text", { post: POST, name: "Known Writer", email: "known@example.com", website: "https://known.example", text: "The real one" }, "Artalk: the known commenter");
    const later = await submit("text", { post: POST, name: "Known Writer", email: "KNOWN@example.com", website: "https://impostor.example", text: "The impostor" }, "Artalk: the impostor");
    const anonymous = await submit("text", { post: POST, name: "Someone Else", email: "known@example.com", text: "No website" }, "Artalk: same e-mail, no website");
    const shown = new Map((await approvedComments(ctx, POST)).map((comment) => [comment.id, comment]));
    expect(shown.get(first!.id)).toMatchObject({ author: "Known Writer", url: "https://known.example/", text: "The real one" });
    expect(shown.get(later!.id)).toMatchObject({ url: "https://impostor.example/" });
    expect(shown.get(anonymous!.id)).toMatchObject({ author: "Someone Else", text: "No website" });
    expect(shown.get(anonymous!.id)?.url).toBeUndefined();
    // The commenters table keeps an address and its proof only: nothing a page shows.
    const { rows } = await db.query<{ column_name: string }>(sql`select column_name from information_schema.columns where table_name = 'commenters' order by column_name`);
    expect(rows.map((row) => row.column_name).filter((name) => /name|url|website/.test(name))).toEqual([]);
  });

  describe("header injection, through a loopback SMTP server", () => {
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let mail: MailContext;
    const logged: string[] = [];
    beforeAll(async () => {
      smtp = await startSmtp();
      const settings = readMailSettings({ SMTP_URL: smtp.url, QUIRE_AUTHOR_EMAIL: AUTHOR, MAIL_FROM: "Quire blog <blog@example.org>" })!;
      mail = {
        mailer: createMailer(settings, (line) => logged.push(line)),
        authorEmail: settings.authorEmail,
        site: { title: "Site", url: (path) => `https://blog.example${path}`, post: (key) => (key === POST ? { title: "Hello <world>", path: "/blog/hello" } : undefined) },
      };
    });
    afterAll(() => smtp.close());

    /** The last message: to whom the envelope sends it, and headers that add no recipient. */
    const expectOnly = (recipients: string[], label: string) => {
      const message = smtp.received.at(-1);
      if (!message) return fail(`${label}: no message`);
      if (JSON.stringify(message.to) !== JSON.stringify(recipients)) fail(`${label}: sent to ${JSON.stringify(message.to)}`);
      const names = headerNames(message.raw);
      for (const header of ["bcc", "cc", "reply-to", "sender"]) if (names.includes(header)) fail(`${label}: a ${header} header`);
      for (const header of ["to", "from", "subject", "content-type"]) if (names.filter((name) => name === header).length !== 1) fail(`${label}: ${header} headers: ${names.join(",")}`);
      const headers = headersOf(message.raw);
      if (!headers.get("to")?.includes(recipients[0])) fail(`${label}: To is ${headers.get("to")}`);
      if (/[\r\n]/.test(decodeHeader(headers.get("subject") ?? ""))) fail(`${label}: a subject with a line break`);
      // One address in To: an encoded word (=?utf-8?q?victim=40...?=) is text of the local part, not a recipient.
      if ((headers.get("to") ?? "").split("@").length !== 2) fail(`${label}: To is ${headers.get("to")}`);
    };

    it("sends what a hostile name or e-mail wrote to the expected recipients only, and refuses the rest naming the field", async () => {
      const received = () => smtp.received.length;
      for (const [i, name] of HEADER_NAMES.entries()) {
        const entry = await submit("name", { post: POST, name, email: `subscriber${i}@example.com`, text: `Header name ${i}` }, `header name #${i}`);
        if (entry) {
          const sentBefore = received();
          await mailNewComment(ctx, mail, entry.id);
          if (received() !== sentBefore + 1) fail(`header name #${i}: no e-mail to the author`);
          expectOnly([AUTHOR], `header name #${i}: the author's e-mail`);
        }
        // Written by something that skipped fields.ts (an import, an old version): still no header of its own.
        const { rows } = await db.query<{ id: number }>(sql`
          insert into comments (post_key, depth, author_name, body, state, created_at, fingerprint)
          values (${POST}, 0, ${name}, ${`Raw name ${i}`}, 'approved', ${clock}, ${`raw-name-${i}-${driver.name}`}) returning id`);
        await mailNewComment(ctx, mail, String(rows[0].id));
        expectOnly([AUTHOR], `header name #${i} stored raw: the author's e-mail`);
      }
      for (const [i, email] of HEADER_EMAILS.entries()) {
        const top = await submit("email", { post: POST, name: `Mailer ${i}`, email, notify: "on", text: `Header e-mail ${i}` }, `header e-mail #${i}`);
        if (!top) continue;
        const address = (await inboxComment(ctx, top.id))!.email!;
        if (/victim@|[\s,;<>]/.test(address)) fail(`header e-mail #${i}: stored as ${JSON.stringify(address)}`);
        const reply = await submit("text", { post: POST, name: `Replier ${i}`, parent: top.id, text: `A reply to header e-mail ${i}` }, `reply to header e-mail #${i}`);
        if (!reply) continue;
        const sent = await mailReplyNotices(ctx, mail, reply.id);
        if (sent !== 1) fail(`header e-mail #${i}: ${sent} reply notices`);
        expectOnly([address], `header e-mail #${i}: the reply notice`);
      }
      expect(logged).toEqual([]);
      expect(tally.failures).toEqual([]);
    });
  });

  it("renders rows written past fields.ts (an old version, a hand edit) inert too: a website that is not http(s) is no link", async () => {
    const websites = [`javascript:${"window.__quirePwned=1"}`, " javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "jav\tascript:alert(1)", "//evil.example/x"];
    const ids: string[] = [];
    deps();
    for (const [i, website] of websites.entries()) {
      const { rows } = await db.query<{ id: number }>(sql`
        insert into comments (post_key, depth, author_name, author_email, author_url, body, state, created_at, fingerprint)
        values (${POST}, 0, ${`<b>Raw ${i}</b>`}, ${`raw${i}@example.com`}, ${website}, ${`<script>alert(${i})</script>`}, 'approved', ${clock}, ${`raw-site-${i}-${driver.name}`})
        returning id`);
      ids.push(String(rows[0].id));
    }
    const view = await postCommentsView({ slug: "hello", unpublished: false }, "en", rules, {}, () => storedForPage(ctx, POST));
    const html = renderToStaticMarkup(createElement(Comments, { view, lang: "en" }));
    expect(unsafeIn(html, READER_PAGE, "post page with raw rows")).toEqual([]);
    const comments = await commentsInState(ctx, "approved", 1);
    const listed: ListedComment[] = comments.map((comment) => ({ ...comment, html: renderCommentText(comment.text), post: { title: "Hello", href: "/blog/hello" } }));
    const admin = renderToStaticMarkup(
      createElement(AdminInbox, {
        state: "approved", page: 1, pages: 1, counts: { pending: 0, approved: comments.length, spam: 0, deleted: 0 }, comments: listed, csrf: "x",
        paths: { page: "/admin/comments", action: "/admin/comments/action", logout: "/admin/comments/logout" }, problem: false, maxReplyDepth: 2,
      }),
    );
    expect(unsafeIn(admin, ADMIN_PAGE, "admin page with raw rows")).toEqual([]);
    tally.pages += 2;
    for (const id of ids) await db.query(sql`delete from comments where id = ${id}`);
  });

  it("renders the failed-form page inert whatever its message and post title hold", () => {
    for (const { payload } of XSS_PAYLOADS.slice(0, 40)) {
      inspect(failedPage({ t: translator("en") as (key: string) => string, lang: "en", siteTitle: payload }, payload, { title: payload, path: "/blog/hello" }), RESPONSE_PAGE, "failed page");
    }
    expect(tally.unsafe).toEqual([]);
  });

  it("adds up to no server error and no unsafe element or attribute", () => {
    expect(tally.serverErrors).toBe(0);
    expect(tally.unsafe).toEqual([]);
    expect(tally.failures).toEqual([]);
  });
});
