import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";

/** The item's own words: nested lists are other items. */
function ownText(item: Element): string {
  const own: ElementContent[] = item.children.filter((c) => !(c.type === "element" && (c.tagName === "ul" || c.tagName === "ol")));
  return toString({ ...item, children: own }).replace(/\s+/g, " ").trim();
}

/**
 * GFM task items render a bare `<input type="checkbox" disabled>`: a form
 * control without a name (axe and Lighthouse `label`, serious). The item's own
 * text names it, as a `<label>` around it would.
 */
export function rehypeLabelTaskItems() {
  return (tree: Root) => {
    visit(tree, "element", (item: Element) => {
      if (item.tagName !== "li" || !String(item.properties.className ?? "").includes("task-list-item")) return;
      const name = ownText(item);
      if (!name) return;
      visit(item, "element", (node: Element) => {
        if (node.tagName === "ul" || node.tagName === "ol") return SKIP;
        if (node.tagName === "input" && node.properties.type === "checkbox" && node.properties.ariaLabel === undefined) {
          node.properties.ariaLabel = name;
        }
      });
    });
  };
}
