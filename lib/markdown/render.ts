import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeRaw from "rehype-raw";
import rehypeStringify from "rehype-stringify";
import { rehypeUnknownTagsAsText } from "./raw-html";
import { remarkPlugins, rehypePlugins, type PostContext } from "./pipeline";
import type { TocEntry } from "./headings";

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
}

/**
 * Renders a `.md` body (CommonMark + GFM, raw HTML kept) to HTML. Never parsed
 * as MDX, so WordPress-era `<!-- -->`, `a < b` and `{braces}` stay as written.
 */
export async function renderMarkdown(body: string, ctx: PostContext): Promise<RenderedMarkdown> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkPlugins(ctx))
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeUnknownTagsAsText)
    .use(rehypeRaw)
    .use(rehypePlugins(ctx))
    .use(rehypeStringify)
    .process(body);
  return { html: String(file), toc: (file.data.toc as TocEntry[] | undefined) ?? [] };
}
