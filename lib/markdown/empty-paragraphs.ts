import type { Root, Element, ElementContent } from "hast";
import { visit, SKIP } from "unist-util-visit";

interface JsxElement {
  type: string;
  name?: string | null;
  children: Array<{ type: string; value?: string }>;
}

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
      const element = node as Element | JsxElement;
      const isParagraph =
        (element.type === "element" && (element as Element).tagName === "p") ||
        ((element.type === "mdxJsxFlowElement" || element.type === "mdxJsxTextElement") &&
          (element as JsxElement).name === "p");
      if (!isParagraph || !isBlank((element as JsxElement).children)) return;
      (parent.children as ElementContent[]).splice(index, 1);
      return [SKIP, index];
    });
  };
}
