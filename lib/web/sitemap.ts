import type { MetadataRoute } from "next";
import {
  blogPageCount,
  getAllSeries,
  getAuthorIds,
  getPostRecord,
  getPosts,
  getSectionLanguages,
  getStandalonePageNames,
  getTerms,
  termPageParams,
} from "../data/posts";
import { siteUrl } from "./seo";
import { pathIn } from "../i18n/site";
import { ARCHIVE_PATH, authorPath, seriesPath, blogPagePath, postPath, taxonomyIndexPath, taxonomyPath, type TaxonomyKind } from "./urls";

type Entry = MetadataRoute.Sitemap[number];

/** A page's entry; a page in several languages names each (`xhtml:link rel="alternate" hreflang`), itself included. */
function entry(path: string, languages: Readonly<Record<string, string>>, lastModified?: string): Entry {
  const alternates = Object.keys(languages).length > 1
    ? { alternates: { languages: Object.fromEntries(Object.entries(languages).map(([code, p]) => [code, siteUrl(p)])) } }
    : {};
  return { url: siteUrl(path), ...(lastModified ? { lastModified } : {}), ...alternates };
}

/** The same page in each language for which `has` holds. */
function across(sections: string[], pathFor: (lang: string) => string, has: (lang: string) => boolean = () => true) {
  return Object.fromEntries(sections.filter(has).map((lang) => [lang, pathFor(lang)]));
}

/**
 * Every page a crawler should know, once each: every language's home, lists,
 * posts (with lastmod), tags and categories, each with its translations.
 */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const sections = getSectionLanguages();
  const entries: MetadataRoute.Sitemap = [];
  for (const lang of sections) {
    const posts = getPosts(lang);
    const newest = posts[0]?.instant;
    const same = (pathFor: (lang: string) => string, has?: (lang: string) => boolean) => across(sections, pathFor, has);
    entries.push(entry(pathIn(lang, "/"), same((l) => pathIn(l, "/")), newest));
    for (let page = 1; page <= blogPageCount(lang); page++) {
      entries.push(entry(pathIn(lang, blogPagePath(page)), same((l) => pathIn(l, blogPagePath(page)), (l) => blogPageCount(l) >= page), newest));
    }
    if (posts.length) entries.push(entry(pathIn(lang, ARCHIVE_PATH), same((l) => pathIn(l, ARCHIVE_PATH)), newest));
    for (const post of posts) {
      // A one-language site reads no record: its posts have no translations to name.
      const record = sections.length > 1 ? getPostRecord(post.slug, lang) : undefined;
      const languages = Object.fromEntries(
        [{ lang, slug: post.slug }, ...(record?.translations ?? [])]
          .filter((t) => sections.includes(t.lang))
          .map((t) => [t.lang, pathIn(t.lang, postPath(t.slug))]),
      );
      entries.push(entry(pathIn(lang, postPath(post.slug)), languages, post.lastmod ?? post.day));
    }
    for (const kind of ["tags", "categories"] as TaxonomyKind[]) {
      if (getTerms(kind, lang).length) {
        entries.push(entry(pathIn(lang, taxonomyIndexPath(kind)), same((l) => pathIn(l, taxonomyIndexPath(kind)), (l) => getTerms(kind, l).length > 0)));
      }
      for (const { slug, page } of termPageParams(kind, lang)) {
        const has = (l: string) => termPageParams(kind, l).some((p) => p.slug === slug && p.page === page);
        entries.push(entry(pathIn(lang, taxonomyPath(kind, slug, page)), same((l) => pathIn(l, taxonomyPath(kind, slug, page)), has)));
      }
    }
  }
  // Pages of the default language only.
  for (const series of getAllSeries()) entries.push(entry(seriesPath(series.slug), {}));
  for (const id of getAuthorIds()) entries.push(entry(authorPath(id), {}));
  for (const name of getStandalonePageNames()) entries.push(entry(`/${name}`, {}));
  return entries;
}
