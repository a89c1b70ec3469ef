/**
 * Old URLs that must keep working: each post's `aliases`, WordPress-style
 * `/<slug>/` permalinks (when site.config.ts turns them on) and the extra
 * table in site.config.ts. scripts/prepare-content.ts writes the table for
 * each build; lib/server/redirect-table.ts reads it for proxy.server.ts (308s), and
 * scripts/finish-build.ts for a static export's refresh pages (lib/export/legacy-pages.ts).
 */
import { postPath, ROUTE_ROOTS, underPrefix } from "../web/urls";

export interface Redirect {
  /** Site path, decoded, without trailing slash (except "/"). */
  from: string;
  to: string;
}

export interface RedirectSettings {
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

export function normalizePath(path: string): string {
  let p = path.trim();
  try {
    p = new URL(p, "http://x").pathname;
  } catch {
    return "";
  }
  try {
    p = decodeURIComponent(p);
  } catch {
    // keep it encoded
  }
  return p.length > 1 ? p.replace(/\/+$/, "") : p;
}

/**
 * The redirect table. A post in another language than the default (`lang`)
 * redirects to its section (`/fr/blog/<slug>`); its WordPress permalink is
 * `/fr/<slug>`, and `/<slug>` too when no default-language post has it.
 * Where two claim a path, the first listed wins: the default language's posts.
 */
export function legacyRedirects(
  posts: Array<{ slug: string; aliases: string[]; lang?: string }>,
  settings: RedirectSettings,
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
  if (settings.wordpressPermalinks) {
    for (const post of ordered) if (prefixOf(post.lang)) add(`${prefixOf(post.lang)}/${post.slug}`, urlOf(post));
    for (const post of ordered) add(`/${post.slug}`, urlOf(post));
  }
  for (const r of settings.redirects) add(r.from, r.to);
  return [...out].map(([from, to]) => ({ from, to }));
}

/** The new home of a requested path (as the URL spells it), if it moved. */
export function findRedirect(table: ReadonlyMap<string, string>, pathname: string): string | undefined {
  return table.get(normalizePath(pathname));
}
