import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { autop, autopNodes } from "./autop";
import { convertBlocks } from "./blocks";
import { findPreLang, codeBlock } from "./code";
import { flattenDeepHtml } from "./depth";
import { parseFootnotes } from "./footnotes";
import { bodyToMarkdown, commentToMarkdown, plainText } from "./markdown";
import { link, rewriteMedia, text } from "./media";
import { hoistEdgeSpaces, splitDoubleBreaks, unknownTagsAsText } from "./tidy";
import { expandShortcode, type Expansion } from "./shortcode-rules";
import { looksLikeShortcode, replaceShortcodes } from "./shortcodes";

/**
 * A WordPress post's body (`content:encoded`) as the Markdown an author would
 * have written: classic-editor text gets WordPress's automatic paragraphs,
 * Gutenberg blocks and shortcodes give way to what they mean, images and
 * links between posts point at their new places. Pipeline: syntax-plugin code
 * and shortcodes are lifted out of the text first (their content is not
 * HTML), the rest is parsed (hast-util-from-html), paragraphs or blocks
 * applied, the lifted parts put back, media rewritten, and the tree written
 * as Markdown (lib/wordpress/markdown).
 */

export interface BodyContext {
  /** The item, for the report: its title or slug. */
  item: string;
  /** Quire site path (e.g. "/blog/my-post") for a link to an old post/page in any WordPress form
   *  (permalink, /?p=123, /?page_id=9, /slug/, date-based path), or undefined when it is not one. */
  linkTarget(url: string): string | undefined;
  /** For an upload's URL (already mapped back from WordPress's resized `-300x200` name when the
   *  original is at hand — the callee does that), the path to use in the post (relative to the post
   *  file, e.g. "images/photo.jpg"), or undefined: keep the old absolute address (the callee lists it
   *  as missing). The callee copies the file. */
  uploadTarget(url: string): string | undefined;
  /** The upload URL of the attachment with this id (`[gallery ids]`, `wp-image-123`), or undefined. */
  attachment?(id: string): string | undefined;
  /** The upload URLs of the images attached to this item, in their menu order (`[gallery]` without ids). */
  attachedImages?(): string[];
  /** The item's `footnotes` post meta (JSON, WordPress 6.3+), for Gutenberg footnotes. */
  footnotes?(): string | undefined;
}

export interface ConvertedBody {
  /** Plain Markdown (CommonMark + GFM, raw HTML only where Markdown cannot hold it); never MDX. */
  markdown: string;
  /** Plain text before <!--more-->, when the body has that marker (the marker itself is removed). */
  teaser?: string;
  /** Blocks and shortcodes converted, by name ("wp:image", "caption", "gallery", ...), with counts. */
  converted: Record<string, number>;
  /** Unknown shortcodes and blocks left as text, by name, with counts. */
  left: Record<string, number>;
}

/** Where a lifted part goes back: inline (its paragraph decides its form) or a block of its own. */
const PLACEHOLDER = "quire-shortcode";
const BLOCK_PLACEHOLDER = "quire-block";
const MORE = "quire-more";

/** WordPress's get_extended: `<!--more-->` (with an optional link text) splits teaser from the rest. */
const MORE_MARKER = /<!--more(.*?)?-->/;
const PAGE_MARKERS = /<!--(?:nextpage|noteaser)-->/g;

function bump(counts: Record<string, number>, name: string): void {
  counts[name] = (counts[name] ?? 0) + 1;
}

function isBlank(node: RootContent | ElementContent): boolean {
  return (node.type === "text" && node.value.trim() === "") || (node.type === "element" && node.tagName === "br") || node.type === "comment";
}

function isPlaceholder(node: RootContent | ElementContent): boolean {
  return node.type === "element" && (node.tagName === PLACEHOLDER || node.tagName === BLOCK_PLACEHOLDER);
}

