import type { Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import { plainTextOf, summaryOf } from "./summary";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { rehypeRawWhenNeeded, rehypeUnknownTagsAsText } from "./raw-html";
import { remarkPlugins, rehypePlugins, remarkRehypeOptions, type PostContext } from "./pipeline";
import type { TocEntry } from "./headings";
import { limitSourceNesting, remarkLimitNesting } from "./nesting";

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
  /** Plain text, for reading time. */
  text: string;
  /** Derived from the first paragraph. */
  summary: string;
}

/** Takes plain text and summary from the tree as parsed, before any plugin changes it. */
function remarkCaptureText() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    file.data.text = plainTextOf(tree);
    file.data.summary = summaryOf(tree);
  };
}

/**
 * Renders a `.md` body (CommonMark + GFM, raw HTML kept) to HTML. Never parsed
 * as MDX, so WordPress-era `<!-- -->`, `a < b` and `{braces}` stay as written.
 */
export async function renderMarkdown(body: string, ctx: PostContext): Promise<RenderedMarkdown> {
  limitSourceNesting(body);
  const processor = unified()
    .use(remarkParse)
    // Before anything recursive walks the tree (lib/markdown/nesting).
    .use(remarkLimitNesting)
    // Parser extensions (remark-gfm, in remarkPlugins) apply however late they
    // are added; this transformer still runs first, on the untouched tree.
    .use(remarkCaptureText)
    .use(remarkPlugins(ctx))
    .use(remarkRehype, remarkRehypeOptions(ctx))
    .use(rehypeUnknownTagsAsText)
    .use(rehypeRawWhenNeeded)
    .use(rehypePlugins(ctx))
    .use(rehypeStringify);
  // Parsed, transformed and written in three calls rather than `process`:
  // an error while writing the HTML then rejects this function's promise
  // instead of escaping from unified's callback as an unhandled rejection.
  const file = new VFile(body);
  const tree = await processor.run(processor.parse(file), file);
  const html = processor.stringify(tree, file);
  return {
    html,
    toc: (file.data.toc as TocEntry[] | undefined) ?? [],
    text: String(file.data.text ?? ""),
    summary: String(file.data.summary ?? ""),
  };
}
