import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSlug from "rehype-slug";
import { VFile } from "vfile";
import { remarkTitleHeading, type TocEntry } from "./headings";
import { rehypeCollectToc } from "./toc";

/**
 * The table of contents of an `.mdx` body without compiling it: the same
 * heading rules and ids as the rendered page (rehype-slug over the same text).
 */
export async function tocFromSource(body: string, title: string): Promise<TocEntry[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkTitleHeading, { title })
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeCollectToc);
  const file = new VFile(body);
  await processor.run(processor.parse(file), file);
  return (file.data.toc as TocEntry[] | undefined) ?? [];
}
