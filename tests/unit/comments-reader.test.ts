import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { Comments } from "@/components/Comments";
import type { CommentsContext } from "@/lib/comments/context";
import { migrate } from "@/lib/comments/db/migrate";
import { sql, type Db } from "@/lib/comments/db/sql";
import { deriveKeys } from "@/lib/comments/keys";
import { mergeSections } from "@/lib/comments/merge";
import { postCommentsView, readsStoredComments, STORED_LATER_MARKER } from "@/lib/comments/page";
import { parsePostKey, postKeyOf, postPagePaths } from "@/lib/comments/post-key";
import { clientAddress, respondToComment, type RespondDeps } from "@/lib/comments/respond";
import { COMMENT_DEFAULTS, resolveComments, type ResolvedComments } from "@/lib/comments/settings";
import { buildThreads } from "@/lib/comments/threads";
import { translator } from "@/lib/i18n/site";
import { STORED_LATER_MARKER as CACHE_MARKER } from "@/lib/server/route-cache.mjs";
import { DB_TIMEOUT, emptyPglite } from "./helpers/comments-db";

const stored = (id: string, extra: Partial<{ parent: string; author: string; date: string; text: string }> = {}) => ({
  id,
  author: extra.author ?? `Reader ${id}`,
  date: extra.date ?? `2026-06-0${id}T12:00:00.000Z`,
  text: extra.text ?? `Text ${id}`,
  ...(extra.parent ? { parent: extra.parent } : {}),
});

describe("a post's key in the comments store", () => {
  it("is its language and slug, and names the page paths to render again", () => {
    expect(postKeyOf("en", "hello")).toBe("en/hello");
    expect(parsePostKey("fr/un-blog")).toEqual({ lang: "fr", slug: "un-blog" });
    expect(postPagePaths("en/hello")).toEqual(["/blog/hello"]);
    expect(postPagePaths("fr/un-blog")).toEqual(["/fr/blog/un-blog"]);
    expect(postPagePaths("en/café")).toEqual(["/blog/caf%C3%A9", "/blog/café"]);
  });

  it("is nothing for a string no post could have made", () => {
    for (const key of ["", "hello", "/hello", "en/", "en/a/b", "<script>/x", "e".repeat(400)]) expect(parsePostKey(key)).toBeUndefined();
    expect(postPagePaths("nonsense")).toEqual([]);
  });
});

describe("one section from the comments file and the database (lib/comments/merge.ts)", () => {
  const file = buildThreads([
    { id: "wp-1", author: "Old", date: "2010-01-01T00:00:00Z", text: "Imported" },
    { id: "wp-2", parent: "wp-1", author: "Older", date: "2010-01-02T00:00:00Z", text: "Imported reply" },
  ]);

  it("counts both, keeps the threads oldest first, and gives stored comments anchors of their own", () => {
    const section = mergeSections(file, [stored("1"), stored("2", { parent: "1" }), stored("3", { parent: "2" })]);
    expect(section.count).toBe(5);
    expect(section.threads.map((thread) => thread.id)).toEqual(["wp-1", "c1"]);
    expect(section.threads[1].replies[0].id).toBe("c2");
    expect(section.threads[1].replies[0].replies[0].id).toBe("c3");
  });

  it("lets readers answer stored comments two levels deep, and never an imported one", () => {
    const section = mergeSections(file, [stored("1"), stored("2", { parent: "1" }), stored("3", { parent: "2" })]);
    expect(section.threads[0].replyId).toBeUndefined();
    expect(section.threads[1].replyId).toBe("1");
    expect(section.threads[1].replies[0].replyId).toBe("2");
    expect(section.threads[1].replies[0].replies[0].replyId).toBeUndefined();
  });

  it("is the stored comments alone for a post without a file", () => {
    expect(mergeSections(undefined, [])).toEqual({ count: 0, threads: [] });
    expect(mergeSections(undefined, [stored("4")]).count).toBe(1);
  });
});

