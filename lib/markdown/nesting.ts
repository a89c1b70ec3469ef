/**
 * A post's nesting depth, measured before anything recursive walks its tree.
 * The stages that render a post (mdast to hast, the HTML parser behind raw
 * HTML, the HTML and JSX writers, the summary and the table of contents)
 * recurse once per level and run out of stack somewhere past a thousand
 * levels; an author never comes near MAX_NESTING, and a post past it is one
 * content problem instead of a crash.
 */
import type { Node } from "unist";
import type { ContentProblem } from "../frontmatter";

/** The deepest nesting a post may have: lists, list items, block quotes, emphasis, HTML and JSX elements all count. */
export const MAX_NESTING = 200;

/** Thrown by remarkLimitNesting: the post is one problem line, `<file>: nesting deeper than N levels`. */
export class NestingError extends Error {
  constructor(readonly limit: number = MAX_NESTING) {
    super(`nesting deeper than ${limit} levels`);
    this.name = "NestingError";
  }
}

/** Elements that never hold others, and elements whose end tag HTML lets an author leave out. */
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th thead tbody tfoot option optgroup colgroup rb rt rtc rp"
    .split(" "),
);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*?)?(\/?)>/g;

/** How raw HTML changes the open-element count: tags opened and closed in order, with the deepest point reached. */
function htmlDepth(value: string, open: number): { open: number; deepest: number } {
  let deepest = open;
  for (const match of value.replace(/<!--[\s\S]*?-->/g, "").matchAll(TAG)) {
    if (NOT_NESTING.has(match[2].toLowerCase()) || match[3]) continue;
    open = match[1] ? Math.max(0, open - 1) : open + 1;
    deepest = Math.max(deepest, open);
  }
  return { open, deepest };
}

/** Object children of an ESTree node (MDX expressions and imports), read generically. */
function estreeChildren(node: object): object[] {
  const children: object[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "loc" || key === "range" || key === "comments" || !value || typeof value !== "object") continue;
    for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child === "object") children.push(child);
  }
  return children;
}

/**
 * The deepest nesting of an mdast tree, without recursion: its own nodes, the
 * elements its raw HTML opens (counted across HTML blocks, in document order)
 * and the syntax trees of MDX expressions. Stops counting once past `limit`.
 */
export function nestingDepth(tree: Node, limit = Infinity): number {
  let deepest = 0;
  let htmlOpen = 0;
  const stack: Array<[Node, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    let here = depth;
    const value = (node as { value?: unknown }).value;
    if (node.type === "html" && typeof value === "string") {
      const html = htmlDepth(value, htmlOpen);
      htmlOpen = html.open;
      here += html.deepest;
    } else {
      here += htmlOpen;
    }
    deepest = Math.max(deepest, here);
    if (deepest > limit) return deepest;
    const estree = (node.data as { estree?: object } | undefined)?.estree;
    if (estree) deepest = Math.max(deepest, here + estreeDepth(estree, limit - here));
    const children = (node as { children?: Node[] }).children;
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
    // MDX attributes hold expressions of their own.
    const attributes = (node as { attributes?: Node[] }).attributes;
    if (Array.isArray(attributes)) for (const attribute of attributes) stack.push([attribute, depth + 1]);
    if (value && typeof value === "object" && "data" in value) stack.push([value as Node, depth + 1]);
  }
  return deepest;
}

function estreeDepth(root: object, limit: number): number {
  let deepest = 0;
  const stack: Array<[object, number]> = [[root, 0]];
  while (stack.length > 0 && deepest <= limit) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of estreeChildren(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Line starts that open containers: block quote markers, list markers, and the indentation that nests lists. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))+/;
const FENCE = /^[ \t>]*(`{3,}|~{3,})/;

/**
 * An upper estimate of a Markdown source's nesting, read from its lines
 * before it is parsed: the parser itself takes time that grows with the
 * square of the depth of nested lists and emphasis (a 5000-level list takes
 * it 20 s), so a post deeper than the limit must never reach it. Counts the
 * containers each line opens (every `>`, every list marker, two columns of
 * indentation before one) and, per paragraph, the emphasis and brackets left
 * open. Fenced code is skipped.
 */
export function sourceNestingDepth(text: string, limit = Infinity): number {
  let deepest = 0;
  let fence = "";
  let inline = 0;
  let brackets = 0;
  for (const line of text.split("\n")) {
    const opened = FENCE.exec(line)?.[1];
    if (fence) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length) fence = "";
      continue;
    }
    if (opened) {
      fence = opened;
      continue;
    }
    if (!line.trim()) {
      inline = brackets = 0;
      continue;
    }
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? "";
    let depth = 0;
    let columns = 0;
    for (const char of prefix) {
      if (char === " ") columns += 1;
      else if (char === "\t") columns += 4;
      else if (char === ">" || char === "-" || char === "*" || char === "+" || char === "." || char === ")") {
        depth += 1 + Math.floor(columns / 2);
        columns = 0;
      }
    }
    // Emphasis: a run of * or _ that starts before a word opens, one that ends after a word closes.
    for (const match of line.matchAll(/(\s|^)[*_]+(?=\S)|(?<=\S)[*_]+(?=\s|$)|\[|\]/g)) {
      if (match[0] === "[") brackets += 1;
      else if (match[0] === "]") brackets = Math.max(0, brackets - 1);
      else if (match[1] !== undefined) inline += 1;
      else inline = Math.max(0, inline - 1);
      deepest = Math.max(deepest, depth + inline + brackets);
    }
    deepest = Math.max(deepest, depth + inline + brackets);
    if (deepest > limit) return deepest;
  }
  return deepest;
}

/** Throws NestingError when a Markdown or MDX source is deeper than MAX_NESTING by its lines (sourceNestingDepth). */
export function limitSourceNesting(text: string): void {
  if (sourceNestingDepth(text, MAX_NESTING) > MAX_NESTING) throw new NestingError();
}

/** A remark plugin that stops a post nested deeper than MAX_NESTING before any other stage walks it. */
export function remarkLimitNesting() {
  return (tree: Node) => {
    if (nestingDepth(tree, MAX_NESTING) > MAX_NESTING) throw new NestingError();
  };
}

/**
 * Whether a render failed for depth: past MAX_NESTING, or the stack ran out
 * first (the parser's own walks, on trees thousands of levels deep).
 */
export function isTooDeep(error: unknown): boolean {
  for (let e = error, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    if (e instanceof NestingError) return true;
    if (e instanceof RangeError && /call stack/i.test(e.message)) return true;
  }
  return false;
}

/** The one line of a post too deep to render: `<file>: nesting deeper than N levels`. */
export function nestingProblem(file: string): ContentProblem {
  return { file, field: "", message: new NestingError().message };
}
