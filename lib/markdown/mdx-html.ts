import { evaluate } from "@mdx-js/mdx";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import type { ComponentType } from "react";
import { limitSourceNesting, remarkLimitNesting } from "./nesting";
import { remarkPlugins, rehypePlugins, remarkRehypeOptions, type PostContext } from "./pipeline";

/** The MDX components a static render may use; the caller passes the site's map (lib never imports components/). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX components take any props
export type MdxComponentMap = Record<string, ComponentType<any>>;

/**
 * An `.mdx` body as static HTML, for feeds and the search index. Pages render
 * MDX through next-mdx-remote instead; this is the same pipeline and components.
 */
export async function renderMdxToHtml(body: string, ctx: PostContext, components: MdxComponentMap): Promise<string> {
  limitSourceNesting(body);
  const { default: Content } = await evaluate(body, {
    ...runtime,
    // Before anything recursive walks the tree (lib/markdown/nesting).
    remarkPlugins: [remarkLimitNesting, ...remarkPlugins(ctx)],
    rehypePlugins: rehypePlugins(ctx),
    remarkRehypeOptions: remarkRehypeOptions(ctx),
  });
  const html = renderToStaticMarkup(createElement(Content, { components }));
  // React adds preload hints for images; a feed entry has no <head> to put them in.
  return html.replace(/<link rel="preload" as="image"[^>]*>/g, "");
}
