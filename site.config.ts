/**
 * Every site setting lives here. Edit `settings`; the rest of Quire reads the
 * resolved `site`, where each default and environment override is applied once.
 */

import { resolveComments, type CommentsSettings, type ResolvedComments } from "./lib/comments/settings";
import { resolveLanguages, type Language, type LanguageSettings } from "./lib/i18n/languages";

export interface NavLink {
  label: string;
  href: string;
}

/**
 * A value for every language, or one per language code
 * (`{ en: "Writes about...", fr: "Écrit sur..." }`); a language without its
 * own takes the default language's.
 */
export type PerLanguage<T> = T | Readonly<Record<string, T>>;

/** Someone who writes on the site (see `authors`). */
export interface AuthorProfile {
  name: string;
  /** An image under public/ ("/authors/ann.jpg"), shown 64 px square; without one, initials. */
  avatar?: string;
  /** One line; per language: `{ en: "...", fr: "..." }`. */
  bio?: PerLanguage<string>;
  /** Per language: `{ en: [...], fr: [...] }`. */
  links?: PerLanguage<NavLink[]>;
}

export interface SiteSettings {
  title: string;
  description: string;
  /**
   * The site's author, for feeds and the footer; `id` names their profile in
   * `authors`, shown on the home page and under posts that name no author.
   */
  author: { name: string; email?: string; url?: string; id?: string };
  /**
   * Authors by id (the id is their page's URL, `/authors/<id>`). A post's
   * `authors:` may name an id or a name; a name found here links to the
   * profile, any other is shown as written.
   */
  authors?: Record<string, AuthorProfile>;
  /**
   * The default language's code (BCP 47: `<html lang>`, date formatting). Its
   * posts' URLs have no language prefix; a post is in it unless its file suffix
   * (`x.fr.md`) or `lang:` says otherwise.
   */
  language: string;
  /**
   * Every language of the site by code, the default (`language`) included:
   * its label ("Français"), locale for dates and numbers (default: the code)
   * and, optionally, its own title and description. Leave it out for a
   * single-language site.
   */
  languages?: Record<string, LanguageSettings>;
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
   * to `/blog/<slug>`, and WordPress's usual addresses (`/feed/`,
   * `/category/x/`, `/tag/y/`, `/author/z/`, `/2014/08/`, `/page/2/`) to
   * Quire's, so a migrated blog's old URLs keep working (docs/configuration.md).
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
  /**
   * Readers' comments under posts, stored by the site itself (docs/comments.md).
   * Off by default; `true` or settings turn them on: `moderation` ("all", the
   * default: every comment waits for the author; "first"; "none"), and the
   * spam limits. `QUIRE_COMMENTS=on` or `off` overrides it.
   */
  comments?: boolean | CommentsSettings;
}

/** The sample's address: a build that keeps it gets one warning (scripts/finish-build.ts). */
export const EXAMPLE_SITE_URL = "https://quire.example.com";

const settings: SiteSettings = {
  title: "Quire",
  description: "Notes on Linux, Python, databases and the occasional road trip.",
  author: { name: "Quire Author", id: "quire-author" },
  authors: {
    "quire-author": {
      name: "Quire Author",
      bio: {
        en: "Writes about Linux, Python, databases and the occasional road trip.",
        fr: "Écrit sur Linux, Python, les bases de données et, de temps en temps, un road trip.",
      },
      links: {
        en: [{ label: "Website", href: "https://quire.example.com" }],
        fr: [{ label: "Site web", href: "https://quire.example.com" }],
      },
    },
  },
  language: "en",
  languages: {
    en: { label: "English", locale: "en" },
    fr: {
      label: "Français",
      locale: "fr-FR",
      description: "Notes sur Linux, Python, les bases de données et, de temps en temps, un road trip.",
      navLabels: { "/about": "À propos" },
    },
  },
  siteUrl: EXAMPLE_SITE_URL,
  nav: [
    { label: "Blog", href: "/blog" },
    { label: "Archive", href: "/archive" },
    { label: "Tags", href: "/tags" },
    { label: "Categories", href: "/categories" },
    { label: "About", href: "/about" },
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

export type ResolvedSite = Required<Omit<SiteSettings, "languages" | "comments">> & {
  /** Every language, the default first (lib/i18n/languages.ts); one for a single-language site. */
  languages: Language[];
  /** `false`, or the rules comments follow with every default applied (lib/comments/settings.ts). */
  comments: ResolvedComments | false;
};

/**
 * SITE_URL as `npm run build` saw it, written into the server's code by
 * next.config.ts (`env`): a page the server renders later (on its first
 * request, or again after a comment) keeps the address it was built for,
 * though `npm start` runs without SITE_URL. Undefined outside Next's bundles.
 */
const BUILD_SITE_URL = process.env.QUIRE_BUILD_SITE_URL;

export function resolveSite(
  input: SiteSettings,
  env: Record<string, string | undefined> = process.env,
  builtFor: string | undefined = BUILD_SITE_URL,
): ResolvedSite {
  const siteUrl = (env.SITE_URL || builtFor || vercelAddress(input.siteUrl, env) || input.siteUrl).replace(/\/+$/, "");
  try {
    new URL(siteUrl);
  } catch {
    throw new Error(`site.config.ts: siteUrl must be an absolute URL, got "${siteUrl}"`);
  }
  const prerender = env.NEXT_OUTPUT === "export" ? "all" : parsePrerender(env.PRERENDER ?? input.prerender ?? "all");
  for (const id of Object.keys(input.authors ?? {})) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      throw new Error(`site.config.ts: authors: "${id}" cannot be a URL segment (use lowercase letters, digits and dashes)`);
    }
  }
  const codes = Object.keys(input.languages ?? { [input.language]: {} });
  for (const [id, profile] of Object.entries(input.authors ?? {})) {
    for (const [field, value] of [["bio", profile.bio], ["links", profile.links]] as const) {
      if (!value || typeof value === "string" || Array.isArray(value)) continue;
      const unknown = Object.keys(value).find((code) => !codes.includes(code));
      if (unknown) throw new Error(`site.config.ts: authors: ${id}: ${field}: "${unknown}" is not a language of this site (${codes.join(", ")})`);
    }
  }
  if (input.author.id && !input.authors?.[input.author.id]) {
    throw new Error(`site.config.ts: author.id "${input.author.id}" is not one of authors (${Object.keys(input.authors ?? {}).join(", ") || "none"})`);
  }
  return {
    authors: {},
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
    comments: resolveComments(input.comments, env),
    languages: resolveLanguages(input.language, input.languages, input),
  };
}

/**
 * On Vercel, a site that still has the example address takes the production
 * address Vercel gives every build (VERCEL_PROJECT_PRODUCTION_URL: the
 * project's custom domain, else its vercel.app one); an address of the
 * owner's own is kept.
 */
function vercelAddress(siteUrl: string, env: Record<string, string | undefined>): string | undefined {
  const host = env.VERCEL_PROJECT_PRODUCTION_URL;
  return siteUrl === EXAMPLE_SITE_URL && host ? `https://${host}` : undefined;
}

/** The one line a build prints while the site's address is still the example. */
export function exampleAddressWarning(resolved: Pick<ResolvedSite, "siteUrl">): string | undefined {
  if (resolved.siteUrl !== EXAMPLE_SITE_URL) return undefined;
  return `the site's address is the example ${EXAMPLE_SITE_URL}: canonical links, feeds, the sitemap, social cards and share links point there. Set SITE_URL (or siteUrl in site.config.ts): docs/configuration.md`;
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
