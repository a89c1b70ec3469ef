import type { NextConfig } from "next";
import { BODY_DIR, POST_INDEX } from "./lib/data/documents";
import { RECORD_DIR } from "./lib/build/records";
import { PAGE_DIR } from "./lib/data/page-files";
import { SEARCH_MANIFEST_FILE } from "./lib/search/site-index";
import { CACHE_RULES, securityHeaders } from "./lib/server/security-headers";
import { site } from "./site.config";
import { deployEnv } from "./lib/env";
import { readSections, SECTIONS_FILE } from "./lib/data/sections";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";

/**
 * NEXT_OUTPUT: "standalone" (self-contained Node server) or "export" (static
 * files in out/); BASE_PATH serves the site under a sub-path such as /blog.
 * Both are read once, in lib/env.ts.
 */
const { output, basePath } = deployEnv;

/**
 * The other languages' sections (`app/[root]/**` route files named
 * `page.lang.tsx`, `route.lang.ts`) exist when a language other than the
 * default has a published post (the content step's list, read after it ran),
 * and always under `npm run dev` on a site that declares several languages,
 * so an author's first translation shows without a restart. A site whose
 * posts are all in one language builds exactly the routes it had before.
 */
function languageSections(phase: string): string[] {
  const several = phase === PHASE_DEVELOPMENT_SERVER ? site.languages.length > 1 : (readSections(process.cwd())?.length ?? 1) > 1;
  return several ? ["lang.tsx", "lang.ts"] : [];
}

const nextConfig = (phase: string): NextConfig => ({
  output,
  basePath,
  poweredByHeader: false,
  // Pages are served from their files on disk (the OS keeps them in memory
  // once read), not from a second copy in Next's own 50 MB memory cache: with
  // it, `next start` grew from 198 to 280 MB RSS over 300 post pages of a
  // 1000-post blog; without it, to 233 MB, and served them no slower.
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  images: { unoptimized: true },
  // No source maps for browsers. The server bundle keeps Turbopack's default
  // source maps: turning them off takes `experimental.serverSourceMaps`, which
  // every build then lists as a red "⨯ serverSourceMaps". They cost ~9 MB of
  // .next/server (16 MB instead of 7 MB on the sample blog; nothing a reader
  // downloads) and give readable stack traces in `next start` logs.
  productionBrowserSourceMaps: false,
  // lib/data/store reads the posts from disk instead of bundling them:
  // the manifest, and each post's record and body from their own files.
  outputFileTracingIncludes: { "/**": [POST_INDEX, `${RECORD_DIR}/*.json`, `${RECORD_DIR}-*/*.json`, `${BODY_DIR}/**/*.json`, `${PAGE_DIR}/*.json`, SEARCH_MANIFEST_FILE, SEARCH_MANIFEST_FILE.replace(/\.json$/, "-*.json"), SECTIONS_FILE] },
  // `npm test` starts with `tsc --noEmit` over the whole project; the same
  // check inside `next build` costs 12 s of a 1000-post build.
  typescript: { ignoreBuildErrors: true },
  enablePrerenderSourceMaps: false,
  // proxy.server.ts runs only where a Node server does: a static export gets
  // no proxy file at all (Next finds proxy.<page extension> at the root).
  // The post page's route file follows `prerender` (app/blog/[slug]/post-page.tsx).
  pageExtensions: [
    "tsx",
    "ts",
    "jsx",
    "js",
    ...(output === "export" ? [] : ["server.ts"]),
    site.prerender === "all" ? "all.tsx" : "isr.tsx",
    ...languageSections(phase),
  ],
  // Two root layouts (the default language's pages, and the other sections'
  // with standalone pages: app/(site), app/[root]) leave no single layout for
  // a 404 page: app/global-not-found.tsx brings its own document.
  experimental: { globalNotFound: true },
  // proxy.server.ts answers a trailing slash itself, in the same hop as an
  // old URL's redirect (`/<slug>/` -> `/blog/<slug>`, not two 308s).
  skipTrailingSlashRedirect: true,
  // Old URLs get their 308 from proxy.server.ts, not from redirect rules: Next
  // tests every rule on every request, and a blog has one per post.
  // A static export cannot send headers: it gets out/_headers instead
  // (scripts/finish-build.ts).
  ...(output === "export"
    ? {}
    : {
        async headers() {
          return [
            { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
            // Next itself marks hashed /_next/static assets immutable; in development
            // custom Cache-Control would get in the way of reloading.
            ...(process.env.NODE_ENV === "production" ? CACHE_RULES : [])
              .filter((rule) => !rule.source.startsWith("/_next/"))
              .map((rule) => ({ source: rule.source, headers: [{ key: "Cache-Control", value: rule.value }] })),
          ];
        },
      }),
});

export default nextConfig;