describe("what a post page shows (lib/comments/page.ts)", () => {
  const rules = COMMENT_DEFAULTS;
  const post = { slug: "hello", unpublished: false, comments: buildThreads([{ id: "wp-1", author: "Old", date: "2010-01-01", text: "Imported" }]) };
  const load = vi.fn(async () => ({ approved: [stored("1")], imported: [] as string[] }));
  beforeEach(() => load.mockClear());

  it("reads the database on a server, and at build time only when it is Postgres or a static export", () => {
    expect(readsStoredComments({})).toBe(true);
    expect(readsStoredComments({ phase: "phase-production-build" })).toBe(false);
    expect(readsStoredComments({ phase: "phase-production-build", databaseUrl: "postgres://db/x" })).toBe(true);
    expect(readsStoredComments({ phase: "phase-production-build", output: "export" })).toBe(true);
  });

  it("has a form and both sources on a server", async () => {
    const view = await postCommentsView(post, "en", rules, {}, load);
    expect(load).toHaveBeenCalledWith("en/hello");
    expect(view).toMatchObject({ form: { postKey: "en/hello" }, section: { count: 2 } });
  });

  it("shows the file's comments only, with no form, when comments are off or the post says `comments: false`", async () => {
    expect(await postCommentsView(post, "en", false, {}, load)).toEqual({ section: post.comments });
    expect(await postCommentsView({ ...post, commentsOff: true }, "en", rules, {}, load)).toEqual({ section: post.comments });
    expect(load).not.toHaveBeenCalled();
  });

  it("is read-only in a static export", async () => {
    const view = await postCommentsView(post, "en", rules, { output: "export", phase: "phase-production-build" }, load);
    expect(view).toMatchObject({ closed: true, section: { count: 2 } });
    expect(view.elsewhere).toBeUndefined();
    const html = renderToStaticMarkup(createElement(Comments, { view, lang: "en" }));
    expect(html).toContain("Comments are closed on this copy of the site.</p>");
    expect(html).not.toContain("<form");
  });

  it("links the same post on the live site from a static export, when the settings name it", async () => {
    const live = { ...rules, liveSite: "https://blog.example.org/sub/" };
    const view = await postCommentsView({ ...post, slug: "café" }, "fr", live, { output: "export" }, load);
    expect(view.elsewhere).toBe("https://blog.example.org/sub/fr/blog/caf%C3%A9#comment-form");
    const html = renderToStaticMarkup(createElement(Comments, { view, lang: "fr" }));
    expect(html).toContain(
      'Les commentaires sont fermés sur cette copie du site. <a href="https://blog.example.org/sub/fr/blog/caf%C3%A9#comment-form" class="text-teal-800 underline dark:text-teal-300">Commenter cet article sur blog.example.org</a>',
    );
  });

  it("leaves the stored comments of a server build to the first request, and says so in the page", async () => {
    const view = await postCommentsView(post, "en", rules, { phase: "phase-production-build" }, load);
    expect(load).not.toHaveBeenCalled();
    expect(view).toMatchObject({ later: true, form: { postKey: "en/hello" } });
    const html = renderToStaticMarkup(createElement(Comments, { view, lang: "en" }));
    expect(html).toContain(`<span ${STORED_LATER_MARKER}="" hidden="">`);
    expect(CACHE_MARKER).toBe(STORED_LATER_MARKER);
  });

  it("still renders the post when the database fails", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const view = await postCommentsView(post, "en", rules, {}, async () => Promise.reject(new Error("down")));
    expect(view.section?.count).toBe(1);
    expect(error).toHaveBeenCalledWith("comments: en/hello: could not read the stored comments: down");
    error.mockRestore();
  });
});

