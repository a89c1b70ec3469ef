import type { Root, Paragraph } from "mdast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";

const parser = unified().use(remarkParse).use(remarkGfm);

/** Plain text of a Markdown body, for reading time and search. */
export function plainText(body: string): string {
  return toString(parser.parse(body), { includeHtml: false }).replace(/\s+/g, " ").trim();
}

/**
 * A summary derived from the first paragraph that holds text, as plain text,
 * cut at a word boundary near `max` characters.
 */
export function deriveSummary(body: string, max = 200): string {
  const tree = parser.parse(body) as Root;
  for (const node of tree.children) {
    if (node.type !== "paragraph") continue;
    const text = toString(node as Paragraph, { includeImageAlt: false, includeHtml: false })
      .replace(/\s+/g, " ")
      .trim();
    if (text.length >= 2) return truncate(text, max);
  }
  return "";
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,.;:!?-]+$/, "")}…`;
}
