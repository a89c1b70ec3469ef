import type { Root, Element } from "hast";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import type { TocEntry } from "./headings";

/**
 * Collects h2 and h3 headings (after ids are assigned) into `file.data.toc`.
 * The footnotes section GFM appends is skipped: its "Footnotes" heading is a
 * screen-reader label the author never wrote, and a post that has its own
 * "Footnotes" section would otherwise list it twice.
 */
export function rehypeCollectToc() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const toc: TocEntry[] = [];
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "section" && node.properties.dataFootnotes !== undefined) return SKIP;
      const depth = /^h([23])$/.exec(node.tagName)?.[1];
      if (!depth || typeof node.properties.id !== "string") return;
      toc.push({ id: node.properties.id, text: toString(node).trim(), depth: Number(depth) });
    });
    file.data.toc = toc;
  };
}
