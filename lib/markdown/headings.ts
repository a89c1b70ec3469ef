import type { Root, Heading } from "mdast";
import { toString } from "mdast-util-to-string";

/** A heading listed in a post's table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  depth: number;
}

function normalize(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * The page's only `<h1>` is the post title. WordPress posts often open by
 * repeating the title as `# Title`: that line is dropped. When the body still
 * uses `#` for its sections, every heading moves one level down so the outline
 * keeps its shape under the title.
 */
export function remarkTitleHeading(options: { title?: string } = {}) {
  return (tree: Root) => {
    const first = tree.children.find((node) => node.type !== "html" && node.type !== "yaml");
    if (
      options.title &&
      first?.type === "heading" &&
      first.depth === 1 &&
      normalize(toString(first)) === normalize(options.title)
    ) {
      tree.children.splice(tree.children.indexOf(first), 1);
    }
    const headings: Heading[] = [];
    collectHeadings(tree, headings);
    if (headings.some((h) => h.depth === 1)) {
      for (const h of headings) h.depth = Math.min(6, h.depth + 1) as Heading["depth"];
    }
  };
}

function collectHeadings(node: { children?: unknown[] }, out: Heading[]) {
  for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) {
    if (child.type === "heading") out.push(child as unknown as Heading);
    else if (child.children) collectHeadings(child, out);
  }
}
