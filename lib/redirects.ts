/**
 * Old URLs that must keep working: each post's `aliases`, WordPress-style
 * `/<slug>/` permalinks (when site.config.ts turns them on) and the extra
 * table in site.config.ts. scripts/prepare-content.ts writes the table for
 * each build; lib/redirect-table.ts reads it for proxy.server.ts (308s), and
 * scripts/finish-build.ts for a static export's refresh pages (lib/legacy-pages.ts).
 */
import { postPath, ROUTE_ROOTS } from "./urls";

export interface Redirect {
  /** Site path, decoded, without trailing slash (except "/"). */
  from: string;
  to: string;
}

export interface RedirectSettings {
  wordpressPermalinks: boolean;
  redirects: Array<{ from: string; to: string }>;
}

/** Paths that routes own; a slug or alias can never take them over. */
const RESERVED = new RegExp(`^/(${ROUTE_ROOTS.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(/|$)`);

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

export function legacyRedirects(
  posts: Array<{ slug: string; aliases: string[] }>,
  settings: RedirectSettings,
): Redirect[] {
  const out = new Map<string, string>();
  const add = (from: string, to: string) => {
    const path = normalizePath(from);
    if (!path || path === "/" || RESERVED.test(path) || out.has(path)) return;
    out.set(path, to);
  };
  for (const post of posts) for (const alias of post.aliases) add(alias, postPath(post.slug));
  if (settings.wordpressPermalinks) for (const post of posts) add(`/${post.slug}`, postPath(post.slug));
  for (const r of settings.redirects) add(r.from, r.to);
  return [...out].map(([from, to]) => ({ from, to }));
}

/** The new home of a requested path (as the URL spells it), if it moved. */
export function findRedirect(table: ReadonlyMap<string, string>, pathname: string): string | undefined {
  return table.get(normalizePath(pathname));
}
