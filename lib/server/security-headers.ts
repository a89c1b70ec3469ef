/**
 * Response headers for every page, in one place: `next start` and standalone
 * send them (next.config.ts), a static export ships them as `_headers`
 * (Netlify / Cloudflare Pages format), and the README shows them for nginx.
 */

/**
 * Content-Security-Policy. Two allowances are deliberate:
 * - script-src 'unsafe-inline': statically generated pages carry Next's
 *   inline RSC payload scripts and next-themes' no-flash theme script, which
 *   differ per page; nonces would need every page rendered per request.
 * - style-src 'unsafe-inline': highlighted code carries its colours in style
 *   attributes (--shiki-light/--shiki-dark), and next-themes sets
 *   `color-scheme` on <html>.
 * img-src allows https: because posts (the WordPress corpus among them)
 * embed images from other sites; upgrade-insecure-requests fetches their old
 * `http://` images over https instead of blocking them.
 *
 * Development (`npm run dev`) differs: React's dev build calls eval to rebuild
 * server stacks for its dev tools, so script-src gets 'unsafe-eval'; the page
 * is served over http://localhost, where upgrading requests has no https to
 * reach. Production never allows 'unsafe-eval'.
 */
export function contentSecurityPolicy(production = true): string {
  return [
    "default-src 'self'",
    production ? "script-src 'self' 'unsafe-inline'" : "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' https:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(production ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(production = true): Array<{ key: string; value: string }> {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(production) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    { key: "X-Frame-Options", value: "DENY" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** Cache-Control per kind of path (matched in order; first wins). */
export const CACHE_RULES: Array<{ source: string; value: string }> = [
  { source: "/_next/static/:path*", value: "public, max-age=31536000, immutable" },
  { source: "/_content/:path*", value: "public, max-age=86400, stale-while-revalidate=604800" },
  { source: "/_quire/og/:path*", value: "public, max-age=31536000, immutable" },
  { source: "/_quire/img/:path*", value: "public, max-age=31536000, immutable" },
  { source: "/(feed.xml|atom.xml|feed.json)", value: "public, max-age=900, stale-while-revalidate=86400" },
  { source: "/tags/:tag/feed.xml", value: "public, max-age=900, stale-while-revalidate=86400" },
  { source: "/search.json", value: "public, max-age=900, stale-while-revalidate=86400" },
  { source: "/_quire/search/:path*", value: "public, max-age=900, stale-while-revalidate=86400" },
  // The same for another language's section (`/fr/feed.xml`, `/_quire/search-fr/`).
  { source: "/:lang/(feed.xml|atom.xml|feed.json)", value: "public, max-age=900, stale-while-revalidate=86400" },
  { source: "/:lang/tags/:tag/feed.xml", value: "public, max-age=900, stale-while-revalidate=86400" },
  { source: "/:lang/search.json", value: "public, max-age=900, stale-while-revalidate=86400" },
  { source: "/_quire/search-:lang/:path*", value: "public, max-age=900, stale-while-revalidate=86400" },
];

/** The same headers as a Netlify / Cloudflare Pages `_headers` file. */
export function headersFile(basePath = ""): string {
  const lines = [`${basePath}/*`, ...securityHeaders().map((h) => `  ${h.key}: ${h.value}`), ""];
  // `/:lang/(a|b)` -> `/*/a`, `/*/b`.
  const toGlobs = (source: string) => {
    const glob = source.replace(/:path\*$/, "*").replace(/:[a-z]+/g, "*");
    const group = /^(.*\/)\((.*)\)$/.exec(glob);
    return group ? group[2].split("|").map((alt) => `${group[1]}${alt}`) : [glob];
  };
  for (const rule of CACHE_RULES) {
    for (const path of toGlobs(rule.source)) lines.push(`${basePath}${path}`, `  Cache-Control: ${rule.value}`, "");
  }
  return lines.join("\n");
}
