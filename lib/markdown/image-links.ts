import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

function isBlank(node: Element["children"][number]): boolean {
  return node.type === "text" && node.value.trim() === "";
}

/** What a reader hears for an image link with nothing else to say: where it goes. */
function nameFor(href: string): string {
  const path = href.split(/[?#]/)[0];
  const file = decodeURIComponent(path.split("/").pop() ?? "");
  return IMAGE_FILE.test(path) && file ? `Full-size image: ${file}` : `Link to ${href}`;
}

/** An `<img>` without alt text, alone or as the image of a `<picture>` (lib/markdown/images.ts). */
function isUnnamedImage(node: Element["children"][number]): boolean {
  if (node.type !== "element") return false;
  if (node.tagName === "picture") {
    const img = node.children.find((child): child is Element => child.type === "element" && child.tagName === "img");
    return Boolean(img) && isUnnamedImage(img!);
  }
  return node.tagName === "img" && !String(node.properties.alt ?? "").trim();
}

/**
 * A link whose only content is an image without alt text (WordPress's "link to
 * media file", `[![](x.png)](x.png)` in Markdown) has no name for screen
 * readers (axe and Lighthouse `link-name`). It gets one from its destination;
 * the image stays decorative, and a link that has any text keeps its own name.
 */
export function rehypeNameImageLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      if (node.properties.ariaLabel !== undefined || node.properties.title !== undefined) return;
      const content = node.children.filter((child) => !isBlank(child));
      const onlyUnnamedImages = content.length > 0 && content.every(isUnnamedImage);
      if (onlyUnnamedImages) node.properties.ariaLabel = nameFor(node.properties.href);
    });
  };
}
