/**
 * The addresses every WordPress blog has besides its posts' permalinks, and
 * where they lead in Quire (site.config.ts `wordpressPermalinks`): feeds,
 * category, tag and author archives, date archives and the paginated home.
 * Only what the site has: a category no published post carries, a month
 * with no post, a page number past the last are left to the 404 page.
 * lib/server/redirects.ts adds them to the redirect table after every
 * post's own claims, so none ever takes a post's slug or alias.
 */
import { resolveAuthors, type AuthorSettings } from "../data/authors";
import { pageCount } from "../data/pagination";
import { wordpressSlugs, taxonomySlug } from "../web/slugs";
import { ARCHIVE_PATH, archiveAnchor, authorPath, blogPagePath, FEED_PATHS, tagFeedPath, taxonomyPath } from "../web/urls";

export interface WordPressPost {
  /** The calendar day written (YYYY-MM-DD). */
  date: { day: string };
  categories: readonly string[];
  tags: readonly string[];
  authors: readonly string[];
}

export interface WordPressSite extends Partial<AuthorSettings> {
  postsPerPage?: number;
}

/** WordPress's feeds: the site's RSS, its Atom, and its comments feed (Quire has none: the posts' feed). */
const FEEDS: Array<[string, string]> = [
  ["/feed", FEED_PATHS.rss],
  ["/feed/rss2", FEED_PATHS.rss],
  ["/feed/rss", FEED_PATHS.rss],
  ["/feed/rdf", FEED_PATHS.rss],
  ["/feed/atom", FEED_PATHS.atom],
  ["/comments/feed", FEED_PATHS.rss],
];

/** Old path -> new path (a fragment on the archive's), in a stable order, for the published posts of the default language. */
export function wordpressAddresses(posts: readonly WordPressPost[], site: WordPressSite = {}): Array<[string, string]> {
  const out: Array<[string, string]> = [...FEEDS];
  const terms = (kind: "categories" | "tags", prefix: string) => {
    const names = new Set(posts.flatMap((post) => post[kind]));
    for (const name of [...names].sort()) {
      const slug = taxonomySlug(name);
      if (!slug) continue;
      for (const old of wordpressSlugs(name)) {
        out.push([`${prefix}/${old}`, taxonomyPath(kind, slug)]);
        if (kind === "tags") out.push([`${prefix}/${old}/feed`, tagFeedPath(slug)]);
      }
    }
  };
  terms("categories", "/category");
  terms("tags", "/tag");

  // An author is named by their WordPress login (the import's `authors`); one without a page here leads home.
  if (site.author) {
    const settings: AuthorSettings = { author: site.author, authors: site.authors ?? {} };
    const names = new Set(posts.flatMap((post) => post.authors));
    for (const name of [...names].sort()) {
      const id = resolveAuthors([name], settings)[0].id;
      for (const old of new Set([...wordpressSlugs(name), ...(id ? [id] : [])])) out.push([`/author/${old}`, id ? authorPath(id) : "/"]);
    }
  }

  const days = [...new Set(posts.map((post) => post.date.day))].sort().reverse();
  for (const day of days) {
    const [year, month, date] = day.split("-");
    out.push([`/${year}`, `${ARCHIVE_PATH}#${archiveAnchor(year)}`]);
    out.push([`/${year}/${month}`, `${ARCHIVE_PATH}#${archiveAnchor(year, month)}`]);
    out.push([`/${year}/${month}/${date}`, `${ARCHIVE_PATH}#${archiveAnchor(year, month)}`]);
  }

  const pages = pageCount(posts.length, site.postsPerPage ?? 10);
  for (let page = 1; page <= pages; page += 1) out.push([`/page/${page}`, blogPagePath(page)]);
  return out;
}

/**
 * WordPress's nested category address (`/category/parent/child`) as the
 * child's own (`/category/child`): a post names its categories, not their
 * parents, and a category's page is the same at any depth.
 */
export function nestedCategory(path: string): string | undefined {
  const match = /^\/category\/[^/]+(?:\/[^/]+)*\/([^/]+)$/.exec(path);
  return match && match[1] !== "feed" ? `/category/${match[1]}` : undefined;
}
