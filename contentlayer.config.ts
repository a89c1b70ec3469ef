import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import { MANIFEST_DIR, MANIFEST_NAME } from "./lib/data/documents";

/**
 * Contentlayer gathers what the content step (lib/content, run by
 * scripts/prepare-content.ts) wrote for the posts that passed its checks: one
 * JSON document listing every post's front matter, summary and reading time,
 * never a body (bodies stay in their own files, read one page at a time).
 *
 * One document with one `json` field: Contentlayer rewrites each document's
 * files on every run and costs about 0.25 ms per field per document, so one
 * document per post made a one-line edit cost 15 s at 2000 posts.
 * lib/data/documents.ts types it.
 */
export const Posts = defineDocumentType(() => ({
  name: "Posts",
  filePathPattern: MANIFEST_NAME,
  contentType: "data",
  isSingleton: true,
  fields: {
    posts: { type: "json", required: true },
  },
}));

export default makeSource({
  contentDirPath: MANIFEST_DIR,
  documentTypes: [Posts],
  onExtraFieldData: "ignore",
  onUnknownDocuments: "skip-ignore",
  onMissingOrIncompatibleData: "fail",
  disableImportAliasWarning: true,
});
