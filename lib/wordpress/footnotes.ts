import type { Element, ElementContent, Root, RootContent } from "hast";
import type { FootnoteDefinition, FootnoteReference, RootContent as MdastContent } from "mdast";
import { fromHtml } from "hast-util-from-html";
import type { Handle } from "hast-util-to-mdast";

/**
 * Gutenberg footnotes (WordPress 6.3+): a paragraph marks each one with
 * `<sup data-fn="ID" class="fn"><a href="#ID">1</a></sup>`, the post's
 * `footnotes` meta holds their text (`[{"id": "ID", "content": "HTML"}]`),
 * and the footnotes block shows them. In Markdown they are GFM footnotes,
 * numbered in the order they are referred to.
 */

export const FOOTNOTE_REFERENCE = "quire-footnote";

export interface Footnote {
  id: string;
  content: string;
}

/** The notes of a post's `footnotes` meta; [] when absent or not the JSON WordPress writes. */
export function parseFootnotes(meta: string | undefined): Footnote[] {
  if (!meta) return [];
  try {
    const value: unknown = JSON.parse(meta);
    if (!Array.isArray(value)) return [];
    return value.flatMap((note: unknown) => {
      if (!note || typeof note !== "object") return [];
      const { id, content } = note as Record<string, unknown>;
      return typeof id === "string" && typeof content === "string" ? [{ id, content }] : [];
    });
  } catch {
    return [];
  }
}

function isFootnoteMark(node: Element): boolean {
  return node.tagName === "sup" && typeof node.properties.dataFn === "string";
}

/**
 * Replaces each footnote mark whose note is known by a reference element;
 * returns the ids referred to, in order. A mark without its note stays as
 * the superscript number it shows.
 */
export function markFootnotes(tree: Root, notes: Footnote[]): string[] {
  const known = new Set(notes.map((note) => note.id));
  const order: string[] = [];
  const walk = (nodes: Array<RootContent | ElementContent>) => {
    nodes.forEach((node, index) => {
      if (node.type !== "element") return;
      if (isFootnoteMark(node)) {
        const id = String(node.properties.dataFn);
        if (known.has(id)) {
          if (!order.includes(id)) order.push(id);
          nodes[index] = { type: "element", tagName: FOOTNOTE_REFERENCE, properties: { dataId: id }, children: [] };
        } else {
          node.properties = {};
          node.children = [{ type: "text", value: plainNumber(node) }];
        }
        return;
      }
      walk(node.children);
    });
  };
  walk(tree.children);
  return order;
}

function plainNumber(node: Element): string {
  const text: string[] = [];
  const walk = (child: ElementContent) => {
    if (child.type === "text") text.push(child.value);
    else if (child.type === "element") child.children.forEach(walk);
  };
  node.children.forEach(walk);
  return text.join("").trim();
}

/** The reference element as a GFM footnote reference, numbered by first use. */
export function footnoteReferenceHandler(order: string[]): Handle {
  return (_state, node) => {
    const label = String(order.indexOf(String(node.properties.dataId)) + 1);
    const reference: FootnoteReference = { type: "footnoteReference", identifier: label, label };
    return reference;
  };
}

/** The definitions for the references, in their order; `convert` turns a note's HTML tree into Markdown nodes. */
export function footnoteDefinitions(order: string[], notes: Footnote[], convert: (tree: Root) => MdastContent[]): FootnoteDefinition[] {
  return order.map((id, index) => {
    const note = notes.find((candidate) => candidate.id === id);
    // A note is inline HTML: one paragraph (a block inside it closes the paragraph, as in a browser).
    const children = convert(fromHtml(`<p>${note?.content ?? ""}</p>`, { fragment: true }));
    const label = String(index + 1);
    return { type: "footnoteDefinition", identifier: label, label, children: children as FootnoteDefinition["children"] };
  });
}
