import type { Root, Paragraph } from "mdast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkGfm);

/** Plain text of a Markdown body (words of every block kept apart), for reading time and search. */
export function plainText(body: string): string {
  return plainTextOf(parser.parse(body));
}

/** The same, from a parsed tree (the render pipeline's own, so nothing is parsed twice). */
export function plainTextOf(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code") parts.push(node.value);
  });
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/**
 * A summary derived from the first paragraph that holds text, as plain text,
 * cut at a word boundary near `max` characters.
 */
export function deriveSummary(body: string, max = 200): string {
  return summaryOf(parser.parse(body), max);
}

export function summaryOf(tree: Root, max = 200): string {
  let inAside = false;
  for (const node of tree.children) {
    // Asides (admonitions) are not the post's opening prose.
    if (node.type === "html" && /^<aside[\s>]/i.test(node.value)) inAside = true;
    if (node.type === "html" && /<\/aside>\s*$/i.test(node.value)) inAside = false;
    if (inAside || node.type !== "paragraph") continue;
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
  return `${(space > 0 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,.;:!?-]+$/, "")}…`;
}
