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
import { rehypeContentImages, type ImageOptions } from "./images";
import { rehypeContentLinks } from "./links";
import { rehypeInsecureImageWarnings } from "./insecure-images";
import { rehypeDropEmptyParagraphs } from "./empty-paragraphs";
import { rehypeCollectToc } from "./toc";

export interface PostContext extends ImageOptions {
  title: string;
}

const prettyCode: PrettyCodeOptions = {
  theme: { light: "github-light", dark: "github-dark" },
  keepBackground: false,
  defaultLang: { block: "plaintext", inline: "plaintext" },
  bypassInlineCode: true,
};

export function remarkPlugins(ctx: PostContext): PluggableList {
  return [remarkGfm, [remarkTitleHeading, { title: ctx.title }]];
}

export function rehypePlugins(ctx: PostContext): PluggableList {
  return [
    [rehypeContentImages, ctx],
    [rehypeContentLinks, ctx],
    [rehypeInsecureImageWarnings, ctx],
    rehypeDropEmptyParagraphs,
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
  ];
}
