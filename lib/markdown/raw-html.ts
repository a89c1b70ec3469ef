import type { Root, Text } from "hast";
import { htmlTagNames } from "html-tag-names";
import { svgTagNames } from "svg-tag-names";
import rehypeRaw from "rehype-raw";
import { visit } from "unist-util-visit";

const KNOWN = new Set([...htmlTagNames, ...svgTagNames.map((name) => name.toLowerCase())]);
const TAG = /^<\/?([A-Za-z][A-Za-z0-9]*)(?=[\s/>])/;

/**
 * Raw HTML passes through, but only as HTML: a "tag" whose name is no HTML or
 * SVG element (WordPress text like `<your company>` or `<hostname>`) is shown
 * as the text the author wrote instead of vanishing into an unknown element.
 * Custom elements (names with a dash) are real HTML and pass.
 */
export function rehypeUnknownTagsAsText() {
  return (tree: Root) => {
    visit(tree, "raw", (node: { type: "raw"; value: string }, index, parent) => {
      const name = TAG.exec(node.value)?.[1];
      if (!name || KNOWN.has(name.toLowerCase()) || !parent || index === undefined) return;
      const text: Text = { type: "text", value: node.value };
      (parent.children as unknown[])[index] = text;
    });
  };
}

/**
 * rehype-raw re-parses the whole tree through an HTML parser, which is much
 * of a post's build time; most posts hold no raw HTML at all and skip it.
 */
export function rehypeRawWhenNeeded() {
  const transform = rehypeRaw();
  return (tree: Root, file: Parameters<typeof transform>[1]) => {
    let found = false;
    visit(tree, "raw", () => {
      found = true;
      return false;
    });
    return found ? transform(tree, file) : tree;
  };
}
