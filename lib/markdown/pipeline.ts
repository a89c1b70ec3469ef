/**
 * The one remark/rehype pipeline, shared by `.md` posts (rendered to HTML at
 * content build time) and `.mdx` posts (compiled by next-mdx-remote).
 */
import type { PluggableList } from "unified";
import remarkGfm from "remark-gfm";
import rehypeSlug from "rehype-slug";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypePrettyCode, { type Options as PrettyCodeOptions } from "rehype-pretty-code";
import { remarkTitleHeading } from "./headings";
import { rehypeContentImages } from "./images";
import { rehypeContentLinks } from "./links";
import { rehypeInsecureImageWarnings } from "./insecure-images";
import { rehypeDropEmptyParagraphs } from "./empty-paragraphs";
import { rehypeCollectToc } from "./toc";
import { createHighlighter } from "shiki";
import { CODE_THEMES, loadCodeTheme } from "./code-themes";
import { rehypeCodeToolbar } from "./code-blocks";
import { rehypeNameImageLinks } from "./image-links";
import { rehypeLabelTaskItems } from "./task-lists";
import type { WarningOptions } from "./post-warnings";
import { contentFolderReferences, type ContentReferences } from "./references";

/** How one post renders: its title, where its warnings go, where its relative images and links lead. */
export interface PostContext extends WarningOptions {
  title: string;
  basePath?: string;
  /**
   * Answers relative images and links. Without it, the content folder at
   * `root` does (the content step); a page render passes the references the
   * content step recorded, and reads no file.
   */
  references?: ContentReferences;
  /** Told of every content file the render looks for (see lib/build/step). */
  dependsOn?: (relPath: string) => void;
  /** The words the render adds to a body, in the post's language (default: English). */
  labels?: BodyLabels;
}

/** What a body shows besides the author's text: the code blocks' copy button, GFM's footnotes section. */
export interface BodyLabels {
  copyCode: string;
  copy: string;
  copied: string;
  footnotes: string;
  /** `{n}` is the reference's number. */
  backToReference: string;
}

export const ENGLISH_BODY_LABELS: BodyLabels = {
  copyCode: "Copy code",
  copy: "Copy",
  copied: "Copied",
  footnotes: "Footnotes",
  backToReference: "Back to reference {n}",
};

/** remark-rehype's options for a post: raw HTML kept, the footnotes section in the post's language. */
export function remarkRehypeOptions(ctx: PostContext) {
  const labels = ctx.labels ?? ENGLISH_BODY_LABELS;
  return {
    allowDangerousHtml: true,
    footnoteLabel: labels.footnotes,
    footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
      labels.backToReference.replace("{n}", `${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ""}`),
  };
}

function referencesOf(ctx: PostContext): ContentReferences {
  if (ctx.references) return ctx.references;
  if (ctx.root === undefined) throw new Error(`${ctx.file}: rendering needs a content folder or recorded references`);
  return contentFolderReferences({ root: ctx.root, file: ctx.file, basePath: ctx.basePath, dependsOn: ctx.dependsOn });
}

const prettyCode: PrettyCodeOptions = {
  theme: { light: CODE_THEMES.light.theme, dark: CODE_THEMES.dark.theme },
  // Every block carries its themes' foreground and background as variables
  // (--shiki-light, --shiki-light-bg, ...), so unhighlighted text has a colour
  // too and the CSS needs no copy of either.
  keepBackground: true,
  defaultLang: { block: "plaintext", inline: "plaintext" },
  bypassInlineCode: true,
  // Shiki stops tokenizing a line after 500 ms and leaves the rest uncoloured;
  // a busy build machine compiling a grammar hits that, so colours depended on
  // load. A build can take the time.
  transformers: [
    {
      name: "quire:no-tokenize-time-limit",
      preprocess(_code, options) {
        options.tokenizeTimeLimit = 0;
      },
    },
  ],
  // The themes as lib/markdown/code-themes adjusts them, under their own names.
  getHighlighter: async (options) =>
    createHighlighter({ ...options, themes: await Promise.all([loadCodeTheme("light"), loadCodeTheme("dark")]) }),
};

export function remarkPlugins(ctx: PostContext): PluggableList {
  return [remarkGfm, [remarkTitleHeading, { title: ctx.title }]];
}

export function rehypePlugins(ctx: PostContext): PluggableList {
  const references = { ...ctx, references: referencesOf(ctx) };
  return [
    [rehypeContentImages, references],
    [rehypeContentLinks, references],
    [rehypeInsecureImageWarnings, ctx],
    rehypeDropEmptyParagraphs,
    rehypeNameImageLinks,
    rehypeLabelTaskItems,
    rehypeSlug,
    rehypeCollectToc,
    [
      rehypeAutolinkHeadings,
      {
        behavior: "append",
        properties: { className: ["heading-anchor"], ariaHidden: "true", tabIndex: -1 },
        content: { type: "text", value: "#" },
      },
    ],
    [rehypePrettyCode, prettyCode],
    [rehypeCodeToolbar, ctx.labels ?? ENGLISH_BODY_LABELS],
  ];
}
