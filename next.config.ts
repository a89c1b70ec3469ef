import path from "node:path";
import type { NextConfig } from "next";
import { BODY_DIR, POST_INDEX } from "./lib/data/documents";
import { RECORD_DIR } from "./lib/build/records";
import { PAGE_DIR } from "./lib/data/page-files";
import { SEARCH_MANIFEST_FILE } from "./lib/search/site-index";
import { CACHE_RULES, securityHeaders } from "./lib/server/security-headers";
import { deployEnv } from "./lib/env";
import { SECTIONS_FILE } from "./lib/data/sections";
import { COMMENTS_SUFFIX } from "./lib/comments/file";

/**
 * NEXT_OUTPUT: "standalone" (self-contained Node server) or "export" (static
 * files in out/); BASE_PATH serves the site under a sub-path such as /blog.
 * Both are read once, in lib/env.ts.
 */
const { output, basePath } = deployEnv;

const nextConfig: NextConfig = {
  output,
  basePath,
  poweredByHeader: false,
  // Pages are served from their files on disk (the OS keeps them in memory
  // once read), not from a second copy in Next's own 50 MB memory cache,
  // which serves them no faster: over 300 post pages of a 1000-post blog,
  // `next start` reaches 280 MB RSS with it and 233 MB without.
  cacheMaxMemorySize: 0,
  // A Node server keeps rendered pages on disk, but not the 404 pages of
  // addresses no post has (lib/server/route-cache.mjs). A static export
  // renders nothing on request; Vercel caches pages on its own.
  ...(output === "export" || process.env.VERCEL ? {} : { cacheHandler: path.resolve("lib/server/route-cache.mjs") }),
  reactStrictMode: true,
  // The build's SITE_URL, for pages the server renders after the build (site.config.ts BUILD_SITE_URL).
  env: process.env.SITE_URL ? { QUIRE_BUILD_SITE_URL: process.env.SITE_URL } : {},
  // The embedded comments database loads its WebAssembly and data files from
  // its own package folder at run time: bundled, it would look for them in
  // the bundle. Kept as a package, the tracer copies it into standalone output.
  serverExternalPackages: ["@electric-sql/pglite"],
  // `npm run dev` opened by a loopback address instead of `localhost` keeps
  // its live reload (Next refuses its dev socket to other hosts). A phone on
  // the same network needs the computer's address here too (docs/configuration.md).
  allowedDevOrigins: ["127.0.0.1", "[::1]"],
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
  // A post's comments file is read by the content step only (its body holds the rendered comments)
  // and may hold what no page shows (an e-mail): the tracer's `*.json` patterns must not carry it.
  outputFileTracingExcludes: { "/**": [`**/*${COMMENTS_SUFFIX}`] },
  // `npm test` starts with `tsc --noEmit` over the whole project; the same
  // check inside `next build` costs 12 s of a 1000-post build.
  typescript: { ignoreBuildErrors: true },
  enablePrerenderSourceMaps: false,
  // proxy.server.ts runs only where a Node server does. Next finds the proxy
  // by file name alone (proxy.<page extension> at the root), with no setting
  // to leave it out, and a static export cannot run one (Next warns that it
  // is disabled); so an export is built without the `server.ts` extension.
  // No route file depends on an extension.
  pageExtensions: ["tsx", "ts", "jsx", "js", ...(output === "export" ? [] : ["server.ts"])],
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
};

export default nextConfig;