/** Where a paragraph is the only thing that can hold an expansion's block form. */
const PHRASING_PARENTS = new Set(["p", "a", "em", "strong", "b", "i", "span", "h1", "h2", "h3", "h4", "h5", "h6", "code", "u", "sup", "sub", "small", "figcaption", "dt", "td", "th", "caption", "label", "font", "del", "s", "strike", "ins", "big", "cite", "q", "abbr"]);

/**
 * Puts the lifted shortcodes back: alone in a paragraph (WordPress's
 * shortcode_unautop), a shortcode replaces the paragraph with its block form;
 * inside a sentence it takes its inline form.
 */
function expandPlaceholders(children: Array<RootContent | ElementContent>, parentTag: string | undefined, expansions: Expansion[]): Array<RootContent | ElementContent> {
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

/** Providers WordPress embeds from a bare address on its own line (oEmbed). */
const EMBED_HOSTS = /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com|instagram\.com|flickr\.com|flic\.kr|soundcloud\.com|spotify\.com|dailymotion\.com|ted\.com|tiktok\.com|slideshare\.net|speakerdeck\.com|wordpress\.tv|mixcloud\.com|reddit\.com|imgur\.com|tumblr\.com|scribd\.com|kickstarter\.com|pinterest\.com|issuu\.com|videopress\.com|bsky\.app|mastodon\.social)$/i;

