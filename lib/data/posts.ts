/**
 * The data-access module: routes ask here for posts, never the file system.
 * Production builds see published posts only; `npm run dev` sees drafts and
 * scheduled posts too, marked as such.
 */
import { buildCollection, type Collection, type Post, type PostRecord, type PostSummary, type TaxonomyTerm } from "./collection";
import {
  readLatestPosts,
  readPageIndex,
  recordFolder,
  readPostBody,
  readPostDocuments,
  readPostProblems,
  readPostRecord,
  readStandalonePage,
} from "./store";
import type { StandalonePage } from "./page-files";
import { LATEST_COUNT } from "../build/records";
import { readSections } from "./sections";
import { groupByYear, type ArchiveYear } from "./archive";
import { relatedPosts } from "./related";
import { resolveAuthors } from "./authors";
import type { Series } from "./series";
import { paginate, pageCount, type Page } from "./pagination";
import type { TaxonomyKind } from "../web/urls";
import { site } from "@/site.config";

export type { Post, PostRecord, PostSummary, TaxonomyTerm };

const development = process.env.NODE_ENV === "development";

/**
 * Every function below answers for one language (`lang`, a code; default:
 * the site's default language): its posts only, as its section lists them.
 */
const built = new Map<string, { docs: unknown; collection: Collection }>();

/** A language's collection, rebuilt only when the documents change (in development). */
function current(lang: string = site.language) {
  const docs = readPostDocuments();
  let entry = built.get(lang);
  if (entry?.docs !== docs) {
    entry = {
      docs,
      collection: buildCollection(docs, {
        includeUnpublished: development,
        language: lang,
        languages: site.languages.map((l) => l.code),
      }),
    };
    built.set(lang, entry);
  }
  return entry;
}

/**
 * The languages with a section (`/<code>/...`): the default language, and
 * every other language with a published post (under `npm run dev`, with any
 * post). In the site's order.
 */
let sections: string[] | undefined;

export function getSectionLanguages(): string[] {
  // A production server reads the content step's list: a page rendering one
  // post never builds every language's collection to draw its header.
  const written = development ? undefined : (sections ??= readSections());
  return site.languages
    .filter((l) => l.isDefault || (written ? written.includes(l.code) : current(l.code).collection.posts.length > 0))
    .map((l) => l.code);
}

/** The languages other than the default with a section: the `/<code>` routes' params. */
export function getOtherSectionLanguages(): string[] {
  return getSectionLanguages().filter((code) => code !== site.language);
}

/** Records live per language: the default language's folder for it, `-<code>` for the others. */
const recordsOf = (lang: string) => recordFolder(lang === site.language ? undefined : lang);

