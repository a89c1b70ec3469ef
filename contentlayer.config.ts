/**
 * The content model: every front-matter field a post or a standalone page
 * accepts, once. Adding a field is one line here, then its uses.
 *
 * - The content step (lib/build, run by scripts/prepare-content.ts) checks
 *   every file against these definitions (lib/content-model.ts readFields):
 *   type, required, default, allowed values; lib/frontmatter.ts adds the
 *   rules that are more than a type (slug, language, seriesOrder).
 * - Quire's types derive from them: PostMeta (lib/frontmatter.ts), the post
 *   records (lib/data/collection.ts), StandalonePage (lib/data/page-files.ts).
 * - The definitions are Contentlayer's own (`defineDocumentType`), so the
 *   default export below is a working Contentlayer source: `contentlayer2
 *   build` reads the posts with them. The build does not run it: the content
 *   step writes the index the server reads (lib/data/documents.ts) itself,
 *   without Contentlayer's seconds of start-up.
 *
 * Field types as Quire reads them: `string` is trimmed, a blank one counts as
 * absent (in a post, a number is taken as its text); `date` is a YAML date or ISO 8601
 * text, with its written calendar day kept (lib/web/dates.ts); `list` is a
 * YAML list or one comma-separated string; `boolean` is true/false or the
 * strings "true"/"false". Any other front matter is kept in the file and
 * ignored (WordPress exports carry wp_id, source_url, ...).
 */
// contentlayer2/source-files' schema entry: its definitions, without the runtime behind makeSource.
import { defineDocumentType } from "contentlayer2/source-files/schema";
import type { FieldDefs } from "./lib/content-model";
import { site } from "./site.config";

export const postFields = {
  title: { type: "string", required: true, description: "The post's title: its page's only <h1>, and its name in lists and feeds." },
  date: {
    type: "date",
    required: true,
    description: '"2014-08-01", an unquoted YAML date, or ISO 8601 with a time and offset. The calendar day shown is the one written.',
  },
  lastmod: { type: "date", description: "The day of the last update (og:modified_time, JSON-LD dateModified, the sitemap)." },
  tags: { type: "list", of: { type: "string" }, default: [], description: "Tags: a list, or one comma-separated string." },
  categories: { type: "list", of: { type: "string" }, default: [], description: "Categories: a list, or one comma-separated string." },
  authors: { type: "list", of: { type: "string" }, default: [], description: "Author ids or names (site.config.ts authors); none: the site's author." },
  images: { type: "list", of: { type: "string" }, default: [], description: "Images to share (og:image, JSON-LD, feeds), relative to the post or absolute." },
  aliases: { type: "list", of: { type: "string" }, default: [], description: "Old paths that redirect permanently to the post." },
  summary: { type: "string", description: "The summary in lists, feeds and meta description; none: the first paragraph as plain text." },
  slug: {
    type: "string",
    description: "The URL segment; none: the file name without extension, language suffix and leading YYYY-MM-DD-.",
  },
  guid: { type: "string", description: "Its id in feeds before a move (an imported WordPress <guid>): RSS guid, Atom id, JSON Feed id." },
  canonicalUrl: { type: "string", description: "The original of a cross-posted article: canonical link, og:url and JSON-LD url." },
  status: { type: "string", description: "WordPress export status: anything but `publish` means not published." },
  draft: { type: "boolean", default: false, description: "true: not published (`npm run dev` shows it, marked)." },
  featured: { type: "boolean", default: false, description: "true: listed apart on the home page." },
  comments: {
    type: "boolean",
    default: true,
    description: "false: no comment form and no stored comments under this post when the site takes comments (imported ones still show).",
  },
  series: { type: "string", description: "The series this post is a part of (/series/<name>)." },
  seriesOrder: { type: "number", description: "The post's place in its series: a whole number; needs `series`." },
  lang: {
    type: "enum",
    options: site.languages.map((language) => language.code),
    description: "Its language; none: the file's `.<code>.md` suffix, else the site's default language.",
  },
  translationKey: { type: "string", description: "Posts sharing it (or a base name in one folder) are translations of each other." },
} as const satisfies FieldDefs;

/** Other spellings of post fields, from WordPress and other generators' exports: `author: Ann` is `authors: [Ann]`. */
export const postAliases = {
  author: "authors",
  featured_image: "images",
  updated: "lastmod",
  modified: "lastmod",
} as const satisfies Record<string, keyof typeof postFields>;

/** A standalone page (content/pages/<name>.md -> /<name>): no date, in no list or feed. */
export const pageFields = {
  title: { type: "string", required: true, description: "The page's title and <h1>." },
  description: { type: "string", description: "Its meta description; none: the site's." },
  aliases: { type: "list", of: { type: "string" }, default: [], description: "Old paths that redirect permanently to the page (`/?page_id=9`)." },
  draft: { type: "boolean", default: false, description: "true: not published (an imported draft or private page)." },
  status: { type: "string", description: "WordPress export status: anything but `publish` means not published." },
} as const satisfies FieldDefs;

export const Post = defineDocumentType(() => ({
  name: "Post",
  // `.mdx` posts have the same fields; only the content step renders them.
  description: "A post: a .md or .mdx file under CONTENT_DIR.",
  filePathPattern: "**/*.md",
  contentType: "markdown",
  fields: postFields,
}));

export const Page = defineDocumentType(() => ({
  name: "Page",
  description: "A standalone page: a .md file in PAGES_DIR.",
  filePathPattern: "*.md",
  contentType: "markdown",
  fields: pageFields,
}));

/**
 * Contentlayer's source, for its own tools (`contentlayer2 build`): the `.md`
 * posts of the posts folder (pages live in another folder, PAGES_DIR).
 * Loaded only when called, so that reading the model costs no Contentlayer
 * start-up (1.3 s) and bundles none of it.
 */
export default async function contentlayerSource(sourceKey?: string) {
  const [{ makeSource }, { contentDir }] = await Promise.all([
    import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "contentlayer2/source-files"),
    import("./lib/content-folders"),
  ]);
  return makeSource({
    contentDirPath: contentDir(),
    documentTypes: [Post],
    onExtraFieldData: "ignore",
    onUnknownDocuments: "skip-ignore",
    disableImportAliasWarning: true,
  })(sourceKey);
}
