import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import { analyzePost, type PostAnalysis } from "./lib/post-analysis";
import { contentDir } from "./lib/content-assets";

const root = contentDir();

// Front matter is declared loosely and validated by lib/frontmatter, which
// gives one clear line per problem (scripts/prepare-content runs it first).
const FRONTMATTER_FIELDS = [
  "title", "date", "lastmod", "updated", "modified", "tags", "categories", "summary", "slug",
  "draft", "status", "authors", "author", "images", "featured_image", "canonicalUrl", "aliases",
] as const;

// One analysis per document object: computed fields share it.
const analyses = new WeakMap<object, Promise<PostAnalysis>>();

function analysis(doc: Record<string, unknown> & { _raw: { sourceFilePath: string }; body: { raw: string } }) {
  let pending = analyses.get(doc);
  if (!pending) {
    const data: Record<string, unknown> = {};
    for (const field of FRONTMATTER_FIELDS) if (doc[field] !== undefined) data[field] = doc[field];
    pending = analyzePost({
      relPath: doc._raw.sourceFilePath,
      root,
      data,
      body: doc.body.raw,
      basePath: process.env.BASE_PATH || "",
    });
    analyses.set(doc, pending);
  }
  return pending;
}

export const Post = defineDocumentType(() => ({
  name: "Post",
  filePathPattern: "**/*.{md,mdx}",
  contentType: "markdown",
  fields: Object.fromEntries(FRONTMATTER_FIELDS.map((name) => [name, { type: "json" as const }])),
  computedFields: {
    meta: { type: "json", resolve: async (doc) => (await analysis(doc)).meta },
    format: { type: "string", resolve: async (doc) => (await analysis(doc)).format },
    html: { type: "string", resolve: async (doc) => (await analysis(doc)).html },
    toc: { type: "json", resolve: async (doc) => (await analysis(doc)).toc },
    excerpt: { type: "string", resolve: async (doc) => (await analysis(doc)).summary },
    readingMinutes: { type: "number", resolve: async (doc) => (await analysis(doc)).readingMinutes },
  },
}));

export default makeSource({
  contentDirPath: root,
  documentTypes: [Post],
  // Contentlayer's own Markdown pass is skipped: lib/markdown renders `.md`
  // once in a computed field, and `.mdx` renders through next-mdx-remote.
  markdown: (builder) => {
    builder.use(function skip(this: { parser: unknown; compiler: unknown }) {
      this.parser = () => ({ type: "root", children: [] });
      this.compiler = () => "";
    });
  },
  onExtraFieldData: "ignore",
  onUnknownDocuments: "skip-ignore",
  onMissingOrIncompatibleData: "fail",
  disableImportAliasWarning: true,
});