/** The posts of the author with profile `id`, newest first (a post naming nobody is the site author's). */
export function getAuthorPosts(id: string, lang: string = site.language): PostSummary[] {
  const { collection } = current(lang);
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
export function getArchive(lang: string = site.language): ArchiveYear[] {
  return groupByYear(getPosts(lang));
}

/** The posts marked `featured: true`, newest first. */
export function getFeaturedPosts(lang: string = site.language): PostSummary[] {
  return getPosts(lang).filter((post) => post.featured);
}

export function getPosts(lang: string = site.language): PostSummary[] {
  const { collection } = current(lang);
  return collection.posts;
}

/**
 * The post pages a build renders ahead of time: every post, or the newest
 * `site.prerender` of them (the others render on first request). Under `npm
 * run dev`, the broken posts too, which show their problems.
 */
export function getPrerenderedPostSlugs(lang: string = site.language, prerender: typeof site.prerender = site.prerender): string[] {
  const posts = getPosts(lang);
  const slugs = (prerender === "all" ? posts : posts.slice(0, prerender)).map((post) => post.slug);
  if (!development) return slugs;
  return [...new Set([...slugs, ...shownProblems(lang).map((p) => p.slug)])];
}

/** Broken posts in one language (a broken `x.fr.md` must not take over `/blog/x`). */
function shownProblems(lang: string) {
  return readPostProblems().filter((p) => (p.lang ?? site.language) === lang);
}

/** Content problems of the post at `slug`, one line each (`npm run dev` only; a build stops on them). */
export function getPostProblems(slug: string, lang: string = site.language): string[] {
  if (!development) return [];
  const wanted = slug.normalize("NFC");
  return shownProblems(lang)
    .filter((p) => p.slug === wanted)
    .flatMap((p) => p.lines);
}

/**
 * A post with its body, read from the post's own file. Under `npm run dev`
 * a post whose body the content step has just removed (the post broke or
 * went away, and the page asking has not refreshed yet) is no post:
 * its page shows its problems or the 404 page, not an error.
 */
function withBody(record: PostRecord): Post | undefined {
  const body = readPostBody(record.sourcePath, { optional: development });
  return body && { ...record, ...body };
}

export function getPost(slug: string, lang: string = site.language): Post | undefined {
  const record = getPostRecord(slug, lang);
  return record && withBody(record);
}

/**
 * A post without its body: enough for metadata, social cards and links. A
 * production server reads the post's own record (lib/build/records.ts), not
 * the whole manifest; `npm run dev` asks the collection, which has drafts.
 */
export function getPostRecord(slug: string, lang: string = site.language): PostRecord | undefined {
  if (!development) return readPostRecord(slug, recordsOf(lang));
  const { collection } = current(lang);
  const record = collection.bySlug.get(slug.normalize("NFC"));
  return record && { ...record, related: relatedPosts(record, collection) };
}

/** The newest posts, for the 404 page: from a small file of their own in production. */
export function getLatestPosts(lang: string = site.language): PostSummary[] {
  return (development ? getPosts(lang) : readLatestPosts(recordsOf(lang))).slice(0, LATEST_COUNT);
}

export function getBlogPage(page: number, lang: string = site.language): Page<PostSummary> | undefined {
  const { collection } = current(lang);
  return paginate(collection.posts, page, site.postsPerPage);
}

export function blogPageCount(lang: string = site.language): number {
  const { collection } = current(lang);
  return pageCount(collection.posts.length, site.postsPerPage);
}

export function getTerms(kind: TaxonomyKind, lang: string = site.language): TaxonomyTerm[] {
  const { collection } = current(lang);
  return [...collection[kind].values()]
    .map((group) => group.term)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function getTerm(kind: TaxonomyKind, slug: string, lang: string = site.language): TaxonomyTerm | undefined {
  const { collection } = current(lang);
  return collection[kind].get(slug.normalize("NFC"))?.term;
}

export function getTermPage(kind: TaxonomyKind, slug: string, page: number, lang: string = site.language): Page<PostSummary> | undefined {
  const { collection } = current(lang);
  const group = collection[kind].get(slug.normalize("NFC"));
  return group && paginate(group.posts, page, site.postsPerPage);
}

/** `{ slug, page }` for every page of every term, for generateStaticParams. */
export function termPageParams(kind: TaxonomyKind, lang: string = site.language): Array<{ slug: string; page: number }> {
  const { collection } = current(lang);
  return [...collection[kind].values()].flatMap((group) =>
    Array.from({ length: pageCount(group.posts.length, site.postsPerPage) }, (_, i) => ({
      slug: group.term.slug,
      page: i + 1,
    })),
  );
}

/** The newest published posts with their bodies, for feeds; optionally one tag's. */
export function getFeedPosts(limit: number, tagSlug?: string, lang: string = site.language): Post[] {
  const { collection } = current(lang);
  const source = tagSlug ? collection.tags.get(tagSlug.normalize("NFC"))?.posts ?? [] : collection.posts;
  return source
    .filter((p) => !p.unpublished)
    .slice(0, limit)
    .flatMap((p) => withBody(collection.bySlug.get(p.slug)!) ?? []);
}
