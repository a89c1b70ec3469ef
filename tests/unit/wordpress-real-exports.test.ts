import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convertBody, convertCommentText, type BodyContext } from "@/lib/wordpress/body";
import { renderMarkdown } from "@/lib/markdown/render";
import { findPreLang } from "@/lib/wordpress/code";
import { readWxrItems, type WxrItem } from "./helpers/wxr-items";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";

const SHARED = path.resolve("../shared/wordpress");
const EXPORTS = ["betablog", "tight-loose-tight"];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What a comment may hold: paragraphs, emphasis, links, code, quotes, lists (and line breaks). */
const SUBSET = new Set(["root", "paragraph", "text", "emphasis", "strong", "link", "inlineCode", "code", "blockquote", "list", "listItem", "break", "delete"]);
const DEBRIS = ["[caption", "[gallery", "[video", "<!-- wp:", "<pre lang", "[/caption]", "<!--more"];

function contextFor(items: WxrItem[], item: WxrItem): BodyContext {
  const attachments = new Map(items.filter((i) => i.postType === "attachment").map((i) => [i.postId, i.attachmentUrl]));
  return {
    item: item.title,
    linkTarget: () => undefined,
    // As the import does for an upload it has: a path beside the post.
    uploadTarget: (url) => (url.includes("/wp-content/uploads/") ? `images/${decodeURIComponent(url.split("/").pop() ?? "")}` : undefined),
    attachment: (id) => attachments.get(id),
    attachedImages: () => items.filter((i) => i.postType === "attachment" && i.postParent === item.postId).map((i) => i.attachmentUrl),
  };
}

describe.skipIf(!fs.existsSync(SHARED))("the shared WordPress exports", () => {
  for (const name of EXPORTS) {
    it(`${name}: every post and page converts, leaves no debris and renders`, async () => {
      const items = readWxrItems(path.join(SHARED, name, "export.xml"));
      const bodies = items.filter((item) => item.postType === "post" || item.postType === "page");
      expect(bodies.length).toBeGreaterThan(0);
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "wp-body-"));
      const converted: Record<string, number> = {};
      const left: Record<string, number> = {};
      let teasers = 0;
      for (const item of bodies) {
        const result = convertBody(item.content, contextFor(items, item));
        if (result.teaser !== undefined) teasers++;

        for (const [key, count] of Object.entries(result.converted)) converted[key] = (converted[key] ?? 0) + count;
        for (const [key, count] of Object.entries(result.left)) left[key] = (left[key] ?? 0) + count;
        for (const debris of DEBRIS) expect(result.markdown, `${item.title}: ${debris}`).not.toContain(debris);
        // Code comes through exactly, each block in a fence of its own.
        for (const pre of findPreLang(item.content.replace(/\r\n?/g, "\n"))) {
          expect(result.markdown, `${item.title}: code`).toMatch(new RegExp("(^|\\n)(`{3,})[^\\n]*\\n" + escapeRegExp(pre.code) + "\\n\\2(\\n|$)"));
        }
        const rendered = await renderMarkdown(result.markdown, { title: item.title, root, file: path.join(root, "post.md"), warn: () => {} });
        expect(rendered.html.length, item.title).toBeGreaterThanOrEqual(0);
        for (const debris of DEBRIS) expect(rendered.html, `${item.title}: ${debris}`).not.toContain(debris);
        // Every picture of the old page is a picture of the new one (code that shows an <img> tag is no picture).
        const code = findPreLang(item.content).map((pre) => item.content.slice(pre.start, pre.end)).join("");
        const imagesIn = (item.content.match(/<img\b/g)?.length ?? 0) - (code.match(/<img\b/g)?.length ?? 0);
        expect(rendered.html.match(/<img\b/g)?.length ?? 0, `${item.title}: images`).toBe(imagesIn);
      }
      const all = bodies.map((item) => item.content).join("\n");
      expect(teasers).toBe(bodies.filter((item) => item.content.includes("<!--more")).length);
      expect(converted["pre-lang"] ?? 0).toBe(all.match(/<pre lang=/g)?.length ?? 0);
      expect(converted["wp:image"] ?? 0).toBe(all.match(/<!-- wp:image /g)?.length ?? 0);
      console.log(`${name}: ${bodies.length} bodies; converted ${JSON.stringify(converted)}; left ${JSON.stringify(left)}`);
      // Every body through the whole render pipeline, highlighting included: a minute on a busy machine.
    }, 180_000);
  }

  it("betablog: every comment converts to the comment subset, with no HTML of its own", () => {
    const items = readWxrItems(path.join(SHARED, "betablog", "export.xml"));
    const comments = items.flatMap((item) => item.comments);
    expect(comments.length).toBeGreaterThan(100);
    const parser = unified().use(remarkParse).use(remarkGfm);
    for (const comment of comments) {
      const markdown = convertCommentText(comment);
      const kinds = new Set<string>();
      visit(parser.runSync(parser.parse(markdown)), (node) => {
        kinds.add(node.type);
      });
      for (const kind of kinds) expect(SUBSET.has(kind), `${kind} in ${markdown}`).toBe(true);
    }
  }, 180_000);
});
