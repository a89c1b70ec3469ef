import { describe, expect, it } from "vitest";
import { renderCommentText } from "@/lib/comments/markdown";
import { buildThreads, MAX_DEPTH } from "@/lib/comments/threads";
import { commentsFileOf, parseComments } from "@/lib/comments/file";
import { formatProblem } from "@/lib/frontmatter";
import type { CommentRecord, ShownComment } from "@/lib/comments/model";

describe("a comment's text (lib/comments/markdown.ts)", () => {
  it("renders the Markdown subset: paragraphs, emphasis, strong, links, inline code, code blocks, quotes, lists", () => {
    const html = renderCommentText(
      "Nice *post*, **really**. See [the docs](https://docs.example/x?a=1&b=2) and `npm ci`.\n\n> quoted\n\n- one\n- two\n\n3. three\n\n```sh\nrm -rf /tmp/x\n```",
    );
    expect(html).toBe(
      [
        '<p>Nice <em>post</em>, <strong>really</strong>. See <a href="https://docs.example/x?a=1&#x26;b=2" rel="ugc nofollow noopener">the docs</a> and <code>npm ci</code>.</p>',
        "<blockquote>",
        "<p>quoted</p>",
        "</blockquote>",
        "<ul>",
        "<li>one</li>",
        "<li>two</li>",
        "</ul>",
        '<ol start="3">',
        "<li>three</li>",
        "</ol>",
        "<pre><code>rm -rf /tmp/x",
        "</code></pre>",
      ].join("\n"),
    );
  });

  it("links bare addresses, with the same rel", () => {
    expect(renderCommentText("see https://ann.example/a")).toBe('<p>see <a href="https://ann.example/a" rel="ugc nofollow noopener">https://ann.example/a</a></p>');
  });

  it("never lets raw HTML through: script, on* attributes, iframes, styles are text or gone", () => {
    for (const attack of [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      '<a href="https://x" onclick="alert(1)">x</a>',
      "<iframe src=https://evil></iframe>",
      '<p style="background:url(javascript:alert(1))">x</p>',
      "<svg onload=alert(1)>",
      "x <b onmouseover=alert(1)>bold</b>",
    ]) {
      const html = renderCommentText(attack);
      expect(html, attack).not.toMatch(/<(script|img|iframe|svg|b|style)\b/i);
      expect(html, attack).not.toMatch(/\son\w+=/i);
      expect(html, attack).not.toMatch(/style=/i);
    }
  });

  it("drops javascript:, data: and vbscript: links, however they are spelled, keeping their text", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java&#x09;script:alert(1)",
      "&#106;avascript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "vbscript:msgbox(1)",
      " javascript:alert(1)",
    ]) {
      const html = renderCommentText(`[click me](${href}) and <${href}>`);
      expect(html, href).not.toMatch(/href=/);
      expect(html, href).toContain("click me");
    }
  });

  it("shows no image, and no heading or table as such", () => {
    const html = renderCommentText("![tracker](https://evil.example/pixel.gif) text\n\n# Big\n\n| a |\n|---|\n| b |");
    expect(html).not.toMatch(/<(img|h1|table|td)\b/);
    expect(html).not.toContain("pixel.gif");
    expect(html).toContain("Big");
  });

  it("shows a comment nested absurdly deep as plain text, escaped, without running out of stack", () => {
    const html = renderCommentText(`${"> ".repeat(5000)}<script>x</script>\n\nend`);
    expect(html).toMatch(/^<p>&gt; &gt; /);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("<p>end</p>");
  });
});

const record = (id: string, date: string, extra: Partial<CommentRecord> = {}): CommentRecord => ({ id, author: id.toUpperCase(), date, text: `text of ${id}`, ...extra });
const ids = (comments: ShownComment[]): unknown[] => comments.map((c) => (c.replies.length ? [c.id, ids(c.replies)] : c.id));

