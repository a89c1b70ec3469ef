import type { Element, ElementContent, RootContent } from "hast";
import { visit } from "unist-util-visit";
import { linkBareAddresses } from "./addresses";
import { autop, autopNodes } from "./autop";
import { convertBlocks } from "./blocks";
import { codeBlock, findPreLang, labelCodeLanguages } from "./code";
import { parseShallow } from "./depth";
import { parseFootnotes } from "./footnotes";
import { bodyToMarkdown, commentToMarkdown } from "./markdown";
import { rewriteMedia } from "./media";
import { BLOCK_PLACEHOLDER, expandPlaceholders, PLACEHOLDER, placeholderFor } from "./placeholders";
import { expandShortcode, type Expansion } from "./shortcode-rules";
import { looksLikeShortcode, replaceShortcodes } from "./shortcodes";
import { markMore, MORE, takeTeaser } from "./teaser";
import { followHeadingAnchors, hoistEdgeSpaces, splitDoubleBreaks, unknownTagsAsText } from "./tidy";

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
  /** Unknown shortcodes and blocks left as text, by name, with counts; also what could not come
   *  along at all ("<script> (removed)", "html-nested-too-deep"). */
  left: Record<string, number>;
}

function bump(counts: Record<string, number>, name: string): void {
  counts[name] = (counts[name] ?? 0) + 1;
}

/** Converts one post's or page's body. */
export function convertBody(html: string, ctx: BodyContext): ConvertedBody {
  const converted: Record<string, number> = {};
  const left: Record<string, number> = {};
  const expansions: Expansion[] = [];
  const placeholder = (expansion: Expansion, block?: boolean) => placeholderFor(expansions, expansion, block);

  let source = html.replace(/\r\n?/g, "\n");

  // WP-Syntax's `<pre lang>`: its text is code, not HTML.
  let lifted = "";
  let position = 0;
  for (const pre of findPreLang(source)) {
    const block = codeBlock(pre.code, pre.lang);
    lifted += source.slice(position, pre.start) + placeholder({ block: [block], inline: [block] }, true);
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

  source = markMore(source);
  // A block-editor post has block comments outside its code (a post about blocks may show some in code).
  const gutenberg = source.includes("<!-- wp:");
  const parsed = parseShallow(source, () => bump(left, "html-nested-too-deep"));
  const tree = parsed.tree;
  unknownTagsAsText(tree, parsed.source, (tagName) => tagName === PLACEHOLDER || tagName === BLOCK_PLACEHOLDER || tagName === MORE);
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
  labelCodeLanguages(tree);
  splitDoubleBreaks(tree);
  hoistEdgeSpaces(tree);
  followHeadingAnchors(tree);
  linkBareAddresses(tree, (name) => bump(converted, name));
  rewriteMedia(tree, { ...ctx, count: (name) => bump(converted, name) });
  // A script (a live demo, a widget) cannot come along into Markdown: the report names what went.
  visit(tree, "element", (node: Element) => {
    if (node.tagName === "script") bump(left, "<script> (removed)");
  });
  const teaser = takeTeaser(tree);
  const notes = parseFootnotes(ctx.footnotes?.());
  // Footnote marks without their notes (no meta): each shows its number, and the report says so.
  if (gutenberg && !notes.length && source.includes("data-fn=")) bump(left, "wp:footnotes");
  const markdown = bodyToMarkdown(tree, notes);
  return { markdown, ...(teaser !== undefined ? { teaser } : {}), converted, left };
}

/** A comment's text (WordPress comment HTML) as the Markdown subset comments use. */
export function convertCommentText(html: string): string {
  const { tree } = parseShallow(html.replace(/\r\n?/g, "\n"), () => {});
  autop(tree);
  return commentToMarkdown(tree);
}
