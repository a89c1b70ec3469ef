import { evaluate } from "@mdx-js/mdx";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { staticMdxComponents } from "../../components/mdx/static-components";
import { remarkPlugins, rehypePlugins, type PostContext } from "./pipeline";

/**
 * An `.mdx` body as static HTML, for feeds and the search index. Pages render
 * MDX through next-mdx-remote instead; this is the same pipeline and components.
 */
export async function renderMdxToHtml(body: string, ctx: PostContext): Promise<string> {
  const { default: Content } = await evaluate(body, {
    ...runtime,
    remarkPlugins: remarkPlugins(ctx),
    rehypePlugins: rehypePlugins(ctx),
  });
  const html = renderToStaticMarkup(createElement(Content, { components: staticMdxComponents }));
  // React adds preload hints for images; a feed entry has no <head> to put them in.
  return html.replace(/<link rel="preload" as="image"[^>]*>/g, "");
}
