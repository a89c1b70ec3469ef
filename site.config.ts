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
    ...input,
    siteUrl,
  };
}

export const site: ResolvedSite = resolveSite(settings);
