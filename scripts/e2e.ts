/**
 * End-to-end suite: a production build over the real corpus (or the sample
 * content when the corpus is absent), then Playwright in Debian's Chromium
 * against `next start`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const corpus = path.resolve("../shared/corpus/ultrabug-tech-blog");
const contentDir = process.env.CONTENT_DIR || (fs.existsSync(corpus) ? corpus : "content/blog");
if (!process.env.CONTENT_DIR && contentDir !== corpus) {
  console.log(`e2e: ${corpus} not found; skipped the real corpus, testing the sample content instead.`);
}
console.log(`e2e: building ${path.relative(process.cwd(), path.resolve(contentDir)) || "."}`);

const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1" };
delete env.BASE_PATH;
delete env.NEXT_OUTPUT;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run("npm", ["run", "build", "--silent"]);
run("npx", ["playwright", "test", ...process.argv.slice(2)]);
