/**
 * Every site setting lives here. Edit `settings`; the rest of Quire reads the
 * resolved `site`, where each default and environment override is applied once.
 */

export interface NavLink {
  label: string;
  href: string;
}

export interface SiteSettings {
  title: string;
  description: string;
  author: { name: string; email?: string; url?: string };
  /** BCP 47 language tag for `<html lang>` and date formatting. */
  language: string;
  /** Absolute origin; `SITE_URL` overrides it. */
  siteUrl: string;
  nav?: NavLink[];
  social?: NavLink[];
  postsPerPage?: number;
  /** Posts shown on the home page. */
  homePosts?: number;
  /** Newest posts in each feed. */
  feedItems?: number;
  /**
   * WordPress-style permalinks: `/<slug>/` and `/<slug>` redirect permanently
   * to `/blog/<slug>`, so a migrated blog's old URLs keep working.
   */
  wordpressPermalinks?: boolean;
  /** Extra permanent redirects, e.g. an old feed URL. */
  redirects?: Array<{ from: string; to: string }>;
}

const settings: SiteSettings = {
  title: "Quire",
  description: "Notes on Linux, Python, databases and the occasional road trip.",
  author: { name: "Quire Author" },
  language: "en",
  siteUrl: "https://quire.example.com",
  nav: [
    { label: "Blog", href: "/blog" },
    { label: "Tags", href: "/tags" },
    { label: "Categories", href: "/categories" },
  ],
  social: [],
  postsPerPage: 10,
  homePosts: 5,
  feedItems: 20,
  wordpressPermalinks: true,
  redirects: [
    { from: "/feed", to: "/feed.xml" },
    { from: "/feed_rss_created.xml", to: "/feed.xml" },
  ],
};

export type ResolvedSite = Required<SiteSettings>;

export function resolveSite(
  input: SiteSettings,
  env: Record<string, string | undefined> = process.env,
): ResolvedSite {
  const siteUrl = (env.SITE_URL || input.siteUrl).replace(/\/+$/, "");
  try {
    new URL(siteUrl);
  } catch {
    throw new Error(`site.config.ts: siteUrl must be an absolute URL, got "${siteUrl}"`);
  }
  return {
    nav: [],
    social: [],
    postsPerPage: 10,
    homePosts: 5,
    feedItems: 20,
    wordpressPermalinks: false,
    redirects: [],
    ...input,
    siteUrl,
  };
}

export const site: ResolvedSite = resolveSite(settings);
