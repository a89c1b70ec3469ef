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
  /**
   * Which posts `npm run build` renders ahead of time. "all" (the default)
   * renders every post. A number N renders the newest N posts and every list
   * page; any other post renders on its first request and is then served from
   * Next's cache (incremental static regeneration: `next start`, standalone,
   * Vercel). For big blogs whose old posts are rarely read. A static export
   * has no server to render later, so it always renders every post.
   */
  prerender?: "all" | number;
}

const settings: SiteSettings = {
  title: "Quire",
  description: "Notes on Linux, Python, databases and the occasional road trip.",
  author: { name: "Quire Author" },
  language: "en",
  siteUrl: "https://quire.example.com",
  nav: [
    { label: "Blog", href: "/blog" },
    { label: "Archive", href: "/archive" },
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
  prerender: "all",
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
  const prerender = env.NEXT_OUTPUT === "export" ? "all" : parsePrerender(env.PRERENDER ?? input.prerender ?? "all");
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
    prerender,
  };
}

/** `prerender` from the settings or the PRERENDER variable: "all", or a whole number of posts. */
function parsePrerender(value: string | number): "all" | number {
  if (value === "all") return value;
  const n = typeof value === "number" ? value : /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`site.config.ts: prerender (or PRERENDER) must be "all" or a whole number of posts, got ${JSON.stringify(value)}`);
  }
  return n;
}

export const site: ResolvedSite = resolveSite(settings);
