/** Every site path is built here, so a URL rule lives in one place. */
import { pathSegment } from "./slugs";

export type TaxonomyKind = "tags" | "categories";

export function postPath(slug: string): string {
  return `/blog/${pathSegment(slug)}`;
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
export const basePath = process.env.BASE_PATH || "";

export function withBasePath(path: string): string {
  return `${basePath}${path}`;
}

/** The generated social card of a post without images of its own. */
export function ogImagePath(slug: string): string {
  return `/og/${pathSegment(`${slug}.png`)}`;
}
