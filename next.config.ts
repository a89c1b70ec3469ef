import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { isPublished, type PostMeta } from "./lib/frontmatter";
import { legacyRedirects, toSourcePattern } from "./lib/redirects";
import { site } from "./site.config";
import { CACHE_RULES, securityHeaders } from "./lib/security-headers";

/**
 * NEXT_OUTPUT: "standalone" (self-contained Node server) or "export" (static
 * files in out/); BASE_PATH serves the site under a sub-path such as /blog.
 */
const output = parseOutput(process.env.NEXT_OUTPUT);

function parseOutput(value: string | undefined): NextConfig["output"] {
  if (!value) return undefined;
  if (value === "standalone" || value === "export") return value;
  throw new Error(`NEXT_OUTPUT must be "standalone" or "export", got "${value}"`);
}

/** Published posts as Contentlayer wrote them (absent before the first content build). */
function publishedPosts(): PostMeta[] {
  const file = path.join(process.cwd(), ".contentlayer/generated/Post/_index.json");
  if (!fs.existsSync(file)) return [];
  const docs = JSON.parse(fs.readFileSync(file, "utf8")) as Array<{ meta: PostMeta }>;
  return docs.map((d) => d.meta).filter((meta) => isPublished(meta));
}

const nextConfig: NextConfig = {
  output,
  basePath: process.env.BASE_PATH || "",
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  // A static export cannot send headers or redirects: it gets out/_headers
  // (scripts/finish-build.ts) and refresh pages (app/[...legacy]) instead.
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
        async redirects() {
          return legacyRedirects(publishedPosts(), site).map((r) => ({
            source: toSourcePattern(r.from),
            destination: r.to,
            permanent: true,
          }));
        },
      }),
};

export default nextConfig;
