/**
 * End-to-end suite: for each target in scripts/e2e/targets.ts (next start,
 * the standalone server, the static export under nginx, a BASE_PATH=/sub
 * build), a throwaway copy of the project with the real corpus plus the
 * fixture posts, a production build there, then Playwright in Debian's
 * Chromium against it. The author's .next, out/, .contentlayer/ and
 * public/_content/ are never written; reports land in reports/.
 *
 *   E2E_TARGETS=start,export npm run test:e2e   # a subset
 *   E2E_KEEP=1 npm run test:e2e                 # keep the copies to look into
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { AUTHOR_OUTPUT, createWorkspace, outputFingerprint, type Workspace } from "./e2e/workspace";
import { DEFAULT_TARGETS, TARGETS } from "./e2e/targets";

const project = process.cwd();
const names = (process.env.E2E_TARGETS || DEFAULT_TARGETS.join(",")).split(",").filter(Boolean);
const keep = Boolean(process.env.E2E_KEEP);

let current: Workspace | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!keep) current?.remove();
    process.exit(130);
  });
}

// Asynchronous, so that Ctrl+C (which the children get too) reaches the
// handler above at once instead of after the next target has started.
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    spawn(command, args, { cwd, env, stdio: "inherit" })
      .on("error", () => resolve(false))
      .on("exit", (code) => resolve(code === 0));
  });
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

let failed = false;
const before = outputFingerprint(project);
fs.mkdirSync(path.join(project, "reports"), { recursive: true });
for (const name of names) {
  const target = TARGETS[name];
  if (!target) {
    console.error(`e2e: unknown target "${name}" (known: ${Object.keys(TARGETS).join(", ")})`);
    failed = true;
    continue;
  }
  const absent = target.skip?.(project);
  if (absent) {
    console.log(`\ne2e [${name}]: skipped: ${absent}`);
    continue;
  }
  const started = Date.now();
  current = createWorkspace(project, `e2e-${name}`);
  let content: ReturnType<typeof target.content> | undefined;
  try {
    content = target.content(current.dir, project);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...content.env,
      NEXT_TELEMETRY_DISABLED: "1",
      // Every target's build takes the image copies the first one made (lib/images/make-copies).
      QUIRE_CACHE_DIR: process.env.QUIRE_CACHE_DIR || path.join(project, "node_modules", ".cache", "quire"),
      E2E_TARGET: name,
      E2E_REPORT: path.join(project, "reports", `e2e-${name}.json`),
      E2E_OUTPUT_DIR: path.join(project, "test-results", name),
    };
    delete env.BASE_PATH;
    delete env.NEXT_OUTPUT;
    Object.assign(env, target.build);
    console.log(`\ne2e [${name}]: in ${current.dir}: ${content.description}`);
    let built = true;
    if (target.build) {
      const [command, ...args] = target.buildCommand ?? ["npm", "run", "build", "--silent"];
      built = await run(command, args, current.dir, env);
      console.log(`e2e [${name}]: build ${built ? "done" : "FAILED"} in ${seconds(started)}`);
    }
    const tested = Date.now();
    if (!built || !(await run("npx", ["playwright", "test", ...process.argv.slice(2)], current.dir, env))) failed = true;
    if (built) console.log(`e2e [${name}]: tests in ${seconds(tested)}, target in ${seconds(started)}`);
  } finally {
    try {
      if (content) target.finish?.(content.env, project);
    } catch (error) {
      console.error(`e2e [${name}]: ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    }
    if (keep) console.log(`e2e [${name}]: kept ${current.dir}`);
    else current.remove();
    current = undefined;
  }
}
if (outputFingerprint(project) !== before) {
  console.error(`e2e: the project's ${AUTHOR_OUTPUT.join(", ")} changed during the run; tests must only build in their copies`);
  failed = true;
}
process.exit(failed ? 1 : 0);
