/**
 * NEXT_OUTPUT: "standalone" (self-contained Node server) or "export" (static
 * files in out/); BASE_PATH serves the site under a sub-path such as /blog.
 * @type {import('next').NextConfig}
 */
const output = process.env.NEXT_OUTPUT;
if (output && output !== "standalone" && output !== "export") {
  throw new Error(`NEXT_OUTPUT must be "standalone" or "export", got "${output}"`);
}

const nextConfig = {
  output: output || undefined,
  basePath: process.env.BASE_PATH || "",
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  trailingSlash: false,
};

export default nextConfig;