describe("threads (lib/comments/threads.ts)", () => {
  it("nest replies under the comment they answer, siblings oldest first, whatever the file's order", () => {
    const { count, threads } = buildThreads([
      record("b", "2010-05-05T10:00:00+02:00"),
      record("a", "2010-05-03T14:22:00+02:00"),
      record("a2", "2010-05-04T12:00:00Z", { parent: "a" }),
      record("a1", "2010-05-04T09:00:00Z", { parent: "a" }),
      record("a1x", "2010-05-04T10:00:00Z", { parent: "a1" }),
    ]);
    expect(count).toBe(5);
    expect(ids(threads)).toEqual([["a", [["a1", ["a1x"]], "a2"]], "b"]);
    expect(threads[0].html).toBe("<p>text of a</p>");
  });

  it(`show replies deeper than ${MAX_DEPTH} levels at the last level, saying whom they answer`, () => {
    const { threads } = buildThreads([
      record("l1", "2010-01-01"),
      record("l2", "2010-01-02", { parent: "l1" }),
      record("l3", "2010-01-03", { parent: "l2" }),
      record("l4", "2010-01-04", { parent: "l3" }),
      record("l5", "2010-01-05", { parent: "l4" }),
    ]);
    expect(ids(threads)).toEqual([["l1", [["l2", ["l3", "l4", "l5"]]]]]);
    const last = threads[0].replies[0].replies;
    expect(last.map((c) => c.replyTo)).toEqual([undefined, "L3", "L4"]);
  });

  it("show a reply to an unknown comment, or a loop of replies, as comments of their own", () => {
    const { threads, count } = buildThreads([
      record("x", "2010-01-01", { parent: "y" }),
      record("y", "2010-01-02", { parent: "x" }),
      record("z", "2010-01-03", { parent: "gone" }),
    ]);
    expect(count).toBe(3);
    expect(ids(threads)).toEqual(["x", "y", "z"]);
  });
});

describe("a comments file (lib/comments/file.ts)", () => {
  const file = "2010/2010-05-03-hello.comments.json";
  const lines = (text: string) => parseComments(text, file).problems.map(formatProblem);

  it("sits beside its post, named after it", () => {
    expect(commentsFileOf("2010/2010-05-03-hello.md")).toBe(file);
    expect(commentsFileOf("/abs/x.MDX")).toBe("/abs/x.comments.json");
  });

  it("gives only the known fields: an e-mail, an IP or anything else in the file is never read", () => {
    const { comments, problems } = parseComments(
      JSON.stringify({
        comments: [{ id: "wp-1", author: "Ann", email: "ann@example.com", ip: "10.0.0.1", url: "https://ann.example", date: "2010-05-03T14:22:00+02:00", text: "Hi", extra: { a: 1 } }],
        site: "secret",
      }),
      file,
    );
    expect(problems).toEqual([]);
    expect(comments).toEqual([{ id: "wp-1", author: "Ann", url: "https://ann.example/", date: "2010-05-03T14:22:00+02:00", text: "Hi" }]);
  });

  it("names the file and the field of each problem, and keeps every comment it can", () => {
    const text = JSON.stringify({
      comments: [
        { id: "ok", author: "Ann", date: "2010-05-03", text: "fine" },
        { id: "ok", author: "Dup", date: "2010-05-03", text: "same id" },
        { author: "No id", date: "2010-05-03", text: "x" },
        { id: "bad-date", date: "3 May 2010", text: "x" },
        { id: "no-text", date: "2010-05-03" },
        { id: "bad-url", author: "Eve", url: "javascript:alert(1)", date: "2010-05-04", text: "kept" },
        { id: "orphan", author: { name: "x" }, date: "2010-05-05", text: "kept too", parent: "nobody" },
        "not an object",
      ],
    });
    expect(lines(text)).toEqual([
      `${file}: comments[1].id: "ok" is used by an earlier comment; left out`,
      `${file}: comments[2].id: is required (a string unique in the file); left out`,
      `${file}: comments[3].date: is required: an ISO 8601 date, e.g. 2010-05-03T14:22:00+02:00; left out`,
      `${file}: comments[4].text: is required (Markdown text); left out`,
      `${file}: comments[5].url: must be an http or https address; the name is shown without a link`,
      `${file}: comments[6].author: must be a string; shown as anonymous`,
      `${file}: comments[7]: must be an object; left out`,
      `${file}: comments[6].parent: "nobody" is no other comment in the file; shown as a comment of its own`,
    ]);
    const { comments } = parseComments(text, file);
    expect(comments.map((c) => [c.id, c.author, c.url, c.parent])).toEqual([
      ["ok", "Ann", undefined, undefined],
      ["bad-url", "Eve", undefined, undefined],
      ["orphan", "", undefined, undefined],
    ]);
  });

  it("is one line when it is not JSON or has no list", () => {
    expect(lines("{ nope")).toEqual([expect.stringMatching(new RegExp(`^${file}: is not valid JSON \\(.+\\); no comment shown$`))]);
    expect(lines('{"comments": {}}')).toEqual([`${file}: comments: must be a list of comments; no comment shown`]);
    expect(lines("[]")).toEqual([`${file}: comments: must be a list of comments; no comment shown`]);
  });
});