describe("the comments section with its forms (components/Comments.tsx)", () => {
  const section = mergeSections(undefined, [stored("1", { author: "Ann" }), stored("2", { parent: "1" }), stored("3", { parent: "2" })]);
  const html = renderToStaticMarkup(createElement(Comments, { view: { section, form: { postKey: "en/hello" } }, lang: "en" }));

  it("has a form that posts to app/comments, with the fields, their hints and a hidden honeypot", () => {
    // Attribute order and spelling vary with React's build: each tag is read attribute by attribute.
    const tag = (pattern: RegExp) => html.match(pattern)?.[0] ?? "";
    const form = tag(/<form [^>]*>/);
    expect(form).toContain('action="/comments"');
    expect(form).toContain('method="post"');
    expect(html).toContain('<input type="hidden" name="post" value="en/hello"/>');
    const honeypot = tag(/<div aria-hidden="true"[^>]*><label>Leave this field empty<input [^>]*>/);
    expect(honeypot).toContain('name="fax_only"');
    expect(honeypot).toMatch(/tabindex="-1"/i);
    expect(honeypot).toMatch(/autocomplete="off"/i);
    expect(html).toContain("For reply notices; never shown.");
    expect(html).toContain("Markdown: *emphasis*");
    const preview = tag(/<button [^>]*value="preview"[^>]*>/);
    expect(preview).toContain('type="submit"');
    expect(preview).toContain('name="step"');
  });

  it("puts a Reply under the comments that may be answered, each with the id it answers", () => {
    expect(html.match(/<summary[^>]*>Reply<\/summary>/g)).toHaveLength(2);
    expect(html).toContain('<input type="hidden" name="parent" value="1"/>');
    expect(html).toContain('<input type="hidden" name="parent" value="2"/>');
    expect(html).not.toContain('name="parent" value="3"');
    expect(html).toContain('aria-label="Reply to Ann"');
  });

  it("says comments are closed on a static export, with no form, and shows a form on a post with no comment yet", () => {
    const closed = renderToStaticMarkup(createElement(Comments, { view: { section, closed: true }, lang: "en" }));
    expect(closed).toContain("Comments are closed on this copy of the site.");
    expect(closed).not.toContain("<form");
    const empty = renderToStaticMarkup(createElement(Comments, { view: { section: { count: 0, threads: [] }, form: { postKey: "en/x" } }, lang: "en" }));
    expect(empty).toContain(">0 comments</h2>");
    expect(empty).toContain("Leave a comment");
  });
});

describe("QUIRE_COMMENTS_MODERATION", () => {
  it("sets the moderation over the setting, and refuses a mode it does not know", () => {
    expect(resolveComments({ moderation: "all" }, { QUIRE_COMMENTS_MODERATION: "none" })).toMatchObject({ moderation: "none" });
    expect(() => resolveComments(true, { QUIRE_COMMENTS_MODERATION: "some" })).toThrow('QUIRE_COMMENTS_MODERATION must be "all", "first" or "none", got "some"');
  });
});

describe("where a form comes from", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  it("takes the address the nearest proxy saw", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddress(headers({}))).toBeUndefined();
  });
});

