/**
 * The content step (lib/content/step.ts), run before Contentlayer.
 *
 *   tsx scripts/prepare-content.ts           production: any content problem fails, one line each
 *   tsx scripts/prepare-content.ts --dev     the same checks; problems are printed and shown at the
 *                                            post's URL instead of stopping the dev server
 *   tsx scripts/prepare-content.ts --watch   for `npm run dev`: runs Contentlayer's watcher and
 *                                            redoes the step whenever a file in the content folder
 *                                            changes (new images are served at once, pages refresh)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { formatProblem } from "../lib/frontmatter";
import { contentDir, CONTENT_ASSET_DIR } from "../lib/content-assets";
import { runContentStep, type StepResult } from "../lib/content/step";
import { MIRROR_DIR } from "../lib/content/mirror";
import { isIgnoredName, isPostFile } from "../lib/content/files";
import { DEV_VERSION_FILE } from "../lib/content/dev-version";
import { POST_INDEX } from "../lib/content-store";
import { site } from "../site.config";

const watch = process.argv.includes("--watch");
const dev = watch || process.argv.includes("--dev");
const root = contentDir();
const projectDir = process.cwd();

/** Contentlayer caches by file mtime only: start afresh when the inputs change meaning. */
function resetCacheWhenSettingsChange() {
  const stampFile = path.resolve(".contentlayer", "quire-settings.json");
  const stamp = JSON.stringify({ root, basePath: process.env.BASE_PATH ?? "" });
  const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : "";
  if (previous !== stamp) {
    fs.rmSync(path.resolve(".contentlayer"), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(stampFile), { recursive: true });
    fs.writeFileSync(stampFile, stamp);
  }
}

function summary(result: StepResult): string {
  return `Content: ${result.posts} posts (${result.published} published), ${result.assets.copied} files copied to public/${CONTENT_ASSET_DIR}, from ${path.relative(projectDir, root) || "."}; ${result.redirects} old URLs redirect`;
}

async function runOnce(): Promise<StepResult> {
  return runContentStep({ root, projectDir, site });
}

/** The dev server's pages import this file: rewriting it makes open pages refresh (lib/content/dev-version). */
let version = 0;
function bumpDevVersion() {
  version += 1;
  fs.writeFileSync(path.resolve(DEV_VERSION_FILE), `${JSON.stringify({ version })}\n`);
}

async function main() {
  if (!fs.existsSync(root)) {
    console.error(`Content folder not found: ${root} (set CONTENT_DIR)`);
    process.exit(1);
  }
  resetCacheWhenSettingsChange();
  const result = await runOnce();
  if (!fs.existsSync(DEV_VERSION_FILE)) bumpDevVersion();
  if (result.problems.length > 0) {
    for (const p of result.problems) console.error(formatProblem(p));
    if (!dev) {
      console.error(`\n${result.problems.length} content problem${result.problems.length === 1 ? "" : "s"} in ${root}; nothing was built.`);
      process.exit(1);
    }
    console.error(`${result.problems.length} content problem${result.problems.length === 1 ? "" : "s"}: the posts concerned show them at their URL until fixed.`);
  }
  if (dev) for (const w of result.warnings) console.warn(`warning: ${w}`);
  if (!watch) {
    console.log(summary(result));
    return;
  }
  startWatching(result);
}

function startWatching(initial: StepResult) {
  // Contentlayer's own watcher rebuilds the documents from the mirror.
  const contentlayer = spawn("npx", ["contentlayer2", "dev"], { stdio: "inherit" });
  contentlayer.on("exit", (code) => process.exit(code ?? 1));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      contentlayer.kill(signal);
      process.exit(0);
    });
  }

  let shown = new Set(initial.problems.map(formatProblem));
  let running = false;
  let again = false;
  const changed = new Set<string>();

  const rerun = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const files = [...changed];
      changed.clear();
      const result = await runOnce();
      const now = new Set(result.problems.map(formatProblem));
      for (const line of now) if (!shown.has(line)) console.error(line);
      for (const line of shown) if (!now.has(line)) console.log(`fixed: ${line}`);
      shown = now;
      // A post that names a new or changed file beside it renders again, now
      // with the file's real size.
      const assets = files.filter((f) => !isPostFile(f));
      if (assets.length > 0) touchPostsNaming(assets);
      bumpDevVersion();
    } catch (error) {
      console.error(`content: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
      if (again) {
        again = false;
        void rerun();
      }
    }
  };

  let timer: NodeJS.Timeout | undefined;
  fs.watch(root, { recursive: true }, (_event, name) => {
    if (!name) return;
    const rel = name.toString().split(path.sep).join("/");
    if (rel.split("/").some(isIgnoredName)) return;
    changed.add(rel);
    clearTimeout(timer);
    timer = setTimeout(() => void rerun(), 30);
  });
  // Contentlayer rewrote the documents: open pages refresh.
  fs.watchFile(path.resolve(POST_INDEX), { interval: 100 }, () => bumpDevVersion());
  console.log(`Watching ${path.relative(projectDir, root) || "."} for changes`);
}

/** Marks the mirrored posts whose text names one of `assets` as changed, so Contentlayer renders them again. */
function touchPostsNaming(assets: string[]) {
  const mirror = path.resolve(MIRROR_DIR);
  // As written in the post, or percent-encoded in a link.
  const names = assets.map((a) => a.split("/").pop()!).flatMap((n) => [n, encodeURI(n)]);
  const now = new Date();
  const visit = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (names.some((n) => fs.readFileSync(full, "utf8").includes(n))) fs.utimesSync(full, now, now);
    }
  };
  visit(mirror);
}

main();
