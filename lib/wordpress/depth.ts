import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { parseFragment, serialize, type DefaultTreeAdapterMap } from "parse5";

/**
 * Keeps a body's HTML shallow enough for every later step. The tree tools
 * (and Quire's own render, lib/markdown/nesting) recurse once per level; an
 * author never nests a hundred elements deep, but a broken or hostile body
 * can (thousands of unclosed `<em>`), and that must not crash the import.
 * Past the limit an element keeps its text only: nothing the reader could
 * read is lost.
 */

/** Well below Quire's MAX_NESTING (200): the Markdown adds levels of its own (lists, quotes). */
export const MAX_HTML_DEPTH = 100;

type P5Node = DefaultTreeAdapterMap["node"];
type P5Parent = DefaultTreeAdapterMap["parentNode"];
type P5Text = DefaultTreeAdapterMap["textNode"];

function childrenOf(node: P5Node): P5Node[] {
  return "childNodes" in node ? (node.childNodes as P5Node[]) : [];
}

/** The text of a subtree, read without recursion. */
function textOf(node: P5Node): string {
  const parts: string[] = [];
  const stack: P5Node[] = [node];
  while (stack.length) {
    const current = stack.pop() as P5Node;
    if (current.nodeName === "#text") parts.push((current as P5Text).value);
    const children = childrenOf(current);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return parts.join("");
}

/** The HTML with everything past MAX_HTML_DEPTH reduced to its text, or undefined when it is within the limit. */
function flattenDeepHtml(html: string): string | undefined {
  const fragment = parseFragment(html);
  const stack: Array<[P5Node, number]> = [[fragment as unknown as P5Node, 0]];
  let flattened = false;
  while (stack.length) {
    const [node, depth] = stack.pop() as [P5Node, number];
    const children = childrenOf(node);
    if (depth >= MAX_HTML_DEPTH && children.length) {
      const text: P5Text = { nodeName: "#text", value: textOf(node), parentNode: node as P5Parent };
      (node as P5Parent).childNodes = [text];
      flattened = true;
      continue;
    }
    for (const child of children) stack.push([child, depth + 1]);
  }
  return flattened ? serialize(fragment) : undefined;
}

/** How deep a tree nests, measured without recursion. */
function depthOf(tree: Root): number {
  let deepest = 0;
  const stack: Array<[{ children?: unknown[] }, number]> = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [{ children?: unknown[] }, number];
    if (depth > deepest) deepest = depth;
    for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return deepest;
}

/**
 * A body parsed into a tree no deeper than MAX_HTML_DEPTH, with the source it
 * was parsed from (flattened when it was too deep; `tooDeep` is told then).
 */
export function parseShallow(html: string, tooDeep: () => void): { tree: Root; source: string } {
  let tree: Root | undefined;
  try {
    tree = fromHtml(html, { fragment: true });
  } catch (error) {
    // Thousands of levels overflow the parser's tree builder itself.
    if (!(error instanceof RangeError)) throw error;
  }
  if (tree && depthOf(tree) <= MAX_HTML_DEPTH) return { tree, source: html };
  tooDeep();
  const source = flattenDeepHtml(html) ?? html;
  return { tree: fromHtml(source, { fragment: true }), source };
}
