import type { Root, Element } from "hast";
import { visit } from "unist-util-visit";
import { isMdxJsxElement, literalAttribute } from "./mdx-jsx";
import { postWarner, type WarningOptions } from "./post-warnings";

/** The file types a link must name to count as "a link to an image". */
const IMAGE_FILE = /\.(avif|bmp|gif|ico|jpe?g|png|svg|tiff?|webp)$/i;

function isInsecure(url: string): boolean {
  return /^http:\/\//i.test(url.trim());
}

/** An `http://` URL naming an image file (query and fragment aside). */
export function isInsecureImageLink(url: string): boolean {
  return isInsecure(url) && IMAGE_FILE.test(url.trim().split(/[?#]/)[0]);
}

/**
 * Images still on `http://` are blocked or upgraded by the browser (the site's
 * CSP allows `https:` images only), and often their old host is gone: the
 * author should know. Collects every `http://` image and every link to an
 * `http://` image file in one post, then prints one line for the post with
 * the count of distinct URLs and the first one: an old export holds dozens
 * per post, and one line per URL would bury every other warning. Runs after
 * the image and link plugins, so WordPress links already pointed at local
 * copies are not reported.
 */
export function rehypeInsecureImageWarnings(options: WarningOptions) {
  const warn = postWarner(options);
  return (tree: Root) => {
    const urls = new Set<string>();
    visit(tree, (node) => {
      if (node.type === "element") {
        const { tagName, properties } = node as Element;
        const { src, href } = properties;
        if (tagName === "img" && typeof src === "string" && isInsecure(src)) urls.add(src.trim());
        if (tagName === "a" && typeof href === "string" && isInsecureImageLink(href)) urls.add(href.trim());
        return;
      }
      if (!isMdxJsxElement(node)) return;
      const src = literalAttribute(node, "src")?.value;
      const href = literalAttribute(node, "href")?.value;
      if (src && isInsecure(src)) urls.add(src.trim());
      if (href && isInsecureImageLink(href)) urls.add(href.trim());
    });
    if (urls.size === 0) return;
    const [first] = urls;
    warn(
      urls.size === 1
        ? `http:// image, which browsers load over https:// or not at all: ${first}`
        : `${urls.size} http:// images, which browsers load over https:// or not at all; the first: ${first}`,
    );
  };
}
