/**
 * A comment's text: a small Markdown subset rendered to HTML that is safe
 * whoever wrote it. Paragraphs, emphasis, strong, links, inline code, code
 * blocks, blockquotes and lists; raw HTML is never parsed as HTML (remark
 * keeps it out of the tree), images are dropped, anything else Markdown
 * makes (headings, tables...) keeps only its text. rehype-sanitize keeps
 * the allowed elements and attributes and only http, https and mailto links
 * (`javascript:`, `data:`, `vbscript:` lose their href, and a link without
 * one is its text); every link gets rel="ugc nofollow noopener".
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import type { Element, ElementContent, Root } from "hast";
import { escapeUTF8 } from "entities";
import { nestingDepth } from "../markdown/nesting";

/** What a comment's HTML may hold. */
export const COMMENT_SCHEMA: SanitizeSchema = {
  tagNames: ["p", "br", "em", "strong", "a", "code", "pre", "blockquote", "ul", "ol", "li"],
  attributes: { a: ["href"], ol: ["start"] },
  protocols: { href: ["http", "https", "mailto"] },
  // Gone with their content: an image's alt text says nothing out of place, a footnote section repeats.
  strip: ["img", "section", "sup", "input"],
  required: {},
  clobber: [],
  ancestors: { li: ["ol", "ul"] },
};

/** The rel every link in a comment carries: user content, not vouched for, no opener. */
export const COMMENT_LINK_REL = "ugc nofollow noopener";

/** Links keep their href with COMMENT_LINK_REL; a link whose href was dropped becomes its text. */
function rehypeCommentLinks() {
  const visit = (node: Root | Element) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type !== "element") return [child as ElementContent];
      visit(child);
      if (child.tagName !== "a") return [child];
      if (typeof child.properties.href !== "string") return child.children;
      child.properties = { href: child.properties.href, rel: COMMENT_LINK_REL.split(" ") };
      return [child];
    });
  };
  return (tree: Root) => visit(tree);
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, COMMENT_SCHEMA)
  .use(rehypeCommentLinks)
  .use(rehypeStringify);

/** Deeper than this (quotes in lists in quotes...), a comment is shown as its plain text: no stage recurses that far. */
export const MAX_COMMENT_NESTING = 20;

/** A comment's Markdown as safe HTML. */
export function renderCommentText(text: string): string {
  const tree = processor.parse(text);
  if (nestingDepth(tree, MAX_COMMENT_NESTING) > MAX_COMMENT_NESTING) {
    return text
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim())
      .map((paragraph) => `<p>${escapeUTF8(paragraph.trim())}</p>`)
      .join("\n");
  }
  return processor.stringify(processor.runSync(tree)).trim();
}
