import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Comments } from "@/components/Comments";
import { parseComments } from "@/lib/comments/file";
import { buildThreads } from "@/lib/comments/threads";

/** The section a post page shows for a comments file's text. */
function section(file: unknown, lang = "en"): string {
  const { comments } = parseComments(JSON.stringify(file), "x.comments.json");
  return renderToStaticMarkup(createElement(Comments, { section: buildThreads(comments), lang }));
}

const file = {
  comments: [
    { id: "wp-12", author: "Ann", email: "ann@private.example", ip: "192.0.2.7", url: "https://ann.example", date: "2010-05-03T14:22:00+02:00", text: "Great *post*" },
    { id: "wp-13", parent: "wp-12", author: "Bob", date: "2010-05-04T09:00:00+02:00", text: "Agreed" },
    { id: "wp-14", author: "", date: "2010-05-05", text: "No name" },
  ],
};

describe("a post's comments section (components/Comments.tsx)", () => {
  it("is a section named by its heading, with the count, and the threads as nested lists", () => {
    const html = section(file);
    expect(html).toMatch(/^<section id="comments" aria-labelledby="comments-heading"[^>]*><h2 id="comments-heading"[^>]*>3 comments<\/h2><ol/);
    // Ann's comment holds Bob's reply in a list of its own; the anonymous comment comes after.
    expect(html.replace(/<(?!\/?(ol|li)\b)[^>]*>/g, "").replace(/\s+/g, " ")).toMatch(
      /<ol[^>]*><li>Ann.*Great post<ol[^>]*><li>Bob.*Agreed<\/li><\/ol><\/li><li>Anonymous.*No name<\/li><\/ol>/,
    );
  });

  it("links the author to their website as user content, and dates each comment", () => {
    const html = section(file);
    expect(html).toContain('<a href="https://ann.example/" rel="ugc nofollow noopener"');
    expect(html).toContain('<time dateTime="2010-05-03T14:22:00+02:00">May 3, 2010</time>');
    expect(html).toContain('<time dateTime="2010-05-05">May 5, 2010</time>');
    expect(html).toContain('id="comment-wp-12"');
  });

  it("never shows an e-mail, an IP or any field the format does not have", () => {
    const html = section(file);
    expect(html).not.toContain("ann@private.example");
    expect(html).not.toContain("192.0.2.7");
    expect(html).not.toContain("@");
  });

  it("is singular for one comment, and French in French", () => {
    const one = { comments: [file.comments[0]] };
    expect(section(one)).toContain(">1 comment</h2>");
    expect(section(one, "fr")).toContain(">1 commentaire</h2>");
    expect(section(file, "fr")).toContain(">3 commentaires</h2>");
    expect(section(file, "fr")).toContain("Anonyme");
  });

  it("renders nothing without comments", () => {
    expect(section({ comments: [] })).toBe("");
  });

  it("renders hostile authors, addresses and texts inert", () => {
    const html = section({
      comments: [
        { id: '"><script>alert(1)</script>', author: '<img src=x onerror=alert(1)>"', url: 'https://x.example/"><script>alert(2)</script>', date: "2010-05-03", text: "<script>alert(3)</script><a href=\"javascript:alert(4)\" onclick=\"alert(5)\">x</a> [y](javascript:alert(6))" },
        { id: "b", author: "Mallory", url: "javascript:alert(7)", date: "2010-05-04", text: "![](data:image/svg+xml;base64,PHN2Zz4=) <svg onload=alert(8)>" },
      ],
    });
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
    // No element has an event handler (the author's name shows its text, escaped).
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/href="(javascript|data|vbscript):/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;&quot;");
    expect(html).toContain('href="https://x.example/%22%3E%3Cscript%3Ealert(2)%3C/script%3E"');
    // Mallory's javascript: address was dropped when the file was read: a name without a link.
    expect(html).toMatch(/>Mallory<\/span>/);
  });
});
