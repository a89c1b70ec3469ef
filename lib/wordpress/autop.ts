import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { BLOCK_PLACEHOLDER } from "./placeholders";
import { MORE } from "./teaser";

/**
 * WordPress's automatic paragraphs (wpautop), applied to the parsed tree
 * instead of the string: a blank line between inline content starts a new
 * paragraph, a single line break becomes `<br>`, block elements stand on
 * their own, and nothing changes inside `<pre>`, `<script>`, `<style>`,
 * `<textarea>`, SVG or MathML.
 */

/** WordPress's `$allblocks`: elements wpautop never wraps in a paragraph. */
const BLOCK_ELEMENTS = new Set([
  "table", "thead", "tfoot", "caption", "col", "colgroup", "tbody", "tr", "td", "th", "div", "dl", "dd", "dt",
  "ul", "ol", "li", "pre", "form", "map", "area", "blockquote", "address", "style", "p", "h1", "h2", "h3", "h4",
  "h5", "h6", "hr", "fieldset", "legend", "section", "article", "aside", "hgroup", "header", "footer", "nav",
  "figure", "figcaption", "details", "menu", "summary", "main", "iframe", "video", "audio", "object", "embed",
  "script", "noscript", "select", "option", "math", "svg", "textarea",
]);

/** Content left exactly as written: wpautop protects these. */
const VERBATIM = new Set(["pre", "script", "style", "textarea", "svg", "math", "select", "object", "video", "audio", "iframe", "code"]);

/** Containers whose loose text WordPress always wraps in a paragraph. */
const ALWAYS_WRAP = new Set(["blockquote"]);

type Node = RootContent | ElementContent;

const BLANK_LINE = /\n[ \t\r\f\v]*\n\s*/;

/** Markers the conversion places that stand between paragraphs, like a block. */
const MARKERS = new Set([MORE, BLOCK_PLACEHOLDER]);

function isBlock(node: Node): boolean {
  return node.type === "element" && (BLOCK_ELEMENTS.has(node.tagName) || MARKERS.has(node.tagName));
}

function isBlank(node: Node): boolean {
  return node.type === "text" && node.value.trim() === "";
}

function element(tagName: string, children: ElementContent[]): Element {
  return { type: "element", tagName, properties: {}, children };
}

/** Splits a run of inline nodes at blank lines in its own text (not inside inline elements). */
function splitAtBlankLines(run: Node[]): Node[][] {
  const parts: Node[][] = [[]];
  for (const node of run) {
    if (node.type !== "text") {
      parts[parts.length - 1].push(node);
      continue;
    }
    const pieces = node.value.split(BLANK_LINE);
    pieces.forEach((piece, i) => {
      if (i > 0) parts.push([]);
      if (piece !== "") parts[parts.length - 1].push({ type: "text", value: piece });
    });
  }
  return parts;
}

/** Trims the whitespace at both ends of a part (line breaks next to blocks are no `<br>`). */
function trimPart(part: Node[]): Node[] {
  const out = [...part];
  while (out.length && isBlank(out[0])) out.shift();
  while (out.length && isBlank(out[out.length - 1])) out.pop();
  if (out[0]?.type === "text") out[0] = { type: "text", value: out[0].value.replace(/^\s+/, "") };
  const last = out.length - 1;
  if (out[last]?.type === "text") out[last] = { type: "text", value: (out[last] as Text).value.replace(/\s+$/, "") };
  return out;
}

/** Single line breaks in inline content become `<br>`; inline elements are walked too. */
function breakLines(nodes: Node[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      const lines = node.value.split(/[ \t]*\r?\n[ \t]*/);
      lines.forEach((line, i) => {
        if (i > 0) {
          const previous = out[out.length - 1];
          // WordPress adds no second break after an explicit `<br>`.
          if (!(previous?.type === "element" && previous.tagName === "br")) out.push(element("br", []));
          out.push({ type: "text", value: "\n" });
        }
        if (line) out.push({ type: "text", value: line });
      });
    } else if (node.type === "element" && !VERBATIM.has(node.tagName)) {
      node.children = breakLines(node.children);
      out.push(node);
    } else if (node.type !== "doctype") {
      out.push(node as ElementContent);
    }
  }
  return out;
}

/** Applies autop to a container's children (`container` is its tag name; undefined for the body itself). */
function autopChildren(children: Node[], container: string | undefined): Node[] {
  const out: Node[] = [];
  let run: Node[] = [];
  const hasBlocks = children.some(isBlock);
  const flush = () => {
    if (!run.length) return;
    const parts = splitAtBlankLines(run).map(trimPart).filter((part) => part.length > 0);
    const wrap = container === undefined || ALWAYS_WRAP.has(container) || parts.length > 1 || (hasBlocks && container !== "li");
    for (const part of parts) {
      const inline = breakLines(part);
      if (wrap) out.push(element("p", inline));
      else out.push(...inline);
    }
    run = [];
  };
  for (const child of children) {
    if (isBlock(child)) {
      flush();
      const block = child as Element;
      if (!VERBATIM.has(block.tagName) && block.tagName !== "p") {
        block.children = autopChildren(block.children, block.tagName) as ElementContent[];
      } else if (block.tagName === "p") {
        block.children = breakLines(trimPart(block.children));
      }
      out.push(block);
    } else {
      run.push(child);
    }
  }
  flush();
  return out;
}

/** wpautop on a parsed fragment, in place. */
export function autop(tree: Root): Root {
  tree.children = autopChildren(tree.children, undefined) as RootContent[];
  return tree;
}

/** wpautop on a run of top-level nodes (classic text between a block-editor post's blocks). */
export function autopNodes(nodes: ElementContent[]): ElementContent[] {
  return autopChildren(nodes, undefined) as ElementContent[];
}
