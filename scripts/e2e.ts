/**
 * End-to-end suite: for each way Quire is served (next start, the standalone
 * server, the static export under a static file server), a production build
 * over the real corpus (or the sample content when the corpus is absent),
 * then Playwright in Debian's Chromium against it. The `basepath` target
 * builds for BASE_PATH=/sub and runs only tests/e2e/basepath.spec.ts.
 *
 *   E2E_TARGETS=start,export npm run test:e2e   # a subset
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const corpus = path.resolve("../shared/corpus/ultrabug-tech-blog");
const contentDir = process.env.CONTENT_DIR || (fs.existsSync(corpus) ? corpus : "content/blog");
if (!process.env.CONTENT_DIR && contentDir !== corpus) {
  console.log(`e2e: ${corpus} not found; skipped the real corpus, testing the sample content instead.`);
}
const targets = (process.env.E2E_TARGETS || "start,standalone,export,basepath").split(",");
const OUTPUT: Record<string, string | undefined> = { start: undefined, standalone: "standalone", export: "export" };

function run(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  return spawnSync(command, args, { stdio: "inherit", env }).status ?? 1;
}

let failed = false;
for (const target of targets) {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1", E2E_TARGET: target };
  delete env.BASE_PATH;
  delete env.NEXT_OUTPUT;
  if (OUTPUT[target]) env.NEXT_OUTPUT = OUTPUT[target];
  if (target === "basepath") env.BASE_PATH = "/sub";
  console.log(`\ne2e [${target}]: building ${path.relative(process.cwd(), path.resolve(contentDir)) || "."}`);
  if (run("npm", ["run", "build", "--silent"], env) !== 0) {
    console.error(`e2e [${target}]: build failed`);
    failed = true;
    continue;
  }
  if (run("npx", ["playwright", "test", ...process.argv.slice(2)], env) !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
