/** The project's commands as the benchmark runs them: npm's scripts without npm's own start-up. */
import path from "node:path";

/** `npm run content`: the content step. */
export const CONTENT_STEP = "node --import tsx scripts/prepare-content.ts";
/** `npm run build` after its content step. */
export const NEXT_BUILD = "next build && node --import tsx scripts/finish-build.ts";

/** The environment every benchmark command runs in: node_modules/.bin on PATH, as under npm. */
export function benchEnv(contentDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PATH: `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`,
  };
  delete env.NEXT_OUTPUT;
  delete env.BASE_PATH;
  delete env.PRERENDER;
  return env;
}
