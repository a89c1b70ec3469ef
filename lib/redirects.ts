/**
 * Old URLs that must keep working: each post's `aliases`, WordPress-style
 * `/<slug>/` permalinks (when site.config.ts turns them on) and the extra
 * table in site.config.ts. app/[...legacy] prerenders each as a 308 for
 * `next start`, and as a small refresh page in a static export.
 */
import { postPath } from "./urls";

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
const RESERVED = /^\/(blog|tags|categories|search|feed\.xml|atom\.xml|feed\.json|search\.json|sitemap\.xml|robots\.txt|_next|_content|404)(\/|$)/;

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
