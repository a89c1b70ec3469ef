import type { Root, Element, ElementContent } from "hast";
import { visit, SKIP } from "unist-util-visit";
import { isMdxJsxElement } from "./mdx-jsx";

/** Whitespace, including the no-break space WordPress writes as `&nbsp;`. */
const BLANK = /^[\s\u00a0]*$/;

function isBlank(children: Array<{ type: string; value?: string }>): boolean {
  return children.every((child) => (child.type === "text" && BLANK.test(child.value ?? "")) || child.type === "comment");
}

/**
 * WordPress exports keep the empty paragraphs its editor used as spacing
 * (`<p>&nbsp;</p>`, or `&nbsp;` alone between blank lines); dozens in a row
 * render as a screenful of blank page. A paragraph holding nothing but
 * whitespace goes; one with an image, a line break or any text stays.
 * Runs after raw HTML is parsed, so `<p>&nbsp;</p>` is an element by then.
 */
export function rehypeDropEmptyParagraphs() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const paragraph = node.type === "element" && (node as Element).tagName === "p" ? (node as Element) : undefined;
      const jsxParagraph = isMdxJsxElement(node, "p") ? node : undefined;
      const children = (paragraph ?? jsxParagraph)?.children;
      if (!children || !isBlank(children)) return;
      (parent.children as ElementContent[]).splice(index, 1);
      return [SKIP, index];
    });
  };
}
