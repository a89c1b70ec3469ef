import type { Root, Element } from "hast";
import { visit } from "unist-util-visit";
import { isMdxJsxElement, literalAttribute } from "./mdx-jsx";
import { postWarner } from "./post-warnings";
import type { ReferenceOptions } from "./images";

/**
 * Rewrites relative links (Markdown links, raw `<a href>`, MDX `<a href="...">`)
 * as the post's references resolve them (lib/markdown/references) and warns
 * about the ones that lead nowhere. Runs after rehypeContentImages, which
 * already points WordPress-style full-size links at local copies.
 */
export function rehypeContentLinks(options: ReferenceOptions) {
  const warn = postWarner(options);
  const resolve = (href: string) => {
    const resolved = options.references.link(href);
    if (resolved.warning) warn(resolved.warning);
    return resolved.value;
  };
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === "element") {
        const element = node as Element;
        if (element.tagName !== "a" || typeof element.properties.href !== "string") return;
        const href = resolve(element.properties.href);
        if (href !== undefined) element.properties.href = href;
        return;
      }
      if (!isMdxJsxElement(node, "a")) return;
      const attr = literalAttribute(node, "href");
      if (!attr) return;
      const href = resolve(attr.value);
      if (href !== undefined) attr.value = href;
    });
  };
}
