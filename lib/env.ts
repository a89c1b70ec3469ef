/**
 * The deployment variables of the site contract, read and checked once:
 * the sub-path the site is served under (BASE_PATH) and the kind of output
 * (NEXT_OUTPUT). CONTENT_DIR is read by lib/content-folders `contentDir`;
 * SITE_URL and PRERENDER are site settings, resolved in site.config.ts.
 */
export type OutputKind = "standalone" | "export";

export interface DeployEnv {
  /** "" or a path such as "/blog", without a trailing slash. */
  basePath: string;
  /** undefined: a normal Next.js build. */
  output?: OutputKind;
}

export function readDeployEnv(env: Record<string, string | undefined> = process.env): DeployEnv {
  const output = env.NEXT_OUTPUT || undefined;
  if (output !== undefined && output !== "standalone" && output !== "export") {
    throw new Error(`NEXT_OUTPUT must be "standalone" or "export", got "${output}"`);
  }
  const basePath = (env.BASE_PATH || "").replace(/\/+$/, "");
  if (basePath && !basePath.startsWith("/")) {
    throw new Error(`BASE_PATH must start with "/" (such as /blog), got "${env.BASE_PATH}"`);
  }
  return { basePath, output };
}

export const deployEnv: DeployEnv = readDeployEnv();
