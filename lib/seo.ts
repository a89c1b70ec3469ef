/** One helper builds every page's metadata: canonical, Open Graph, Twitter. */
import type { Metadata } from "next";
import { site } from "@/site.config";
import { absoluteUrl } from "./urls";

export interface PageSeo {
  title?: string;
  description?: string;
  /** Site path such as `/blog/x`; made absolute with SITE_URL and BASE_PATH. */
  path: string;
  canonicalUrl?: string;
  article?: { publishedTime: string; modifiedTime?: string; tags: string[]; authors: string[] };
}

export function siteUrl(path: string): string {
  return absoluteUrl(path, site.siteUrl, process.env.BASE_PATH || "");
}

export function pageMetadata(page: PageSeo): Metadata {
  const description = page.description || site.description;
  const url = page.canonicalUrl || siteUrl(page.path);
  const title = page.title ?? site.title;
  return {
    title: page.title ?? { absolute: site.title },
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: site.title,
      locale: site.language,
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
    twitter: { card: "summary", title, description },
  };
}
