/**
 * Turns the post index (lib/data/documents.ts) into the site's post
 * collection: visible posts only, newest first, one post per slug, with
 * previous/next computed once.
 */
import { isPublished, type PostMeta } from "../frontmatter";
import { taxonomySlug } from "../web/slugs";
import type { ManifestEntry, PostBody } from "./documents";
import type { PostFormat } from "../build/analyze-post";
import type { TaxonomyKind } from "../web/urls";
import type { RelatedPost } from "./related";
import { buildSeries, type Series } from "./series";
import { groupTranslations, publishedTranslations, type Translation } from "../i18n/translations";

/** One post of the index, as lib/data/store reads it. */
export interface PostDocument {
  post: ManifestEntry;
}

/** What list pages need: no body. */
export interface PostSummary extends Pick<PostMeta, "slug" | "title" | "tags" | "categories"> {
  day: string;
  instant: string;
  /** The front matter's summary, else one derived from the body. */
  summary: string;
  readingMinutes: number;
  /** Last update day (YYYY-MM-DD), when the post says. */
  lastmod?: string;
  /** True for drafts and scheduled posts, which only `npm run dev` shows. */
  unpublished: boolean;
  /** Marked `featured: true`: the home page lists it apart. */
  featured?: true;
}

/**
 * The front-matter fields a record holds in another form (its day and
 * instant, `unpublished`, its Series) or not at all; it holds every other
 * field of the content model (contentlayer.config.ts) as read.
 */
const RESHAPED_FIELDS = ["date", "lastmod", "draft", "status", "featured", "series", "seriesOrder", "summary", "comments"] as const;
type RecordMeta = Omit<PostMeta, (typeof RESHAPED_FIELDS)[number]>;

/** A post without its body: what the collection holds for every post. */
export interface PostRecord extends PostSummary, Omit<RecordMeta, keyof PostSummary> {
  sourcePath: string;
  /** Its published translations in other languages, when it has any (lib/i18n/translations.ts). */
  translations?: Translation[];
  format: PostFormat;
  /** Its generated social card's key, for posts without images (lib/cards/plan.ts). */
  card?: string;
  previous?: PostSummary;
  next?: PostSummary;
  /** Up to three posts sharing the most tags and categories (lib/data/related.ts). */
  related?: RelatedPost[];
  /** The series this post is a part of, with every part in order (lib/data/series.ts). */
  series?: Series;
  /** Its front matter says `comments: false`: no form and no stored comments under it. */
  commentsOff?: true;
}

/** A post with its body (HTML, table of contents, MDX source), for its page and feed entries. */
export type Post = PostRecord & PostBody;

export interface TaxonomyTerm {
  slug: string;
  name: string;
  count: number;
}

export interface Collection {
  posts: PostSummary[];
  bySlug: Map<string, PostRecord>;
  tags: Map<string, { term: TaxonomyTerm; posts: PostSummary[] }>;
  categories: Map<string, { term: TaxonomyTerm; posts: PostSummary[] }>;
  series: Map<string, Series>;
}

export interface CollectionOptions {
  now?: Date;
  /** Show drafts and scheduled posts (development only). */
  includeUnpublished?: boolean;
  /** Only the posts in this language (a code); default: every post. */
  language?: string;
  /** Language codes in the site's order, for each post's list of translations. */
  languages?: readonly string[];
}

export function buildCollection(docs: readonly PostDocument[], options: CollectionOptions = {}): Collection {
  const now = options.now ?? new Date();
  const metaOf = new Map<PostRecord, PostDocument["post"]["meta"]>();
  // Translations are found among every language's posts, before one is chosen.
  const translations = groupTranslations(
    docs.map((doc) => ({ relPath: doc.post.relPath, meta: doc.post.meta })),
    now,
  );
  const candidates = docs
    .filter((doc) => options.language === undefined || doc.post.meta.lang === options.language)
    .map((doc) => {
      const post = toPost(doc, !isPublished(doc.post.meta, now));
      const others = publishedTranslations({ relPath: doc.post.relPath, meta: doc.post.meta }, translations, options.languages, now);
      if (others.length > 0) post.translations = others;
      metaOf.set(post, doc.post.meta);
      return post;
    })
    .filter((post) => options.includeUnpublished || !post.unpublished)
    // Published first so a published post wins its slug over drafts.
    .sort((a, b) => Number(a.unpublished) - Number(b.unpublished));

  const bySlug = new Map<string, PostRecord>();
  for (const post of candidates) if (!bySlug.has(post.slug)) bySlug.set(post.slug, post);

  const posts = [...bySlug.values()].sort(newestFirst);
  posts.forEach((post, i) => {
    post.next = posts[i - 1] && summarize(posts[i - 1]);
    post.previous = posts[i + 1] && summarize(posts[i + 1]);
  });
  const summaries = posts.map(summarize);
  const series = buildSeries(
    posts.map((post) => ({ ...post, series: metaOf.get(post)!.series, seriesOrder: metaOf.get(post)!.seriesOrder })),
  );
  for (const post of posts) {
    const name = metaOf.get(post)!.series;
    if (name) post.series = series.get(taxonomySlug(name));
  }
  return {
    posts: summaries,
    bySlug,
    tags: groupBy(summaries, "tags"),
    categories: groupBy(summaries, "categories"),
    series,
  };
}

function newestFirst(a: PostSummary, b: PostSummary): number {
  return b.instant.localeCompare(a.instant) || a.title.localeCompare(b.title);
}

function toPost(doc: PostDocument, unpublished: boolean): PostRecord {
  const { meta, format } = doc.post;
  const fields: Partial<PostMeta> = { ...meta };
  for (const name of RESHAPED_FIELDS) delete fields[name];
  return {
    ...(fields as RecordMeta),
    day: meta.date.day,
    instant: meta.date.instant,
    summary: doc.post.summary,
    readingMinutes: doc.post.readingMinutes,
    unpublished,
    ...(meta.featured ? { featured: true as const } : {}),
    ...(meta.comments === false ? { commentsOff: true as const } : {}),
    sourcePath: doc.post.relPath,
    format,
    lastmod: meta.lastmod?.day,
    card: doc.post.card,
  };
}

export function summarize(post: PostSummary): PostSummary {
  const { slug, title, day, instant, summary, tags, categories, readingMinutes, lastmod, unpublished, featured } = post;
  return { slug, title, day, instant, summary, tags, categories, readingMinutes, lastmod, unpublished, ...(featured ? { featured } : {}) };
}

function groupBy(posts: PostSummary[], kind: TaxonomyKind) {
  type Group = { term: TaxonomyTerm; posts: PostSummary[]; names: Map<string, number> };
  const groups = new Map<string, Group>();
  for (const post of posts) {
    for (const name of new Set(post[kind])) {
      const slug = taxonomySlug(name);
      if (!slug) continue;
      const group: Group = groups.get(slug) ?? { term: { slug, name, count: 0 }, posts: [], names: new Map() };
      if (group.posts.at(-1) !== post) {
        group.posts.push(post);
        group.term.count += 1;
      }
      group.names.set(name, (group.names.get(name) ?? 0) + 1);
      groups.set(slug, group);
    }
  }
  const result = new Map<string, { term: TaxonomyTerm; posts: PostSummary[] }>();
  for (const [slug, group] of groups) {
    // Show the spelling most posts use.
    const name = [...group.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    result.set(slug, { term: { ...group.term, name }, posts: group.posts });
  }
  return result;
}
