import type { Element, ElementContent, RootContent } from "hast";
import type { Expansion } from "./shortcode-rules";

/**
 * Parts of a body lifted out before parsing (syntax-plugin code, shortcodes)
 * wait in the tree as placeholder elements and are put back after the
 * paragraphs are made.
 */

/** Inline: the paragraph around it decides its form. */
export const PLACEHOLDER = "quire-shortcode";
/** A block of its own wherever it is written: it ends the paragraph around it (see autop's markers). */
export const BLOCK_PLACEHOLDER = "quire-block";

/** The placeholder for an expansion: its index among `expansions`. */
export function placeholderFor(expansions: Expansion[], expansion: Expansion, block = expansion.standsAlone === true): string {
  const tag = block ? BLOCK_PLACEHOLDER : PLACEHOLDER;
  return `<${tag} data-index="${expansions.push(expansion) - 1}"></${tag}>`;
}

export function isBlank(node: RootContent | ElementContent): boolean {
  return (node.type === "text" && node.value.trim() === "") || (node.type === "element" && node.tagName === "br") || node.type === "comment";
}

function isPlaceholder(node: RootContent | ElementContent): boolean {
  return node.type === "element" && (node.tagName === PLACEHOLDER || node.tagName === BLOCK_PLACEHOLDER);
}

/** Parents that hold inline content only: a shortcode inside one takes its inline form. */
const PHRASING_PARENTS = new Set(["p", "a", "em", "strong", "b", "i", "span", "h1", "h2", "h3", "h4", "h5", "h6", "code", "u", "sup", "sub", "small", "figcaption", "dt", "td", "th", "caption", "label", "font", "del", "s", "strike", "ins", "big", "cite", "q", "abbr"]);

/**
 * Puts the lifted shortcodes back: alone in a paragraph (WordPress's
 * shortcode_unautop), a shortcode replaces the paragraph with its block form;
 * inside a sentence it takes its inline form.
 */
export function expandPlaceholders(children: Array<RootContent | ElementContent>, parentTag: string | undefined, expansions: Expansion[]): Array<RootContent | ElementContent> {
  const out: Array<RootContent | ElementContent> = [];
  const expansion = (node: Element) => expansions[Number(node.properties.dataIndex)];
  for (const node of children) {
    if (node.type === "element" && node.tagName === "p" && node.children.some(isPlaceholder) && node.children.every((child) => isPlaceholder(child) || isBlank(child))) {
      for (const child of node.children) if (isPlaceholder(child)) out.push(...(expansion(child as Element)?.block ?? []));
      continue;
    }
    if (node.type === "element" && node.tagName === "p" && node.children.some((child) => child.type === "element" && child.tagName === BLOCK_PLACEHOLDER)) {
      // A block written inside a paragraph ends it: the text around it stays in paragraphs of its own.
      let run: ElementContent[] = [];
      const flush = () => {
        if (!run.every(isBlank)) out.push({ ...node, children: expandPlaceholders(run, "p", expansions) as ElementContent[] });
        run = [];
      };
      for (const child of node.children) {
        if (child.type === "element" && child.tagName === BLOCK_PLACEHOLDER) {
          flush();
          out.push(...(expansion(child)?.block ?? []));
        } else run.push(child);
      }
      flush();
      continue;
    }
    if (isPlaceholder(node)) {
      const found = expansion(node as Element);
      const inline = parentTag !== undefined && PHRASING_PARENTS.has(parentTag) && (node as Element).tagName === PLACEHOLDER;
      out.push(...((inline ? found?.inline : found?.block) ?? []));
      continue;
    }
    if (node.type === "element") node.children = expandPlaceholders(node.children, node.tagName, expansions) as ElementContent[];
    out.push(node);
  }
  return out;
}

