import type { Element, ElementContent, Nodes, Parents, Root } from "hast";
import type { Html, Link, Nodes as MdastNodes, Paragraph, PhrasingContent, Root as MdastRoot } from "mdast";
import { defaultHandlers, toMdast, type Handle, type State } from "hast-util-to-mdast";
import { toHtml } from "hast-util-to-html";
import { toMarkdown } from "mdast-util-to-markdown";
import { gfmToMarkdown } from "mdast-util-gfm";
import { visit } from "unist-util-visit";
import { FOOTNOTE_REFERENCE, footnoteDefinitions, footnoteReferenceHandler, markFootnotes, type Footnote } from "./footnotes";

/**
 * A converted body's HTML tree as Markdown (CommonMark + GFM), written by
 * mdast-util-to-markdown so that text is escaped wherever it would otherwise
 * read as Markdown. What Markdown cannot hold (a picture with its caption, a
 * table with merged or block cells, superscript) stays HTML, which Quire
 * renders in `.md` posts (rehype-raw).
 */

/** Inline elements kept as HTML around their converted content. */
const INLINE_HTML = new Set(["sup", "sub", "u", "ins", "small", "abbr", "cite", "q"]);

/** Cell content that a GFM table cannot hold. */
const BLOCK_IN_CELL = new Set(["p", "ul", "ol", "pre", "table", "blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "dl"]);

/** Serializes a subtree as one HTML block: no blank line inside, which would end it in Markdown. */
function rawHtml(node: Element): string {
  const copy = structuredClone(node);
  visit(copy, (child, _index, parent: Parents | undefined) => {
    if (child.type === "element" && child.tagName === "pre") return "skip";
    if (child.type === "text" && !(parent?.type === "element" && parent.tagName === "pre")) {
      child.value = child.value.replace(/\s*\n\s*/g, "\n");
    }
  });
  return toHtml(copy).replace(/\n[ \t]*\n/g, "\n");
}

function html(value: string): Html {
  return { type: "html", value };
}

function hasElement(node: Element, test: (element: Element) => boolean): boolean {
  let found = false;
  visit(node, "element", (child: Element) => {
    if (child !== node && test(child)) {
      found = true;
      return false;
    }
  });
  return found;
}

function isComplexTable(table: Element): boolean {
  return hasElement(table, (cell) => {
    if (cell.tagName === "table") return true;
    if (cell.tagName !== "td" && cell.tagName !== "th") return false;
    if (Number(cell.properties.colSpan ?? 1) > 1 || Number(cell.properties.rowSpan ?? 1) > 1) return true;
    return hasElement(cell, (inner) => BLOCK_IN_CELL.has(inner.tagName) && !(inner.tagName === "p" && cell.children.filter((c) => c.type === "element").length === 1));
  });
}

const figure: Handle = (state, node) => {
  const hasCaption = hasElement(node, (child) => child.tagName === "figcaption");
  const hasImage = hasElement(node, (child) => child.tagName === "img");
  if (hasCaption && hasImage) return html(rawHtml(node));
  return defaultHandlers.figure(state, node);
};

const table: Handle = (state, node) => (isComplexTable(node) ? html(rawHtml(node)) : defaultHandlers.table(state, node));

/** Inline HTML tags around converted content; `hName` tells the paragraph-wrapping that they are phrasing. */
const inlineHtml: Handle = (state: State, node: Element) => {
  const open = toHtml({ ...node, children: [] }).replace(/<\/[^>]+>$/, "");
  const tag = (value: string): Html => ({ type: "html", value, data: { hName: node.tagName } });
  return [tag(open), ...(state.all(node) as PhrasingContent[]), tag(`</${node.tagName}>`)];
};

const details: Handle = (_state, node) => html(rawHtml(node));

/** In comments, an image is a link to it: a comment shows no pictures. */
const imageAsLink: Handle = (_state, node) => {
  const src = String(node.properties.src ?? "");
  if (!src) return undefined;
  const label = String(node.properties.alt ?? "") || src;
  const result: Link = { type: "link", url: src, title: null, children: [{ type: "text", value: label }] };
  return result;
};

const MARKDOWN_OPTIONS = {
  bullet: "-" as const,
  emphasis: "_" as const,
  strong: "*" as const,
  fence: "`" as const,
  fences: true,
  rule: "-" as const,
  listItemIndent: "one" as const,
  resourceLink: false,
  extensions: [gfmToMarkdown()],
  // `!!! note` at a line's start is an admonition in Quire's `.md` posts (lib/markdown/admonitions).
  unsafe: [{ character: "!" as const, atBreak: true, after: "!!" }],
};

function write(tree: MdastNodes): string {
  return toMarkdown(tree, MARKDOWN_OPTIONS).replace(/\n+$/, "\n");
}

const BODY_HANDLERS: Record<string, Handle> = {
  figure,
  table,
  details,
  ...Object.fromEntries([...INLINE_HTML].map((name) => [name, inlineHtml])),
};

/** A body's tree as Markdown, HTML kept where Markdown cannot hold it; Gutenberg footnotes as GFM footnotes. */
export function bodyToMarkdown(tree: Root, notes: Footnote[] = []): string {
  const order = markFootnotes(tree, notes);
  const handlers = { ...BODY_HANDLERS, [FOOTNOTE_REFERENCE]: footnoteReferenceHandler(order) };
  const mdast = toMdast(tree, { handlers }) as MdastRoot;
  const convert = (note: Root) => (toMdast(note, { handlers: BODY_HANDLERS }) as MdastRoot).children;
  mdast.children.push(...footnoteDefinitions(order, notes, convert));
  return write(mdast);
}

/** In comments, a heading is a paragraph in bold: the subset has no headings. */
const headingAsStrong: Handle = (state, node) => {
  const result: Paragraph = { type: "paragraph", children: [{ type: "strong", children: state.all(node) as PhrasingContent[] }] };
  return result;
};

/** In comments, only web and mail links stay links (no `javascript:`); others are their text. */
const safeLink: Handle = (state, node) => {
  const href = String(node.properties.href ?? "");
  if (/^(?:https?:|mailto:|\/|#)/i.test(href.trim())) return defaultHandlers.a(state, node);
  return state.all(node);
};

/** The Markdown subset of comments: no raw HTML, images as links. */
export function commentToMarkdown(tree: Root): string {
  const headings = Object.fromEntries(["h1", "h2", "h3", "h4", "h5", "h6"].map((name) => [name, headingAsStrong]));
  const mdast = toMdast(tree, { handlers: { img: imageAsLink, image: imageAsLink, a: safeLink, ...headings } }) as MdastRoot;
  // Nothing in the subset is HTML: any node the conversion kept as HTML is dropped.
  visit(mdast, "html", (_node, index, parent) => {
    if (parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
  });
  return write(mdast);
}

/** The plain text of a tree's content, paragraphs joined by a space; code blocks left out. */
export function plainText(nodes: Array<Nodes | ElementContent>): string {
  const parts: string[] = [];
  const walk = (node: Nodes | ElementContent) => {
    if (node.type === "text") parts.push(node.value);
    else if (node.type === "element") {
      if (node.tagName === "br" || node.tagName === "p" || /^h\d$/.test(node.tagName) || node.tagName === "li") parts.push(" ");
      if (node.tagName === "script" || node.tagName === "style" || node.tagName === "pre") return;
      node.children.forEach(walk);
      if (node.tagName === "p") parts.push(" ");
    } else if (node.type === "root") node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return parts.join("").replace(/\s+/g, " ").trim();
}
