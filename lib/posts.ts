/**
 * The data-access module: routes ask here for posts, never the file system.
 * Production builds see published posts only; `npm run dev` sees drafts and
 * scheduled posts too, marked as such.
 */
import { buildCollection, type Collection, type Post, type PostRecord, type PostSummary, type TaxonomyTerm } from "./collection";
import {
  readLatestPosts,
  readPageIndex,
  readPostBody,
  readPostBodyIfPresent,
  readPostDocuments,
  readPostProblems,
  readPostRecord,
  readStandalonePage,
} from "./content-store";
import type { StandalonePage } from "./content/page-files";
import { LATEST_COUNT } from "./content/records";
import { groupByYear, type ArchiveYear } from "./archive";
import { relatedPosts } from "./related";
import { resolveAuthors } from "./authors";
import type { Series } from "./series";
import { paginate, pageCount, type Page } from "./pagination";
import type { TaxonomyKind } from "./urls";
import { site } from "@/site.config";

export type { Post, PostRecord, PostSummary, TaxonomyTerm };

const development = process.env.NODE_ENV === "development";

let built: { docs: unknown; collection: Collection } | undefined;

/** The collection, rebuilt only when the documents change (in development). */
function current() {
  const docs = readPostDocuments();
  if (built?.docs !== docs) {
    built = { docs, collection: buildCollection(docs, {
        includeUnpublished: development,
        // Posts in other languages wait for their routes (/<lang>/...).
        language: site.language,
        languages: site.languages.map((l) => l.code),
      }),
    };
  }
  return built;
}

/** The posts of the author with profile `id`, newest first (a post naming nobody is the site author's). */
export function getAuthorPosts(id: string): PostSummary[] {
  const { collection } = current();
  return collection.posts.filter((post) =>
    resolveAuthors(collection.bySlug.get(post.slug)!.authors, site).some((author) => author.id === id),
  );
}

/** The ids of the authors with at least one post, for static params and the sitemap. */
export function getAuthorIds(): string[] {
  return Object.keys(site.authors).filter((id) => getAuthorPosts(id).length > 0);
}

/** The names of the standalone pages (content/pages), for static params and the sitemap. */
export function getStandalonePageNames(): string[] {
  return readPageIndex().map((page) => page.name);
}

/** One standalone page by name. */
export function getStandalonePage(name: string): StandalonePage | undefined {
  return readStandalonePage(name);
}

/** Every series, for static params and the sitemap. */
export function getAllSeries(): Series[] {
  const { collection } = current();
  return [...collection.series.values()];
}

/** One series by its URL slug. */
export function getSeries(slug: string): Series | undefined {
  const { collection } = current();
  return collection.series.get(slug.normalize("NFC"));
}

/** Every post by year, newest first, for the archive page. */
export function getArchive(): ArchiveYear[] {
  return groupByYear(getPosts());
}

/** The posts marked `featured: true`, newest first. */
export function getFeaturedPosts(): PostSummary[] {
  return getPosts().filter((post) => post.featured);
}

export function getPosts(): PostSummary[] {
  const { collection } = current();
  return collection.posts;
}

/**
 * The post pages a build renders ahead of time: every post, or the newest
 * `site.prerender` of them (the others render on first request). Under `npm
 * run dev`, the broken posts too, which show their problems.
 */
export function getPrerenderedPostSlugs(): string[] {
  const posts = getPosts();
  const slugs = (site.prerender === "all" ? posts : posts.slice(0, site.prerender)).map((post) => post.slug);
  if (!development) return slugs;
  return [...new Set([...slugs, ...shownProblems().map((p) => p.slug)])];
}

/** Broken posts in the language the site shows (a broken `x.fr.md` must not take over `/blog/x`). */
function shownProblems() {
  return readPostProblems().filter((p) => (p.lang ?? site.language) === site.language);
}

/** Content problems of the post at `slug`, one line each (`npm run dev` only; a build stops on them). */
export function getPostProblems(slug: string): string[] {
  if (!development) return [];
  const wanted = slug.normalize("NFC");
  return shownProblems()
    .filter((p) => p.slug === wanted)
    .flatMap((p) => p.lines);
}

/**
 * A post with its body, read from the post's own file. Under `npm run dev`
 * a post whose body the content step has just removed (the post broke or
 * went away, and Contentlayer has not rewritten the index yet) is no post:
 * its page shows its problems or the 404 page, not an error.
 */
function withBody(record: PostRecord): Post | undefined {
  if (!development) return { ...record, ...readPostBody(record.sourcePath) };
  const body = readPostBodyIfPresent(record.sourcePath);
  return body && { ...record, ...body };
}

export function getPost(slug: string): Post | undefined {
  const record = getPostRecord(slug);
  return record && withBody(record);
}

/**
 * A post without its body: enough for metadata, social cards and links. A
 * production server reads the post's own record (lib/content/records.ts), not
 * the whole manifest; `npm run dev` asks the collection, which has drafts.
 */
export function getPostRecord(slug: string): PostRecord | undefined {
  if (!development) return readPostRecord(slug);
  const { collection } = current();
  const record = collection.bySlug.get(slug.normalize("NFC"));
  return record && { ...record, related: relatedPosts(record, collection) };
}

/** The newest posts, for the 404 page: from a small file of their own in production. */
export function getLatestPosts(): PostSummary[] {
  return (development ? getPosts() : readLatestPosts()).slice(0, LATEST_COUNT);
}

export function getBlogPage(page: number): Page<PostSummary> | undefined {
  const { collection } = current();
  return paginate(collection.posts, page, site.postsPerPage);
}

export function blogPageCount(): number {
  const { collection } = current();
  return pageCount(collection.posts.length, site.postsPerPage);
}

export function getTerms(kind: TaxonomyKind): TaxonomyTerm[] {
  const { collection } = current();
  return [...collection[kind].values()]
    .map((group) => group.term)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function getTerm(kind: TaxonomyKind, slug: string): TaxonomyTerm | undefined {
  const { collection } = current();
  return collection[kind].get(slug.normalize("NFC"))?.term;
}

export function getTermPage(kind: TaxonomyKind, slug: string, page: number): Page<PostSummary> | undefined {
  const { collection } = current();
  const group = collection[kind].get(slug.normalize("NFC"));
  return group && paginate(group.posts, page, site.postsPerPage);
}

/** `{ slug, page }` for every page of every term, for generateStaticParams. */
export function termPageParams(kind: TaxonomyKind): Array<{ slug: string; page: number }> {
  const { collection } = current();
  return [...collection[kind].values()].flatMap((group) =>
    Array.from({ length: pageCount(group.posts.length, site.postsPerPage) }, (_, i) => ({
      slug: group.term.slug,
      page: i + 1,
    })),
  );
}

/** The newest published posts with their bodies, for feeds; optionally one tag's. */
export function getFeedPosts(limit: number, tagSlug?: string): Post[] {
  const { collection } = current();
  const source = tagSlug ? collection.tags.get(tagSlug.normalize("NFC"))?.posts ?? [] : collection.posts;
  return source
    .filter((p) => !p.unpublished)
    .slice(0, limit)
    .flatMap((p) => withBody(collection.bySlug.get(p.slug)!) ?? []);
}
