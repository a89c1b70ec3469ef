import type { Element, ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { CODE_SHORTCODES, codeBlock, codeText, inlineCode } from "./code";
import { link, text } from "./media";
import type { Shortcode } from "./shortcodes";

/**
 * What each known shortcode becomes: its block form (the shortcode alone in
 * its paragraph) and its inline form (inside a sentence).
 */
export interface Expansion {
  block: ElementContent[];
  inline: ElementContent[];
  /** A block wherever it is written (code of several lines): it ends the paragraph around it. */
  standsAlone?: boolean;
}

export interface ShortcodeContext {
  attachment?(id: string): string | undefined;
  attachedImages?(): string[];
}

function element(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

function fragment(html: string): ElementContent[] {
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

function isBlank(node: ElementContent): boolean {
  return (node.type === "text" && node.value.trim() === "") || (node.type === "element" && node.tagName === "br");
}

/** `[caption]<a><img></a> The caption[/caption]`: the picture and its caption, as WordPress's img_caption_shortcode reads them. */
function caption(shortcode: Shortcode): Expansion {
  const nodes = fragment(shortcode.content ?? "");
  const index = nodes.findIndex(
    (node) => node.type === "element" && (node.tagName === "img" || (node.tagName === "a" && node.children.some((child) => child.type === "element" && child.tagName === "img"))),
  );
  const picture = index >= 0 ? [nodes[index]] : [];
  let words = index >= 0 ? [...nodes.slice(0, index), ...nodes.slice(index + 1)] : nodes;
  if (shortcode.attrs.caption) words = fragment(shortcode.attrs.caption);
  while (words.length && isBlank(words[0])) words.shift();
  while (words.length && isBlank(words[words.length - 1])) words.pop();
  const figure = element("figure", {}, [...picture, ...(words.length ? [element("figcaption", {}, words)] : [])]);
  // WordPress shows a caption as a block (a <figure> or <div>) wherever it is written.
  return { block: [words.length ? figure : element("p", {}, picture)], inline: [...picture, ...(words.length ? [text(" "), ...words] : [])], standsAlone: true };
}

/** `[gallery ids="1,2"]` (or the post's attached images): each picture in its own paragraph. */
function gallery(shortcode: Shortcode, ctx: ShortcodeContext): Expansion | undefined {
  const ids = (shortcode.attrs.ids ?? shortcode.attrs.include ?? "").split(/[\s,]+/).filter(Boolean);
  const urls = ids.length
    ? ids.map((id) => ctx.attachment?.(id)).filter((url): url is string => Boolean(url))
    : (ctx.attachedImages?.() ?? []);
  if (!urls.length) return undefined;
  const images = urls.map((src) => element("img", { src, alt: "" }, []));
  return { block: images.map((image) => element("p", {}, [image])), inline: images, standsAlone: true };
}

function code(shortcode: Shortcode): Expansion {
  const raw = shortcode.content ?? "";
  // SyntaxHighlighter's rule: content without a bare < or > was stored HTML-escaped.
  const escaped = !/[<>]/.test(raw);
  const value = codeText(raw, escaped);
  const attrs = shortcode.attrs;
  const language = attrs.lang ?? attrs.language ?? attrs.brush ?? CODE_SHORTCODES[shortcode.name];
  return { block: [codeBlock(value, language)], inline: [inlineCode(value)], standsAlone: value.includes("\n") };
}

/** The address a media shortcode plays: `[youtube URL]`, `[youtube=URL]`, `[video src=...]`, `[embed]URL[/embed]`. */
function mediaAddress(shortcode: Shortcode): string | undefined {
  const attrs = shortcode.attrs;
  const candidates = [
    attrs.url, attrs.src, attrs.mp4, attrs.m4v, attrs.webm, attrs.ogv, attrs.wmv, attrs.flv, attrs.mp3, attrs.ogg,
    attrs.wav, attrs.m4a, attrs.id, shortcode.content?.trim(), attrs["0"],
  ];
  const found = candidates.find((value) => value !== undefined && value.trim() !== "");
  return found?.trim().replace(/^=/, "");
}

function videoPage(name: string, address: string): string {
  if (/^https?:\/\//i.test(address) || address.startsWith("/")) return address;
  if (name === "youtube") return `https://www.youtube.com/watch?v=${address.split(/[&?]/)[0]}`;
  if (name === "vimeo") return `https://vimeo.com/${address.split(/[&?]/)[0]}`;
  if (name === "dailymotion") return `https://www.dailymotion.com/video/${address}`;
  return address;
}

function media(shortcode: Shortcode): Expansion | undefined {
  const address = mediaAddress(shortcode);
  if (!address) return undefined;
  const href = videoPage(shortcode.name, address.replace(/&amp;/g, "&"));
  // A file of one's own is named by its file name; a page elsewhere by its address.
  const file = FILE_PLAYERS.has(shortcode.name) ? href.split(/[?#]/)[0].split("/").pop() : undefined;
  const anchor = link(href, [text(file || href)]);
  return { block: [element("p", {}, [anchor])], inline: [anchor] };
}

/** Players: WordPress's own, WordPress.com's and Viper's Video Quicktags'. */
const MEDIA = new Set([
  "youtube", "vimeo", "dailymotion", "video", "audio", "embed", "playlist", "wpvideo", "videopress", "soundcloud",
  "ted", "twitter", "tweet", "instagram", "flickr", "spotify", "googlevideo", "veoh", "viddler", "metacafe",
  "bliptv", "flickrvideo", "ifilm", "myspace", "flv", "quicktime", "videofile",
]);

/** Players whose address is a file of the site's own, named by its file name. */
const FILE_PLAYERS = new Set(["video", "audio", "flv", "quicktime", "videofile"]);

/** The expansion of a shortcode Quire knows, or undefined: left as written. */
export function expandShortcode(shortcode: Shortcode, ctx: ShortcodeContext): Expansion | undefined {
  const name = shortcode.name;
  if (name === "caption" || name === "wp_caption") return caption(shortcode);
  if (name === "gallery") return gallery(shortcode, ctx);
  if (Object.hasOwn(CODE_SHORTCODES, name) && shortcode.content !== undefined) return code(shortcode);
  if (MEDIA.has(name)) return media(shortcode);
  return undefined;
}
