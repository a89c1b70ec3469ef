import type { MetadataRoute } from "next";
import { blogPageCount, getAllSeries, getAuthorIds, getStandalonePageNames, getPosts, getTerms, termPageParams } from "./posts";
import { siteUrl } from "./seo";
import { ARCHIVE_PATH, authorPath, seriesPath, blogPagePath, postPath, taxonomyIndexPath, taxonomyPath, type TaxonomyKind } from "./urls";

/** Every page a crawler should know: posts (with lastmod), lists, tags and categories. */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const posts = getPosts();
  const newest = posts[0]?.instant;
  const entries: MetadataRoute.Sitemap = [{ url: siteUrl("/"), lastModified: newest }];
  for (let page = 1; page <= blogPageCount(); page++) entries.push({ url: siteUrl(blogPagePath(page)), lastModified: newest });
  if (posts.length) entries.push({ url: siteUrl(ARCHIVE_PATH), lastModified: newest });
  for (const series of getAllSeries()) entries.push({ url: siteUrl(seriesPath(series.slug)) });
  for (const id of getAuthorIds()) entries.push({ url: siteUrl(authorPath(id)) });
  for (const name of getStandalonePageNames()) entries.push({ url: siteUrl(`/${name}`) });
  for (const post of posts) {
    entries.push({ url: siteUrl(postPath(post.slug)), lastModified: post.lastmod ?? post.day });
  }
  for (const kind of ["tags", "categories"] as TaxonomyKind[]) {
    if (getTerms(kind).length) entries.push({ url: siteUrl(taxonomyIndexPath(kind)) });
    for (const { slug, page } of termPageParams(kind)) entries.push({ url: siteUrl(taxonomyPath(kind, slug, page)) });
  }
  return entries;
}