describe("app/comments (lib/comments/respond.ts)", { timeout: DB_TIMEOUT }, () => {
  let db: Db;
  let clock: Date;
  let ctx: CommentsContext;
  const changed = vi.fn();
  const keys = deriveKeys("a-test-secret-that-is-long-enough-0123456789");
  const deps = (rules: ResolvedComments = { ...COMMENT_DEFAULTS, moderation: "none" }): RespondDeps => {
    ctx = { db, keys, rules, now: () => clock };
    return {
      rules,
      store: async () => ctx,
      post: (key) => (key === "en/hello" ? { title: "Hello <world>", path: "/blog/hello", lang: "en" } : undefined),
      changed,
      words: (lang) => ({ t: translator(lang) as (key: string) => string, lang, siteTitle: "Site" }),
      defaultLang: "en",
      action: "/comments",
    };
  };
  const request = (fields: Record<string, string> | string, headers: Record<string, string> = {}) =>
    new Request("http://blog.example/comments", {
      method: "POST",
      headers: { host: "blog.example", "content-type": "application/x-www-form-urlencoded", ...headers },
      body: typeof fields === "string" ? fields : new URLSearchParams(fields).toString(),
    });
  const count = async () => (await db.query<{ n: number }>(sql`select count(*) as n from comments`)).rows[0].n;
  const json = { accept: "application/json" };
  const base = { post: "en/hello", name: "Ann", text: "Hello *there*" };
  /** The preview's token, then the clock moved past the minimum time. */
  const previewToken = async (fields: Record<string, string> = base) => {
    const answer = (await (await respondToComment(request({ ...fields, step: "preview" }, json), deps())).json()) as { token: string };
    clock = new Date(clock.getTime() + 5000);
    return answer.token;
  };

  beforeAll(async () => {
    db = await emptyPglite();
    await migrate(db);
  }, DB_TIMEOUT);
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.query(sql`truncate comments, commenters, subscriptions, rate_limits restart identity cascade`);
    clock = new Date("2026-06-01T12:00:00Z");
    changed.mockClear();
  });

  it("previews without storing: the page keeps what was typed, escaped, and carries a fresh token", async () => {
    const response = await respondToComment(request({ ...base, name: '<script>alert("x")</script>', step: "preview" }), deps());
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1>Check your comment</h1>");
    expect(html).toContain("<p>Hello <em>there</em></p>");
    expect(html).toContain('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    expect(html).not.toContain("<script>");
    expect(html).toMatch(/<input type="hidden" name="token" value="[\w-]+\.[\w-]+">/);
    expect(html).toContain('<button type="submit" class="primary" name="step" value="send">Send comment</button>');
    expect(html).toContain('<a href="/blog/hello">Back to “Hello &lt;world&gt;”</a>');
    expect(await count()).toBe(0);
  });

  it("sends the previewed comment: stored, shown at once under `none`, and the post's page renders again", async () => {
    const token = await previewToken();
    const response = await respondToComment(request({ ...base, token, step: "send" }), deps());
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<p role="status">Your comment is published.</p>');
    expect(changed).toHaveBeenCalledWith("en/hello");
    expect(await count()).toBe(1);
  });

  it("says a comment waits under `all`, and renders nothing again", async () => {
    const rules = { ...COMMENT_DEFAULTS, moderation: "all" as const };
    const answer = (await (await respondToComment(request({ ...base, step: "preview" }, json), deps(rules))).json()) as { token: string };
    clock = new Date(clock.getTime() + 5000);
    const response = await respondToComment(request({ ...base, token: answer.token, step: "send" }, json), deps(rules));
    expect(await response.json()).toEqual({ ok: true, step: "sent", state: "pending", author: "Ann", html: "<p>Hello <em>there</em></p>", anchor: "comment-c1" });
    expect(changed).not.toHaveBeenCalled();
  });

  it("stores a form sent twice once", async () => {
    const token = await previewToken();
    await respondToComment(request({ ...base, token, step: "send" }), deps());
    const again = await respondToComment(request({ ...base, token, step: "send" }), deps());
    expect(again.status).toBe(200);
    expect(await count()).toBe(1);
  });

  it("answers a form sent too soon with the form again, a message and a new token", async () => {
    const answer = (await (await respondToComment(request({ ...base, step: "preview" }, json), deps())).json()) as { token: string };
    const response = await respondToComment(request({ ...base, token: answer.token, step: "send" }), deps());
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Sent too quickly after the page opened");
    expect(html).toContain('name="step" value="send"');
    expect(await count()).toBe(0);
  });

  it("gives each field its message, in JSON too", async () => {
    const response = await respondToComment(request({ post: "en/hello", name: "", text: "", website: "javascript:alert(1)", step: "preview" }, json), deps());
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      errors: [
        { field: "name", message: "Name: please give a name." },
        { field: "website", message: "Website: must start with http:// or https://." },
        { field: "text", message: "Comment: please write something." },
      ],
    });
  });

  it("refuses another site's form, stores nothing", async () => {
    const token = await previewToken();
    const response = await respondToComment(request({ ...base, token, step: "send" }, { origin: "https://evil.example" }), deps());
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("This form was sent from another site");
    expect(await count()).toBe(0);
  });

  it("answers a body too large, bytes that are not UTF-8, an unknown post, with a message and no 500", async () => {
    const big = await respondToComment(request({ ...base, text: "x".repeat(1024 * 1024), step: "preview" }), deps());
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("The form is too large to send: at most 64 KB.");
    const broken = await respondToComment(request("post=en%2Fhello&name=Ann&text=%FF&step=preview"), deps());
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain("Comment: holds bytes that are not valid UTF-8.");
    const nowhere = await respondToComment(request({ ...base, post: "en/nowhere", step: "preview" }), deps());
    expect(nowhere.status).toBe(404);
    const off = await respondToComment(request({ ...base, step: "preview" }), { ...deps(), rules: false });
    expect(off.status).toBe(404);
  });

  it("answers a robot that fills the honeypot as if its comment waited, and keeps nothing", async () => {
    const token = await previewToken();
    const response = await respondToComment(request({ ...base, fax_only: "spam", token, step: "send" }), deps());
    expect(await response.text()).toContain("Your comment awaits moderation");
    expect(await count()).toBe(0);
  });

  it("says when the store cannot open, with a 503", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await respondToComment(request({ ...base, step: "preview" }), { ...deps(), store: () => Promise.reject(new Error("no secret")) });
    expect(response.status).toBe(503);
    error.mockRestore();
  });
});
