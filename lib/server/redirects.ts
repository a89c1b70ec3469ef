/**
 * Old URLs that must keep working: each post's and standalone page's
 * `aliases` (WordPress's `/?p=123` among them), WordPress-style `/<slug>/`
 * permalinks and WordPress's usual addresses (when site.config.ts turns them
 * on: lib/server/wordpress-addresses.ts) and the extra table in
 * site.config.ts. scripts/prepare-content.ts writes the table for each build;
 * lib/server/redirect-table.ts reads it for proxy.server.ts (308s), and
 * scripts/finish-build.ts for a static export's refresh pages
 * (lib/export/legacy-pages.ts) and home page script (lib/export/query-redirects.ts).
 */
import { postPath, ROUTE_ROOTS, underPrefix } from "../web/urls";
import { nestedCategory, wordpressAddresses, type WordPressPost, type WordPressSite } from "./wordpress-addresses";

export interface Redirect {
  /** Site path, decoded, without trailing slash or query; or the home page's `/?p=123`, `/?page_id=9` (normalizePath). */
  from: string;
  to: string;
}

export interface RedirectSettings extends WordPressSite {
  wordpressPermalinks: boolean;
  redirects: Array<{ from: string; to: string }>;
  /** The site's languages: another language's posts live under `/<code>/`, which routes own too. */
  languages?: ReadonlyArray<{ code: string; isDefault: boolean }>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Paths that routes own; a slug or alias can never take them over. */
const RESERVED = new RegExp(`^/(${ROUTE_ROOTS.map(escape).join("|")})(/|$)`);

/** A language section's own paths: `/fr` itself and `/fr/<route root>/...`. */
function reservedIn(codes: readonly string[]): (path: string) => boolean {
  if (codes.length === 0) return () => false;
  const section = new RegExp(`^/(${codes.map(escape).join("|")})(/(${ROUTE_ROOTS.map(escape).join("|")})(/|$)|$)`);
  return (path) => section.test(path);
}

/** Where the build writes the redirect table for proxy.server.ts. */
export const REDIRECTS_FILE = ".contentlayer/quire-redirects.json";

/**
 * The query parameters that name a post or page at the home page in
 * WordPress's default addresses (`/?p=123`, `/?page_id=9`), in the order
 * one is looked for: the only queries an old address may keep.
 */
export const ID_PARAMETERS = ["p", "page_id"] as const;

/**
 * The old address a home page query names: `?p=123` for `p=123` (the
 * first of ID_PARAMETERS the query has with a whole number), else undefined.
 * Every other query on `/` is the home page's (`?utm_source=...`).
 */
export function idQuery(search: string | URLSearchParams): string | undefined {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  for (const name of ID_PARAMETERS) {
    const value = params.get(name)?.trim();
    if (value && /^\d+$/.test(value)) return `?${name}=${String(Number(value))}`;
  }
  return undefined;
}

/**
 * A path as the redirect table keys it: decoded, without trailing slash,
 * without query, except the home page's `/?p=123` and `/?page_id=9`.
 */
export function normalizePath(path: string): string {
  let p = path.trim();
  let search = "";
  try {
    const url = new URL(p, "http://x");
    p = url.pathname;
    search = url.search;
  } catch {
    return "";
  }
  if (p === "/" && search) {
    const id = idQuery(search);
    if (id) return `/${id}`;
  }
  try {
    p = decodeURIComponent(p);
  } catch {
    // keep it encoded
  }
  return p.length > 1 ? p.replace(/\/+$/, "") : p;
}

/**
 * The redirect table: each post's aliases, then (`wordpressPermalinks`) its
 * `/<slug>`, the extra table, then WordPress's usual addresses
 * (lib/server/wordpress-addresses.ts). A post in another language than the default (`lang`)
 * redirects to its section (`/fr/blog/<slug>`); its WordPress permalink is
 * `/fr/<slug>`, and `/<slug>` too when no default-language post has it.
 * Where two claim a path, the first listed wins: the default language's posts.
 */
export function legacyRedirects(
  posts: Array<{ slug: string; aliases: string[]; lang?: string } & Partial<WordPressPost>>,
  settings: RedirectSettings,
  /** Standalone pages' old addresses (lib/build/pages.ts): after the posts'. */
  pages: ReadonlyArray<{ path: string; aliases: string[] }> = [],
): Redirect[] {
  const others = (settings.languages ?? []).filter((l) => !l.isDefault).map((l) => l.code);
  const inSection = reservedIn(others);
  const prefixOf = (lang: string | undefined) => (lang && others.includes(lang) ? `/${lang}` : "");
  const out = new Map<string, string>();
  const add = (from: string, to: string) => {
    const path = normalizePath(from);
    if (!path || path === "/" || RESERVED.test(path) || inSection(path) || out.has(path)) return;
    out.set(path, to);
  };
  const ordered = [...posts].sort((a, b) => Number(prefixOf(a.lang) !== "") - Number(prefixOf(b.lang) !== ""));
  const urlOf = (post: (typeof posts)[number]) => underPrefix(prefixOf(post.lang), postPath(post.slug));
  for (const post of ordered) for (const alias of post.aliases) add(alias, urlOf(post));
  for (const page of pages) for (const alias of page.aliases) add(alias, page.path);
  if (settings.wordpressPermalinks) {
    for (const post of ordered) if (prefixOf(post.lang)) add(`${prefixOf(post.lang)}/${post.slug}`, urlOf(post));
    for (const post of ordered) add(`/${post.slug}`, urlOf(post));
  }
  for (const r of settings.redirects) add(r.from, r.to);
  if (settings.wordpressPermalinks) {
    // WordPress's other addresses (feeds, archives) for the default language's posts, after every claim above.
    const dated = ordered.flatMap((post) =>
      !prefixOf(post.lang) && post.date
        ? [{ date: post.date, categories: post.categories ?? [], tags: post.tags ?? [], authors: post.authors ?? [] }]
        : [],
    );
    if (dated.length > 0) for (const [from, to] of wordpressAddresses(dated, settings)) add(from, to);
  }
  return [...out].map(([from, to]) => ({ from, to }));
}

/** Whether a table entry is the home page's `/?p=123` kind, which only a query tells apart from `/`. */
export function isQueryRedirect(from: string): boolean {
  return from.startsWith("/?");
}

/**
 * The new home of a requested path (as the URL spells it) and query, if it
 * moved. A query counts only on `/` and only for ID_PARAMETERS.
 */
export function findRedirect(table: ReadonlyMap<string, string>, pathname: string, search = ""): string | undefined {
  const path = normalizePath(pathname);
  if (path === "/") {
    const id = idQuery(search);
    return id ? table.get(`/${id}`) : undefined;
  }
  const nested = nestedCategory(path);
  return table.get(path) ?? (nested && table.get(nested));
}
