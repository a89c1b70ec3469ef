import type { Root, Element } from "hast";
import { visit } from "unist-util-visit";
import { isMdxJsxElement, literalAttribute } from "./mdx-jsx";
import { postWarner, type WarningOptions } from "./post-warnings";
import type { ContentReferences, ResolvedImage } from "./references";

export interface ReferenceOptions extends WarningOptions {
  /** Where relative images and links lead (lib/markdown/references). */
  references: ContentReferences;
}

/**
 * Points relative images at the copies served from `/_content/`, with their
 * real width and height so nothing shifts on load. A raster image becomes a
 * `<picture>` whose sources are smaller copies in AVIF and WebP (lib/images/responsive). The first image loads at
 * once; the rest load lazily. A local image that is not already a link links
 * to its file (the page shows tall images capped in height: a click opens
 * the original). A missing file is a warning, never a crash.
 */
export function rehypeContentImages(options: ReferenceOptions) {
  const warn = postWarner(options);
  /** The served copy of a relative image and its size; undefined (maybe warned) when missing or not local. */
  const localImage = (src: string) => {
    const resolved = options.references.image(src);
    if (resolved.warning) warn(resolved.warning);
    return resolved.value;
  };
  return (tree: Root) => {
    let index = 0;
    const toLink: Array<{ siblings: unknown[]; node: Element; href: string }> = [];
    const toPicture: Array<{ siblings: unknown[]; node: Element; image: ResolvedImage }> = [];
    // MDX components with a literal `src` ("<Figure src=\"images/x.png\" />").
    visit(tree, (node) => {
      if (!isMdxJsxElement(node)) return;
      const jsx = node;
      const srcAttr = literalAttribute(jsx, "src");
      if (!srcAttr) return;
      const image = localImage(srcAttr.value);
      if (!image) return;
      srcAttr.value = image.url;
      const has = (name: string) => jsx.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === name);
      if (image.width && image.height && !has("width") && !has("height")) {
        jsx.attributes.push(
          { type: "mdxJsxAttribute", name: "width", value: String(image.width) },
          { type: "mdxJsxAttribute", name: "height", value: String(image.height) },
        );
      }
      // A component gets one `<img>`: the WebP copies, which every current browser shows.
      const webp = image.sources?.find((source) => source.type === "image/webp");
      if (webp && image.sizes && !has("srcSet") && !has("sizes")) {
        jsx.attributes.push(
          { type: "mdxJsxAttribute", name: "srcSet", value: webp.srcset },
          { type: "mdxJsxAttribute", name: "sizes", value: image.sizes },
        );
      }
      if (!has("loading")) jsx.attributes.push({ type: "mdxJsxAttribute", name: "loading", value: "lazy" });
    });
    visit(tree, "element", (node: Element, _index, parent) => {
      if (node.tagName !== "img") return;
      const src = typeof node.properties.src === "string" ? node.properties.src : "";
      node.properties.loading ??= index === 0 ? "eager" : "lazy";
      node.properties.decoding ??= "async";
      index += 1;
      const image = localImage(src);
      if (!image) return;
      node.properties.src = image.url;
      // WordPress wraps images in a link to the full-size upload on the old
      // host; when it names the same file, or the one this copy was resized
      // from (`photo.jpg` for `photo-682x1024.jpg`), link to the local copy
      // instead: the largest the site has, and no dead link to the old host.
      if (parent?.type === "element" && parent.tagName === "a") {
        const href = String(parent.properties.href ?? "");
        const name = servedName(image.url);
        const linked = href.split(/[?#]/)[0].split("/").pop() ?? "";
        if (/^https?:/i.test(href) && name && (linked === name || linked === unsizedName(name))) {
          parent.properties.href = node.properties.src;
        }
      }
      if (image.width && image.height) {
        node.properties.width = image.width;
        node.properties.height = image.height;
        // Its shape, for the height cap (app/globals.css): the box is right before the file arrives.
        node.properties.style = `--width: ${image.width}px; --ratio: ${Number((image.width / image.height).toFixed(4))}`;
      }
      if (parent && image.sources?.length && !(parent.type === "element" && parent.tagName === "picture")) {
        toPicture.push({ siblings: parent.children, node, image });
      }
      if (parent && !(parent.type === "element" && parent.tagName === "a")) toLink.push({ siblings: parent.children, node, href: image.url });
    });
    // The original stays the `<img>`: browsers without the modern formats, and
    // feed readers, show it; the others pick a copy from the sources.
    const wrapped = new Map<Element, Element>();
    for (const { siblings, node, image } of toPicture) {
      const sources: Element[] = (image.sources ?? []).map((source) => ({
        type: "element",
        tagName: "source",
        properties: { type: source.type, srcSet: source.srcset, sizes: image.sizes },
        children: [],
      }));
      const picture: Element = { type: "element", tagName: "picture", properties: {}, children: [...sources, node] };
      siblings.splice(siblings.indexOf(node), 1, picture);
      wrapped.set(node, picture);
    }
    for (const { siblings, node, href } of toLink) {
      const shown = wrapped.get(node) ?? node;
      const link: Element = { type: "element", tagName: "a", properties: { href, className: ["image-original"] }, children: [shown] };
      siblings.splice(siblings.indexOf(shown), 1, link);
    }
  };
}

/** The name WordPress resized a file from: `photo-682x1024.jpg` -> `photo.jpg`. */
function unsizedName(name: string): string {
  return name.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1");
}

/** The file name of a served copy (`/_content/2021/images/sch%C3%A9ma.png` -> `schéma.png`). */
function servedName(url: string): string | undefined {
  const last = url.split("/").pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
