import type { Element, ElementContent, Parents, Root } from "hast";
import { visit, SKIP } from "unist-util-visit";

/**
 * Images, links and embeds in a converted body: every link between posts
 * asks where the post lives now, every upload where its copy is, and an
 * embedded player becomes a link to the page it plays (no third-party
 * script on the page).
 */

export interface MediaContext {
  linkTarget(url: string): string | undefined;
  uploadTarget(url: string): string | undefined;
  attachment?(id: string): string | undefined;
  count(name: string): void;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i;

function pathOf(url: string): string {
  return url.split(/[?#]/)[0];
}

function isImageFile(url: string): boolean {
  return IMAGE_FILE.test(pathOf(url));
}

/** `photo-300x200.jpg`, `photo-scaled.jpg` and `photo.jpg` name one image. */
function imageStem(url: string): string {
  const name = decodeURIComponentSafe(pathOf(url).split("/").pop() ?? "");
  return name.replace(/\.[^.]+$/, "").replace(/-\d+x\d+$/, "").replace(/-scaled$/, "").toLowerCase();
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The widest candidate of a `srcset` ("a.jpg 300w, b.jpg 1024w"). */
function largestSrcset(srcset: string): string | undefined {
  let best: { url: string; size: number } | undefined;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = "1x"] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const size = Number.parseFloat(descriptor) * (descriptor.endsWith("x") ? 1e6 : 1);
    if (!best || size > best.size) best = { url, size: Number.isFinite(size) ? size : 0 };
  }
  return best?.url;
}

function stringProperty(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (Array.isArray(value)) return value.join(" ");
  return value === undefined || value === null || value === false ? undefined : String(value);
}

/** The attachment id WordPress writes in an image's class (`wp-image-123`). */
function attachmentId(node: Element): string | undefined {
  const classes = node.properties.className;
  if (!Array.isArray(classes)) return undefined;
  for (const name of classes) {
    const match = /^wp-image-(\d+)$/.exec(String(name));
    if (match) return match[1];
  }
  return undefined;
}

function onlyChild(node: Element): Element | undefined {
  const meaningful = node.children.filter((child) => !(child.type === "text" && child.value.trim() === "") && child.type !== "comment");
  return meaningful.length === 1 && meaningful[0].type === "element" ? meaningful[0] : undefined;
}

/** A player's page for an embedded player's address (YouTube, Vimeo), or the address itself. */
function playerPage(src: string): string {
  let url: URL;
  try {
    url = new URL(src, "https://invalid.invalid");
  } catch {
    return src;
  }
  const host = url.hostname.replace(/^www\./, "");
  const youtube = /^(?:youtube\.com|youtube-nocookie\.com)$/.test(host) && /^\/(?:embed|v)\/([\w-]+)/.exec(url.pathname);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = host === "player.vimeo.com" && /^\/video\/(\d+)/.exec(url.pathname);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return src.startsWith("//") ? `https:${src}` : src;
}

export function link(href: string, children: ElementContent[]): Element {
  return { type: "element", tagName: "a", properties: { href }, children };
}

export function text(value: string): ElementContent {
  return { type: "text", value };
}

/** Rewrites images, links and embedded players in place. */
export function rewriteMedia(tree: Root, ctx: MediaContext): void {
  const players = new WeakSet<object>();
  visit(tree, "element", (node: Element, index, parent: Parents | undefined) => {
    if (node.tagName === "img") {
      const classes = stringProperty(node, "className") ?? "";
      const alt = stringProperty(node, "alt");
      if (/\b(?:wp-smiley|emoji)\b/.test(classes) && alt && parent && index !== undefined) {
        // A smiley WordPress drew as a picture is the characters typed.
        parent.children[index] = text(alt);
        return;
      }
      rewriteImage(node, ctx);
      return;
    }
    if ((node.tagName === "video" || node.tagName === "audio") && parent && index !== undefined) {
      // A player of the site's own file: a link to the file, named by it.
      const source = node.children.find((child): child is Element => child.type === "element" && child.tagName === "source");
      const src = stringProperty(node, "src") ?? (source && stringProperty(source, "src"));
      if (!src) {
        parent.children.splice(index, 1);
        return index;
      }
      const name = decodeURIComponentSafe(pathOf(src).split("/").pop() ?? "") || src;
      parent.children[index] = link(rewriteHref(src, ctx), [text(name)]);
      return SKIP;
    }
    if (node.tagName === "a") {
      const image = onlyChild(node);
      const href = stringProperty(node, "href");
      if (image?.tagName === "img" && href && parent && index !== undefined && isRedundantImageLink(node, image, href, ctx)) {
        // The link only opens the same picture bigger: the image itself, at its largest, takes its place.
        if (isImageFile(href) && !attachmentId(image)) image.properties.src = href;
        rewriteImage(image, ctx);
        parent.children[index] = image;
        return SKIP;
      }
      if (!node.children.some((child) => child.type === "element" || (child.type === "text" && child.value.trim() !== "")) && parent && index !== undefined) {
        // An empty link shows nothing on the old page either.
        parent.children.splice(index, 1);
        return index;
      }
      if (href) node.properties.href = rewriteHref(href, ctx);
      return;
    }
    if (node.tagName === "iframe" || node.tagName === "embed") {
      const src = stringProperty(node, "src");
      if (!src || !parent || index === undefined) return;
      const page = playerPage(src);
      const title = stringProperty(node, "title");
      const player = link(page, [text(title || page)]);
      players.add(player);
      parent.children[index] = player;
      ctx.count(`<${node.tagName}>`);
      // Players side by side become links on lines of their own.
      const previous = parent.children.slice(0, index).reverse().find((child) => !(child.type === "text" && child.value.trim() === ""));
      if (previous && players.has(previous)) parent.children.splice(index, 0, { type: "element", tagName: "br", properties: {}, children: [] });
      return SKIP;
    }
  });
}

function isRedundantImageLink(anchor: Element, image: Element, href: string, ctx: MediaContext): boolean {
  const rel = stringProperty(anchor, "rel") ?? "";
  if (/\bwp-att-\d+/.test(rel)) return true;
  if (/[?&]attachment_id=\d+/.test(href)) return true;
  if (!isImageFile(href)) return false;
  const src = stringProperty(image, "src") ?? "";
  const id = attachmentId(image);
  const original = id ? ctx.attachment?.(id) : undefined;
  return imageStem(href) === imageStem(src) || (original !== undefined && imageStem(original) === imageStem(href));
}

/** A link into WordPress's uploads folder (any file: a PDF, a video), or to an image file. */
function isUploadLink(href: string): boolean {
  return /\/wp-content\/uploads\//.test(pathOf(href)) || isImageFile(href);
}

function rewriteHref(href: string, ctx: MediaContext): string {
  const target = ctx.linkTarget(href);
  if (target !== undefined) return target;
  if (isUploadLink(href)) return ctx.uploadTarget(href) ?? href;
  return href;
}

function rewriteImage(node: Element, ctx: MediaContext): void {
  const id = attachmentId(node);
  const srcset = stringProperty(node, "srcSet");
  const written = (srcset && largestSrcset(srcset)) || stringProperty(node, "src") || "";
  // The attachment's own address names the original even where the written one is a resized or
  // edited copy; when no file is at hand, the address the post was written with stays (its https,
  // where the attachment's record may still say http).
  const original = id ? ctx.attachment?.(id) : undefined;
  const src = (original ? ctx.uploadTarget(original) : undefined) ?? ctx.uploadTarget(written) ?? written;
  // WordPress fills `title` with the file's name and leaves `alt` empty; a title of the author's own
  // describes the picture better than nothing does.
  const title = stringProperty(node, "title")?.trim();
  let alt = stringProperty(node, "alt") ?? "";
  if (!alt.trim() && title && title.toLowerCase() !== imageStem(src) && title.toLowerCase() !== imageStem(stringProperty(node, "src") ?? "")) alt = title;
  node.properties = { src, alt };
}