const ADDRESS = /^\s*https?:\/\/[^\s<>"]+\s*$/;

/** A line of text that is only an address, or undefined. */
function addressOf(line: ElementContent[]): string | undefined {
  const words = line.filter((node) => !(node.type === "text" && node.value.trim() === ""));
  return words.length === 1 && words[0].type === "text" && ADDRESS.test(words[0].value) ? words[0].value.trim() : undefined;
}

/**
 * A line that is only an address: WordPress's auto-embed showed a player
 * there (for a provider it knows); here it is a link in its own paragraph.
 */
function linkBareAddresses(tree: Root, count: (name: string) => void): void {
  const paragraphOf = (children: ElementContent[]): Element => ({ type: "element", tagName: "p", properties: {}, children });
  const walk = (nodes: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> =>
    nodes.flatMap((node): Array<RootContent | ElementContent> => {
      if (node.type !== "element") return [node];
      if (node.tagName !== "p") {
        if (node.tagName !== "pre" && node.tagName !== "code" && node.tagName !== "a") node.children = walk(node.children) as ElementContent[];
        return [node];
      }
      const lines: ElementContent[][] = [[]];
      for (const child of node.children) {
        if (child.type === "element" && child.tagName === "br") lines.push([]);
        else lines[lines.length - 1].push(child);
      }
      if (!lines.some((line) => addressOf(line) !== undefined)) return [node];
      const out: Element[] = [];
      let run: ElementContent[] = [];
      const flush = () => {
        while (run.length && run[run.length - 1].type === "element" && (run[run.length - 1] as Element).tagName === "br") run.pop();
        if (run.some((child) => !(child.type === "text" && child.value.trim() === ""))) out.push(paragraphOf(run));
        run = [];
      };
      for (const line of lines) {
        const url = addressOf(line);
        if (url === undefined) {
          if (run.length) run.push({ type: "element", tagName: "br", properties: {}, children: [] });
          run.push(...line);
          continue;
        }
        flush();
        let host = "";
        try {
          host = new URL(url).hostname;
        } catch {
          host = "";
        }
        out.push(paragraphOf([link(url, [text(url)])]));
        if (EMBED_HOSTS.test(host)) count("embed-url");
      }
      flush();
      return out;
    });
  tree.children = walk(tree.children) as RootContent[];
}

/** The content before the more marker, and the tree without the marker. */
function takeTeaser(tree: Root): string | undefined {
  let found = false;
  const before = (nodes: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> => {
    const kept: Array<RootContent | ElementContent> = [];
    for (const node of nodes) {
      if (found) break;
      if (node.type === "element" && node.tagName === MORE) {
        found = true;
        break;
      }
      if (node.type === "element") kept.push({ ...node, children: before(node.children) as ElementContent[] });
      else kept.push(node);
    }
    return kept;
  };
  const teaser = before(tree.children);
  if (!found) return undefined;
  const remove = (nodes: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> =>
    nodes.flatMap((node): Array<RootContent | ElementContent> => {
      if (node.type !== "element") return [node];
      if (node.tagName === MORE) return [];
      const hadMarker = node.children.some((child) => child.type === "element" && child.tagName === MORE);
      node.children = remove(node.children) as ElementContent[];
      return hadMarker && node.tagName === "p" && node.children.every(isBlank) ? [] : [node];
    });
  tree.children = remove(tree.children) as RootContent[];
  return plainText(teaser as RootContent[]);
}

/** Converts one post's or page's body. */
export function convertBody(html: string, ctx: BodyContext): ConvertedBody {
  const converted: Record<string, number> = {};
  const left: Record<string, number> = {};
  const expansions: Expansion[] = [];
  const placeholder = (expansion: Expansion, tag = expansion.standsAlone ? BLOCK_PLACEHOLDER : PLACEHOLDER) =>
    `<${tag} data-index="${expansions.push(expansion) - 1}"></${tag}>`;

  let source = html.replace(/\r\n?/g, "\n");
  const shallow = flattenDeepHtml(source);
  if (shallow !== undefined) {
    source = shallow;
    bump(left, "html-nested-too-deep");
  }
  const gutenberg = source.includes("<!-- wp:");
  source = source.replace(MORE_MARKER, `<${MORE}></${MORE}>`).replace(PAGE_MARKERS, "\n\n");

  // WP-Syntax's `<pre lang>`: its text is code, not HTML.
  let lifted = "";
  let position = 0;
  for (const pre of findPreLang(source)) {
    const block = codeBlock(pre.code, pre.lang);
    lifted += source.slice(position, pre.start) + placeholder({ block: [block], inline: [block] }, BLOCK_PLACEHOLDER);
    position = pre.end;
    bump(converted, "pre-lang");
  }
  source = lifted + source.slice(position);

  source = replaceShortcodes(source, (shortcode) => {
    const expansion = expandShortcode(shortcode, ctx);
    if (expansion) {
      bump(converted, shortcode.name);
      return placeholder(expansion);
    }
    if (shortcode.name === "gallery") {
      // A gallery whose pictures are unknown: nothing to show, named in the report.
      bump(left, shortcode.name);
      return "";
    }
    if (looksLikeShortcode(shortcode)) bump(left, shortcode.name);
    return undefined;
  });

  const tree = fromHtml(source, { fragment: true });
  unknownTagsAsText(tree, source, (tagName) => tagName === PLACEHOLDER || tagName === BLOCK_PLACEHOLDER || tagName === MORE);
  if (gutenberg) {
    tree.children = convertBlocks(tree.children as ElementContent[], {
      converted: (name) => bump(converted, name),
      left: (name) => bump(left, name),
      freeform: (nodes) => {
        bump(converted, "wp:freeform");
        return autopNodes(nodes);
      },
    }) as RootContent[];
  } else {
    autop(tree);
  }
  tree.children = expandPlaceholders(tree.children, undefined, expansions) as RootContent[];
  splitDoubleBreaks(tree);
  hoistEdgeSpaces(tree);
  linkBareAddresses(tree, (name) => bump(converted, name));
  rewriteMedia(tree, { ...ctx, count: (name) => bump(converted, name) });
  const teaser = takeTeaser(tree);
  const notes = parseFootnotes(ctx.footnotes?.());
  // Footnote marks without their notes (no meta): each shows its number, and the report says so.
  if (gutenberg && !notes.length && source.includes("data-fn=")) bump(left, "wp:footnotes");
  const markdown = bodyToMarkdown(tree, notes);
  return { markdown, ...(teaser !== undefined ? { teaser } : {}), converted, left };
}

/** A comment's text (WordPress comment HTML) as the Markdown subset comments use. */
export function convertCommentText(html: string): string {
  const source = html.replace(/\r\n?/g, "\n");
  const tree = fromHtml(flattenDeepHtml(source) ?? source, { fragment: true });
  autop(tree);
  return commentToMarkdown(tree);
}
