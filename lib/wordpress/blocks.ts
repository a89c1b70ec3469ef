import type { Comment, Element, ElementContent } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { codeBlock, preLanguage } from "./code";
import { link, text } from "./media";

/**
 * Gutenberg's block comments (`<!-- wp:name {"attr":1} -->` ...
 * `<!-- /wp:name -->`), read from the parsed tree: a block's delimiters are
 * comments beside its HTML, at the same level. Each block gives way to HTML
 * that keeps its meaning; an unknown block keeps its inner HTML.
 */

export interface BlockContext {
  converted(name: string): void;
  left(name: string): void;
  /** What becomes of classic text between top-level blocks (the classic block stores no delimiters). */
  freeform?(nodes: ElementContent[]): ElementContent[];
}

interface Delimiter {
  /** "image", "jetpack/slideshow", ... ("core/" left out). */
  name: string;
  attrs: Record<string, unknown>;
  closer: boolean;
  selfClosing: boolean;
}

/** The block grammar's delimiter (wp-includes/blocks.php, the block serialization default parser). */
const DELIMITER = /^\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+(\{[\s\S]*\}\s+)?(\/)?$/;

function delimiter(node: ElementContent): Delimiter | undefined {
  if (node.type !== "comment") return undefined;
  const match = DELIMITER.exec((node as Comment).value);
  if (!match) return undefined;
  const namespace = match[2] && match[2] !== "core/" ? match[2] : "";
  let attrs: Record<string, unknown> = {};
  if (match[4]) {
    try {
      const parsed: unknown = JSON.parse(match[4]);
      if (parsed && typeof parsed === "object") attrs = parsed as Record<string, unknown>;
    } catch {
      attrs = {};
    }
  }
  return { name: namespace + match[3], attrs, closer: match[1] === "/", selfClosing: match[5] === "/" };
}

function elements(nodes: ElementContent[], test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const node of nodes) {
    visit(node, "element", (child: Element) => {
      if (test(child)) {
        found.push(child);
        return "skip";
      }
    });
  }
  return found;
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function languageOf(pre: Element, attrs: Record<string, unknown>): string | undefined {
  return typeof attrs.language === "string" && attrs.language ? attrs.language : preLanguage(pre);
}

function paragraph(children: ElementContent[]): Element {
  return { type: "element", tagName: "p", properties: {}, children };
}

/** Blocks whose HTML already says what they mean. */
const PLAIN = new Set([
  "paragraph", "heading", "list", "list-item", "quote", "pullquote", "table", "separator", "group", "columns",
  "column", "html", "freeform", "buttons", "button", "image", "more", "cover", "media-text", "shortcode",
  "details", "row", "stack", "missing", "video", "audio", "footnotes", "math",
]);

/** Blocks that draw nothing of the author's own. */
const DROPPED = new Set(["spacer", "nextpage"]);

function convertBlock(block: Delimiter, inner: ElementContent[], ctx: BlockContext): ElementContent[] {
  const name = block.name;
  const label = `wp:${name}`;
  if (DROPPED.has(name)) {
    ctx.converted(label);
    return [];
  }
  if (name === "code" || name === "syntaxhighlighter/code" || name === "preformatted" || name === "verse") {
    const pres = elements(inner, (node) => node.tagName === "pre");
    if (!pres.length) {
      ctx.left(label);
      return inner;
    }
    ctx.converted(label);
    const language = name === "preformatted" || name === "verse" ? undefined : languageOf(pres[0], block.attrs);
    return pres.map((pre) => codeBlock(toString(pre), language));
  }
  if (name === "gallery") {
    ctx.converted(label);
    return gallery(inner);
  }
  if (name === "embed" || name.startsWith("core-embed/")) {
    const url = typeof block.attrs.url === "string" ? block.attrs.url : toString({ type: "root", children: inner }).trim().split(/\s+/)[0];
    if (!url) {
      ctx.left(label);
      return inner;
    }
    ctx.converted("wp:embed");
    const captions = elements(inner, (node) => node.tagName === "figcaption");
    return [paragraph([link(url, [text(url)])]), ...captions.map((caption) => paragraph(caption.children))];
  }
  if (name === "file") {
    // The file's link, without the "Download" button that repeats it.
    ctx.converted(label);
    return inner.filter((node) => !(node.type === "element" && node.tagName === "a" && classes(node).includes("wp-block-file__button"))).map((node) => {
      if (node.type === "element") node.children = node.children.filter((child) => !(child.type === "element" && classes(child).includes("wp-block-file__button")));
      return node;
    });
  }
  if (PLAIN.has(name)) {
    ctx.converted(label);
    return inner;
  }
  ctx.left(label);
  return inner;
}

/** A gallery's pictures, each with its own caption, then the gallery's caption. */
function gallery(inner: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const item of elements(inner, (node) => node.tagName === "img" || (node.tagName === "figure" && !classes(node).includes("wp-block-gallery")))) {
    out.push(item.tagName === "img" ? paragraph([item]) : item);
  }
  for (const caption of elements(inner, (node) => node.tagName === "figcaption" && classes(node).includes("blocks-gallery-caption"))) {
    out.push(paragraph(caption.children));
  }
  return out;
}

/** Replaces every block's delimiters and HTML by HTML that keeps its meaning, depth first. */
export function convertBlocks(children: ElementContent[], ctx: BlockContext, top = true): ElementContent[] {
  const out: ElementContent[] = [];
  let freeform: ElementContent[] = [];
  const flush = () => {
    const hasText = freeform.some((node) => !(node.type === "text" && node.value.trim() === "") && node.type !== "comment");
    out.push(...(hasText && ctx.freeform ? ctx.freeform(freeform) : freeform));
    freeform = [];
  };
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const open = delimiter(node);
    if (!open) {
      if (node.type === "element") node.children = convertBlocks(node.children, ctx, false);
      if (top) freeform.push(node);
      else out.push(node);
      continue;
    }
    flush();
    // A closer without its opener (the HTML between them was malformed) only goes.
    if (open.closer) continue;
    if (open.selfClosing) {
      out.push(...convertBlock(open, [], ctx));
      continue;
    }
    let depth = 0;
    let end = i + 1;
    for (; end < children.length; end++) {
      const other = delimiter(children[end]);
      if (!other || other.name !== open.name || other.selfClosing) continue;
      if (!other.closer) depth++;
      else if (depth === 0) break;
      else depth--;
    }
    if (end === children.length) {
      // No closer at this level: the opener goes, its content stays where it is.
      ctx.converted(`wp:${open.name}`);
      continue;
    }
    out.push(...convertBlock(open, convertBlocks(children.slice(i + 1, end), ctx, false), ctx));
    i = end;
  }
  flush();
  return out;
}
