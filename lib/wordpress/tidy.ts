import type { Element, ElementContent, Root, RootContent } from "hast";
import GithubSlugger from "github-slugger";
import { toString } from "hast-util-to-string";
import { htmlTagNames } from "html-tag-names";
import { svgTagNames } from "svg-tag-names";

/**
 * Small clean-ups that make the Markdown read as an author would have
 * written it, without changing what the page shows.
 */

type Node = RootContent | ElementContent;

function isBreak(node: Node | undefined): boolean {
  return node?.type === "element" && node.tagName === "br";
}

function isSpace(node: Node | undefined): boolean {
  return node?.type === "text" && node.value.trim() === "";
}

function paragraph(children: ElementContent[]): Element {
  return { type: "element", tagName: "p", properties: {}, children };
}

/** `<p>a<br><br>b</p>` is two paragraphs: the blank line the author meant. */
export function splitDoubleBreaks(tree: Root): void {
  const walk = (nodes: Node[]): Node[] =>
    nodes.flatMap((node): Node[] => {
      if (node.type !== "element") return [node];
      if (node.tagName !== "p") {
        if (node.tagName !== "pre") node.children = walk(node.children) as ElementContent[];
        return [node];
      }
      const parts: ElementContent[][] = [[]];
      const children = node.children;
      for (let i = 0; i < children.length; i++) {
        if (isBreak(children[i])) {
          let j = i + 1;
          while (isSpace(children[j])) j++;
          if (isBreak(children[j])) {
            while (isBreak(children[j]) || isSpace(children[j])) j++;
            parts.push([]);
            i = j - 1;
            continue;
          }
        }
        parts[parts.length - 1].push(children[i]);
      }
      if (parts.length === 1) return [node];
      return parts
        .map((part) => {
          while (isSpace(part[0]) || isBreak(part[0])) part.shift();
          while (isSpace(part[part.length - 1]) || isBreak(part[part.length - 1])) part.pop();
          return part;
        })
        .filter((part) => part.length > 0)
        .map((part) => ({ ...paragraph(part), properties: node.properties }));
    });
  tree.children = walk(tree.children) as RootContent[];
}

const EMPHASIS = new Set(["em", "i", "strong", "b", "del", "s", "strike", "a"]);

/**
 * `it's<strong> twice</strong>`: the space goes outside the emphasis, where
 * Markdown needs it (`it's **twice**`, not an escaped space).
 */
export function hoistEdgeSpaces(tree: Root): void {
  const walk = (parent: Root | Element) => {
    const out: Node[] = [];
    for (const node of parent.children as Node[]) {
      if (node.type !== "element") {
        out.push(node);
        continue;
      }
      if (node.tagName === "pre" || node.tagName === "code") {
        out.push(node);
        continue;
      }
      walk(node);
      if (!EMPHASIS.has(node.tagName)) {
        out.push(node);
        continue;
      }
      const first = node.children[0];
      const last = node.children[node.children.length - 1];
      let before = "";
      let after = "";
      if (first?.type === "text") {
        before = /^\s*/.exec(first.value)?.[0] ?? "";
        first.value = first.value.slice(before.length);
      }
      if (last?.type === "text") {
        after = /\s*$/.exec(last.value)?.[0] ?? "";
        last.value = last.value.slice(0, last.value.length - after.length);
      }
      if (before) out.push({ type: "text", value: " " });
      out.push(node);
      if (after) out.push({ type: "text", value: " " });
    }
    parent.children = out as typeof parent.children;
  };
  walk(tree);
}

const KNOWN_TAGS = new Set([...htmlTagNames, ...svgTagNames.map((name) => name.toLowerCase())]);

/**
 * A "tag" that names no HTML or SVG element (`<hostname>`, `<your name>`)
 * is text the author typed: it is kept as that text, as Quire shows it in
 * `.md` posts (lib/markdown/raw-html), instead of vanishing. `source` is the
 * string the tree was parsed from; `keep` names elements that stay.
 */
export function unknownTagsAsText(tree: Root, source: string, keep: (tagName: string) => boolean): void {
  const walk = (nodes: Node[]): Node[] =>
    nodes.flatMap((node): Node[] => {
      if (node.type !== "element") return [node];
      node.children = walk(node.children) as ElementContent[];
      if (KNOWN_TAGS.has(node.tagName) || node.tagName.includes("-") || keep(node.tagName)) return [node];
      // `<o:p>` and the like: a word processor's markup pasted in, never shown: its content stays.
      if (node.tagName.includes(":")) return node.children;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return [node];
      const inner = node.children.length ? node.children[0].position?.start.offset : undefined;
      const openTag = source.slice(start, inner ?? end);
      const openEnd = openTag.indexOf(">");
      const opening = openEnd >= 0 ? openTag.slice(0, openEnd + 1) : openTag;
      const whole = source.slice(start, end);
      const closing = whole.toLowerCase().endsWith(`</${node.tagName}>`) ? whole.slice(whole.length - node.tagName.length - 3) : "";
      return [{ type: "text", value: opening }, ...node.children, ...(closing ? [{ type: "text" as const, value: closing }] : [])];
    });
  tree.children = walk(tree.children) as RootContent[];
}

/**
 * A link to a heading's own id (`<h2 id="setup">`, `<a href="#setup">`)
 * follows the heading to the id Quire gives it (rehype-slug: GitHub's slugs
 * of the heading's text, in order), since Markdown keeps no ids.
 */
export function followHeadingAnchors(tree: Root): void {
  const slugger = new GithubSlugger();
  const renamed = new Map<string, string>();
  const headings: Element[] = [];
  const anchors: Element[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      if (/^h[1-6]$/.test(node.tagName)) headings.push(node);
      if (node.tagName === "a" && typeof node.properties.href === "string" && node.properties.href.startsWith("#")) anchors.push(node);
      walk(node.children);
    }
  };
  walk(tree.children);
  for (const heading of headings) {
    const slug = slugger.slug(toString(heading));
    const id = heading.properties.id;
    if (typeof id === "string" && id && !renamed.has(id)) renamed.set(id, slug);
  }
  for (const anchor of anchors) {
    const target = renamed.get(decodeURIComponent(String(anchor.properties.href).slice(1)));
    if (target !== undefined) anchor.properties.href = `#${target}`;
  }
}
