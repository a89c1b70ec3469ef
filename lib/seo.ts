/** One helper builds every page's metadata: canonical, Open Graph, Twitter. */
import type { Metadata } from "next";
import { site } from "@/site.config";
import { absoluteUrl, basePath, FEED_PATHS } from "./urls";

export interface PageSeo {
  title?: string;
  description?: string;
  /** Site path such as `/blog/x`; made absolute with SITE_URL and BASE_PATH. */
  path: string;
  canonicalUrl?: string;
  /** Site paths or absolute URLs of the page's own images. */
  images?: string[];
  article?: { publishedTime: string; modifiedTime?: string; tags: string[]; authors: string[] };
}

export function siteUrl(path: string): string {
  return absoluteUrl(path, site.siteUrl, basePath);
}

/** A site path (`/_content/x.png`) or absolute URL, made absolute. */
export function absoluteAsset(src: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) ? src : siteUrl(src.startsWith("/") ? src : `/${src}`);
}

export function pageMetadata(page: PageSeo): Metadata {
  const description = page.description || site.description;
  const url = page.canonicalUrl || siteUrl(page.path);
  const title = page.title ?? site.title;
  return {
    title: page.title ?? { absolute: site.title },
    description,
    alternates: {
      canonical: url,
      types: {
        "application/rss+xml": [{ url: siteUrl(FEED_PATHS.rss), title: `${site.title} (RSS)` }],
        "application/atom+xml": [{ url: siteUrl(FEED_PATHS.atom), title: `${site.title} (Atom)` }],
        "application/feed+json": [{ url: siteUrl(FEED_PATHS.json), title: `${site.title} (JSON Feed)` }],
      },
    },
    openGraph: {
      title,
      description,
      url,
      siteName: site.title,
      locale: site.language,
      ...(page.images?.length ? { images: page.images.map(absoluteAsset) } : {}),
      ...(page.article
        ? {
            type: "article",
            publishedTime: page.article.publishedTime,
            modifiedTime: page.article.modifiedTime,
            tags: page.article.tags,
            authors: page.article.authors.length ? page.article.authors : [site.author.name],
          }
        : { type: "website" }),
    },
    twitter: {
      card: page.images?.length ? "summary_large_image" : "summary",
      title,
      description,
      ...(page.images?.length ? { images: page.images.map(absoluteAsset) } : {}),
    },
  };
}

/** JSON-LD for a post, safe inside <script>: `<` is written as \u003c. */
export function blogPostingJsonLd(post: {
  title: string;
  summary: string;
  slug: string;
  instant: string;
  lastmod?: string;
  tags: string[];
  authors: string[];
  images: string[];
}, path: string): string {
  const url = siteUrl(path);
  const data = {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.summary,
    datePublished: post.instant,
    dateModified: post.lastmod ?? post.instant,
    url,
    mainEntityOfPage: url,
    keywords: post.tags.join(", "),
    image: post.images.length ? post.images.map(absoluteAsset) : undefined,
    author: (post.authors.length ? post.authors : [site.author.name]).map((name) => ({ "@type": "Person", name })),
    publisher: { "@type": "Organization", name: site.title },
  };
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
