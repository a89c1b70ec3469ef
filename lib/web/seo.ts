/** One helper builds every page's metadata: canonical, Open Graph, Twitter. */
import type { Metadata } from "next";
import { site } from "@/site.config";
import { absoluteUrl, basePath, FEED_PATHS } from "./urls";
import { pathIn, siteLanguage } from "../i18n/site";

export interface PageSeo {
  title?: string;
  description?: string;
  /** Site path such as `/blog/x`; made absolute with SITE_URL and BASE_PATH. */
  path: string;
  canonicalUrl?: string;
  /** Site paths or absolute URLs of the page's own images. */
  images?: string[];
  article?: { publishedTime: string; modifiedTime?: string; tags: string[]; authors: string[] };
  /** The page's language (a code); default: the site's default language. */
  lang?: string;
  /**
   * The page in every language that has it, its own included: site paths by
   * code. Two or more give `hreflang` alternates, `x-default` (the default
   * language's page) and `og:locale:alternate`.
   */
  languages?: Readonly<Record<string, string>>;
}

/** The Open Graph form of a locale: `fr-FR` -> `fr_FR`, `en` -> `en_US` (its likely region). */
export function ogLocale(locale: string): string {
  try {
    const full = new Intl.Locale(locale).maximize();
    return full.region ? `${full.language}_${full.region}` : full.language;
  } catch {
    return locale.replace("-", "_");
  }
}

/** What every page of a language inherits: title template, description, author. */
export function rootMetadata(lang: string): Metadata {
  const language = siteLanguage(lang);
  return {
    metadataBase: new URL(site.siteUrl),
    title: { default: language.title, template: `%s · ${language.title}` },
    description: language.description,
    authors: [{ name: site.author.name, url: site.author.url }],
  };
}

export function siteUrl(path: string): string {
  return absoluteUrl(path, site.siteUrl, basePath);
}

/** A site path (`/_content/x.png`) or absolute URL, made absolute. */
export function absoluteAsset(src: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) ? src : siteUrl(src.startsWith("/") ? src : `/${src}`);
}

/** `hreflang` links for a page in several languages, and `x-default`: the default language's page, else this one. */
function languageAlternates(page: PageSeo): Record<string, string> | undefined {
  const entries = Object.entries(page.languages ?? {});
  if (entries.length < 2) return undefined;
  const links = Object.fromEntries(entries.map(([code, path]) => [code, siteUrl(path)]));
  return { ...links, "x-default": links[site.language] ?? siteUrl(page.path) };
}

export function pageMetadata(page: PageSeo): Metadata {
  const language = siteLanguage(page.lang ?? site.language);
  const description = page.description || language.description;
  const url = page.canonicalUrl || siteUrl(page.path);
  const title = page.title ?? language.title;
  const feed = (path: string) => siteUrl(pathIn(language.code, path));
  const others = Object.keys(page.languages ?? {}).filter((code) => code !== language.code);
  return {
    title: page.title ?? { absolute: language.title },
    description,
    alternates: {
      canonical: url,
      ...(languageAlternates(page) ? { languages: languageAlternates(page) } : {}),
      types: {
        "application/rss+xml": [{ url: feed(FEED_PATHS.rss), title: `${language.title} (RSS)` }],
        "application/atom+xml": [{ url: feed(FEED_PATHS.atom), title: `${language.title} (Atom)` }],
        "application/feed+json": [{ url: feed(FEED_PATHS.json), title: `${language.title} (JSON Feed)` }],
      },
    },
    openGraph: {
      title,
      description,
      url,
      siteName: language.title,
      locale: ogLocale(language.locale),
      ...(others.length ? { alternateLocale: others.map((code) => ogLocale(siteLanguage(code).locale)) } : {}),
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

/**
 * JSON-LD for a post, safe inside <script>: `<` is written as \u003c. Its
 * `url` is the post's canonical URL: the original of a cross-posted article.
 */
export function blogPostingJsonLd(post: {
  title: string;
  summary: string;
  slug: string;
  instant: string;
  lastmod?: string;
  tags: string[];
  authors: string[];
  images: string[];
  canonicalUrl?: string;
}, path: string, lang: string = site.language): string {
  const page = siteUrl(path);
  const data = {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    inLanguage: lang,
    description: post.summary,
    datePublished: post.instant,
    dateModified: post.lastmod ?? post.instant,
    url: post.canonicalUrl || page,
    mainEntityOfPage: page,
    keywords: post.tags.join(", "),
    image: post.images.length ? post.images.map(absoluteAsset) : undefined,
    author: (post.authors.length ? post.authors : [site.author.name]).map((name) => ({ "@type": "Person", name })),
    publisher: { "@type": "Organization", name: siteLanguage(lang).title },
  };
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
