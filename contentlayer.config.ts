import { defineDocumentType, makeSource } from "contentlayer2/source-files";
import { MANIFEST_DIR } from "./lib/content/documents";

/**
 * Contentlayer gathers what the content step (lib/content, run by
 * scripts/prepare-content.ts) wrote for each post that passed its checks: one
 * JSON document per post holding its front matter, summary and reading time,
 * never its body (bodies stay in their own files, read one page at a time).
 *
 * One `json` field rather than one field per key: Contentlayer's bookkeeping
 * costs about 0.25 ms per field per post. lib/content/documents.ts types it.
 */
export const Post = defineDocumentType(() => ({
  name: "Post",
  filePathPattern: "**/*.json",
  contentType: "data",
  fields: {
    post: { type: "json", required: true },
  },
}));

export default makeSource({
  contentDirPath: MANIFEST_DIR,
  documentTypes: [Post],
  onExtraFieldData: "ignore",
  onUnknownDocuments: "skip-ignore",
  onMissingOrIncompatibleData: "fail",
  disableImportAliasWarning: true,
});
