/** Every site path is built here, so a URL rule lives in one place. */
import { pathSegment } from "./slugs";
import { deployEnv } from "../env";

export type TaxonomyKind = "tags" | "categories";

export function postPath(slug: string): string {
  return `/blog/${pathSegment(slug)}`;
}

/** One author's page: their profile and posts. */
export function authorPath(id: string): string {
  return `/authors/${pathSegment(id)}`;
}

/** The parts of one series, in order. */
export function seriesPath(slug: string): string {
  return `/series/${pathSegment(slug)}`;
}

/** Every post on one page, grouped by year. */
export const ARCHIVE_PATH = "/archive";

/** The archive page's anchor of a year (`year-2014`) or a month (`month-2014-08`: its newest post). */
export function archiveAnchor(year: string, month?: string): string {
  return month ? `month-${year}-${month}` : `year-${year}`;
}

export function blogPagePath(page: number): string {
  return page <= 1 ? "/blog" : `/blog/page/${page}`;
}

export function taxonomyIndexPath(kind: TaxonomyKind): string {
  return `/${kind}`;
}

export function taxonomyPath(kind: TaxonomyKind, slug: string, page = 1): string {
  const base = `/${kind}/${pathSegment(slug)}`;
  return page <= 1 ? base : `${base}/page/${page}`;
}

/** Absolute URL for feeds, canonical links and social cards. */
export function absoluteUrl(path: string, siteUrl: string, basePath = ""): string {
  return new URL(`${basePath}${path}`, `${siteUrl}/`).toString();
}

/** BASE_PATH, for links Next's <Link> does not prefix itself (plain <a>, feeds, images). */
export const basePath = deployEnv.basePath;

export function withBasePath(path: string): string {
  return `${basePath}${path}`;
}

/** The generated social card of a post without images of its own. */
export function cardPath(key: string): string {
  return `/${GENERATED_DIR}/og/${key}.png`;
}

/** The site-wide feeds. */
export const FEED_PATHS = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;

/** One tag's RSS feed. */
export function tagFeedPath(tagSlug: string): string {
  return `${taxonomyPath("tags", tagSlug)}/feed.xml`;
}

/**
 * Files the content step generates (search shards and texts, social cards),
 * served from `public/_quire/`: static files on every target, never routes
 * that `next build` has to prerender one by one.
 */
export const GENERATED_DIR = "_quire";

/** The search index: its manifest (a route), one shard of postings, one post's plain text (files). */
export const SEARCH_INDEX_PATH = "/search.json";
export const SEARCH_FILES_PATH = `/${GENERATED_DIR}/search`;
/** `files`: the folder of a language's index (SearchLocation.files); the default language's by default. */
export function searchShardPath(key: string, files: string = SEARCH_FILES_PATH): string {
  return `${files}/terms/${encodeURIComponent(key)}.json`;
}
export function searchTextPath(slot: number, files: string = SEARCH_FILES_PATH): string {
  return `${files}/text/${slot}.txt`;
}

/**
 * The first path segments the site's own routes and files own. No alias or
 * permalink may take one (lib/server/redirects.ts), and proxy.server.ts lets requests
 * for them go straight to their route (its matcher, which must be a literal,
 * is checked against this list by a unit test).
 */
export const ROUTE_ROOTS = [
  "blog",
  "archive",
  "series",
  "authors",
  "tags",
  "categories",
  "search",
  "_next",
  "_content",
  GENERATED_DIR,
  "404",
  // The comments' admin page and its e-mail links' pages (lib/comments/paths.ts). Not
  // "comments": WordPress's /comments/feed/ redirects through the proxy.
  "admin",
  ...[...Object.values(FEED_PATHS), SEARCH_INDEX_PATH, "/sitemap.xml", "/robots.txt", "/icon.svg", "/favicon.ico"].map((p) => p.slice(1)),
] as const;

/**
 * A site path inside a language's section: `/fr` + path (`/fr` for the home
 * page). The default language's prefix is "" and keeps every path as it is.
 */
export function underPrefix(prefix: string, path: string): string {
  if (!prefix) return path;
  return path === "/" ? prefix : `${prefix}${path}`;
}

/** Where a language's search index lives: its manifest (a route) and its shard and text files. */
export interface SearchLocation {
  /** Path of the manifest: `/search.json`, `/fr/search.json`. */
  manifest: string;
  /** Folder of the shards and texts: `/_quire/search`, `/_quire/search-fr`. */
  files: string;
}

export function searchLocation(prefix: string): SearchLocation {
  return {
    manifest: underPrefix(prefix, SEARCH_INDEX_PATH),
    files: prefix ? `${SEARCH_FILES_PATH}-${prefix.slice(1)}` : SEARCH_FILES_PATH,
  };
}

/** A language's search location as the browser fetches it: both paths under BASE_PATH. */
export function servedSearchLocation(prefix: string, base: string = basePath): SearchLocation {
  const { manifest, files } = searchLocation(prefix);
  return { manifest: `${base}${manifest}`, files: `${base}${files}` };
}
