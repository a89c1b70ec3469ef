import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convertBody, type BodyContext } from "@/lib/wordpress/body";
import { renderMarkdown } from "@/lib/markdown/render";
import { readWxrItems, type WxrItem } from "./helpers/wxr-items";

const SHARED = path.resolve("../shared/wordpress");
const EXPORTS = ["betablog", "tight-loose-tight"];
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
      for (const item of bodies) {
        const result = convertBody(item.content, contextFor(items, item));
        for (const [key, count] of Object.entries(result.converted)) converted[key] = (converted[key] ?? 0) + count;
        for (const [key, count] of Object.entries(result.left)) left[key] = (left[key] ?? 0) + count;
        for (const debris of DEBRIS) expect(result.markdown, `${item.title}: ${debris}`).not.toContain(debris);
        const rendered = await renderMarkdown(result.markdown, { title: item.title, root, file: path.join(root, "post.md"), warn: () => {} });
        expect(rendered.html.length, item.title).toBeGreaterThanOrEqual(0);
        for (const debris of DEBRIS) expect(rendered.html, `${item.title}: ${debris}`).not.toContain(debris);
      }
      console.log(`${name}: ${bodies.length} bodies; converted ${JSON.stringify(converted)}; left ${JSON.stringify(left)}`);
    });
  }
});
