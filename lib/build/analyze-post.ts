/**
 * Everything Quire derives from one post file at content build time: its
 * validated front matter, rendered HTML (for `.md`), table of contents,
 * summary and reading time. The content step stores the result, so no page
 * render parses Markdown again.
 */
import fs from "node:fs";
import type { BodyLabels } from "../markdown/pipeline";
import path from "node:path";
import { hasCopies, readImageInfo } from "../images/info";
import { cardVariant, RASTER_IMAGE, variantUrl } from "../images/responsive";
import readingTime from "reading-time";
import type { PostMeta } from "../frontmatter";
import { renderMarkdown } from "../markdown/render";
import { tocFromSource } from "../markdown/toc-from-source";
import { renderMdxToHtml, type MdxComponentMap } from "../markdown/mdx-html";
import { deriveSummary, plainText } from "../markdown/summary";
import { expandAdmonitions } from "../markdown/admonitions";
import type { TocEntry } from "../markdown/headings";
import { contentAssetUrl, resolveContentReference } from "../content-folders";
import { normalizeNewlines } from "./newlines";
import { contentFolderReferences, noReferences, recordReferences, type RecordedReferences } from "../markdown/references";

export type PostFormat = "md" | "mdx";

export interface PostAnalysis {
  meta: PostMeta;
  format: PostFormat;
  /** Rendered HTML: the page body of `.md` posts; for `.mdx`, feeds and search only. */
  html: string;
  toc: TocEntry[];
  summary: string;
  readingMinutes: number;
  wordCount: number;
  /**
   * Where each relative image and link of an `.mdx` body led, for its page
   * render, which has no content folder (empty for `.md`: its HTML is final).
   */
  references: RecordedReferences;
}

export interface AnalyzeInput {
  /** Path relative to the content folder, POSIX. */
  relPath: string;
  root: string;
  /** Front matter, already validated (lib/frontmatter). */
  meta: PostMeta;
  body: string;
  basePath?: string;
  /** Components `.mdx` bodies may use, for their static HTML (feeds, search). */
  mdxComponents: MdxComponentMap;
  /** Receives each build warning (a missing image, say); printed by the caller. */
  warn?: (message: string) => void;
  /** Told of each content file the render reads or looks for (see lib/markdown/post-warnings). */
  dependsOn?: (relPath: string) => void;
  /** The words the render adds to the body, in the post's language (default: English). */
  labels?: BodyLabels;
}

/** Renders one post; throws on an MDX syntax error (see lib/markdown/mdx-problems for its one-line form). */
export async function analyzePost(input: AnalyzeInput): Promise<PostAnalysis> {
  // Front matter images may be relative to the post, like the body's images;
  // a raster one is shared as a copy at most 1200 px wide (lib/images/responsive.ts).
  const meta = {
    ...input.meta,
    images: input.meta.images.map((src) => {
      const rel = resolveContentReference(src, path.join(input.root, input.relPath), input.root);
      if (!rel) return src;
      input.dependsOn?.(rel);
      const file = path.join(input.root, rel);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) input.warn?.(`${input.relPath}: front matter image not found: ${src}`);
      const info = stat?.isFile() && RASTER_IMAGE.test(rel) ? readImageInfo(file, stat) : undefined;
      return info && hasCopies(info) ? variantUrl(cardVariant(info).name) : contentAssetUrl(rel);
    }),
  };
  const format: PostFormat = input.relPath.toLowerCase().endsWith(".mdx") ? "mdx" : "md";
  const normalized = normalizeNewlines(input.body);
  const body = format === "md" ? expandAdmonitions(normalized) : normalized;
  const file = path.join(input.root, input.relPath);
  const references = noReferences();
  const fromFolder = contentFolderReferences({ root: input.root, file, basePath: input.basePath, dependsOn: input.dependsOn });
  const ctx = {
    title: meta.title,
    root: input.root,
    file,
    basePath: input.basePath,
    warn: input.warn,
    labels: input.labels,
    references: format === "mdx" ? recordReferences(fromFolder, references) : fromFolder,
  };
  const rendered =
    format === "md"
      ? await renderMarkdown(body, ctx)
      : {
          html: await renderMdxToHtml(body, ctx, input.mdxComponents),
          toc: await tocFromSource(body, meta.title),
          text: plainText(body),
          summary: deriveSummary(body),
        };
  const stats = readingTime(rendered.text);
  return {
    meta,
    format,
    html: rendered.html,
    toc: rendered.toc,
    summary: meta.summary ?? rendered.summary,
    readingMinutes: Math.max(1, Math.ceil(stats.minutes)),
    wordCount: stats.words,
    references,
  };
}
