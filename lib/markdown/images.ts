import fs from "node:fs";
import type { Root, Element } from "hast";
import { imageSize } from "image-size";
import { visit } from "unist-util-visit";
import { contentAssetUrl, resolveContentReference } from "../content-assets";
import { isMdxJsxElement, literalAttribute } from "./mdx-jsx";
import { postWarner, type WarningOptions } from "./post-warnings";

export interface ImageOptions extends WarningOptions {
  basePath?: string;
}

/** Sizes by path, size and mtime: a long-lived process (the dev watcher) sees a replaced image. */
const sizeCache = new Map<string, { width: number; height: number } | null>();

function readSize(absPath: string) {
  const stat = fs.statSync(absPath);
  const key = `${absPath}\0${stat.size}\0${stat.mtimeMs}`;
  if (!sizeCache.has(key)) {
    let size: { width: number; height: number } | null = null;
    try {
      const { width, height } = imageSize(fs.readFileSync(absPath));
      if (width && height) size = { width, height };
    } catch {
      size = null;
    }
    sizeCache.set(key, size);
  }
  return sizeCache.get(key);
}

/**
 * Points relative images at the copies served from `/_content/`, with their
 * real width and height so nothing shifts on load. The first image loads at
 * once; the rest load lazily. A missing file is a warning, never a crash.
 */
export function rehypeContentImages(options: ImageOptions) {
  const warn = postWarner(options);
  /** The served copy of a relative image and its size; undefined (warned) when missing or not local. */
  const localImage = (src: string) => {
    const rel = resolveContentReference(src, options.file, options.root);
    if (!rel) return undefined;
    options.dependsOn?.(rel);
    const abs = `${options.root}/${rel}`;
    const size = fs.existsSync(abs) ? readSize(abs) : undefined;
    if (size === undefined) {
      warn(`image not found: ${src}`);
      return undefined;
    }
    return { rel, url: contentAssetUrl(rel, options.basePath), size };
  };
  return (tree: Root) => {
    let index = 0;
    // MDX components with a literal `src` ("<Figure src=\"images/x.png\" />").
    visit(tree, (node) => {
      if (!isMdxJsxElement(node)) return;
      const jsx = node;
      const srcAttr = literalAttribute(jsx, "src");
      if (!srcAttr) return;
      const image = localImage(srcAttr.value);
      if (!image) return;
      const { size } = image;
      srcAttr.value = image.url;
      const has = (name: string) => jsx.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === name);
      if (size && !has("width") && !has("height")) {
        jsx.attributes.push(
          { type: "mdxJsxAttribute", name: "width", value: String(size.width) },
          { type: "mdxJsxAttribute", name: "height", value: String(size.height) },
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
      const { rel, size } = image;
      node.properties.src = image.url;
      // WordPress wraps images in a link to the full-size upload on the old
      // host; when it names the same file, link to the local copy instead.
      if (parent?.type === "element" && parent.tagName === "a") {
        const href = String(parent.properties.href ?? "");
        const name = rel.split("/").pop();
        if (/^https?:/i.test(href) && name && href.split(/[?#]/)[0].endsWith(`/${name}`)) {
          parent.properties.href = node.properties.src;
        }
      }
      if (size) {
        node.properties.width = size.width;
        node.properties.height = size.height;
      }
    });
  };
}
