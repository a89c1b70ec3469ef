/**
 * Runs the content step (lib/build/step.ts): `npm run content`. The step
 * checks every post against the content model (contentlayer.config.ts) and
 * writes everything the server reads, the post index included.
 *
 *   node --import tsx scripts/prepare-content.ts          production: any content problem fails,
 *                                                         one line each
 *   node --import tsx scripts/prepare-content.ts --dev    the same checks; problems are printed and
 *                                                         shown at the post's URL instead of
 *                                                         stopping the dev server
 *   node --import tsx scripts/prepare-content.ts --watch  for `npm run dev`: redoes the step
 *                                                         whenever a file in the content folder
 *                                                         changes, then refreshes open pages
 *   ... --all-warnings                                    every warning line, instead of one line
 *                                                         for a kind more than three posts share
 *
 * (`node --import tsx`, not the `tsx` command, which starts a second process:
 * 0.2 s of every run.)
 */
import fs from "node:fs";
import path from "node:path";
import { formatProblem } from "../lib/frontmatter";
import { changedLines, DEV_REPORT_FILE, reportLines, summarizeWarnings, summaryLine, takeShownLines, writeShownLines } from "../lib/build/report";
import { contentDir, CONTENT_ASSET_DIR, isIgnoredContentName, pagesDir } from "../lib/content-folders";
import { runContentStep, type StepResult } from "../lib/build/step";
import { isPostFile } from "../lib/build/files";
import { watchTree } from "../lib/build/watch-tree";
import { codeStamp } from "../lib/build/code-stamp";
import { DEV_VERSION_FILE } from "../lib/build/dev-version";
import { staticMdxComponents } from "../components/mdx/static-components";
import { cardDesign } from "../lib/cards/design";
import { startCardDrawer } from "../lib/cards/drawer";
import { site } from "../site.config";
import { deployEnv } from "../lib/env";
import { missingMessageLines } from "../lib/i18n/site";
import { closeCommentsStore, commentsStore } from "../lib/comments/store";
import { writeExportSnapshot } from "../lib/comments/export-snapshot";
import type { ResolvedComments } from "../lib/comments/settings";

const watch = process.argv.includes("--watch");
// Every warning, instead of one line for a kind that many posts share.
const allWarnings = process.argv.includes("--all-warnings");
const dev = watch || process.argv.includes("--dev");
const root = contentDir();
const pagesRoot = pagesDir();
const projectDir = process.cwd();
const { basePath } = deployEnv;

/**
 * Everything generated is thrown away when what it was made with changes:
 * the content folder, BASE_PATH, or the code that renders (a new highlighting
 * theme must reach every post, not only the edited ones).
 */
function resetWhenInputsChange() {
  const stampFile = path.resolve(".contentlayer", "quire-settings.json");
  const stamp = JSON.stringify({ root, basePath, code: codeStamp(projectDir) });
  const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : "";
  if (previous !== stamp) {
    fs.rmSync(path.resolve(".contentlayer"), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(stampFile), { recursive: true });
    fs.writeFileSync(stampFile, stamp);
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

const summary = (result: StepResult, ms: number) =>
  summaryLine(result, { folder: path.relative(projectDir, root) || ".", assetDir: CONTENT_ASSET_DIR, ms, dev });

const stepSite = { ...site, cardDesign: cardDesign(projectDir) };
const cards = startCardDrawer(projectDir);

/** One run of the step; under the watcher, `changed` lists the files it saw change since the last. */
async function runOnce(changed?: ReadonlySet<string>): Promise<StepResult> {
  return runContentStep({ root, projectDir, site: stepSite, basePath, mdxComponents: staticMdxComponents, cards, changed, pagesRoot });
}

/** The dev server's pages import this file: rewriting it makes open pages refresh (lib/build/dev-version). */
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
  resetWhenInputsChange();
  const started = Date.now();
  const result = await runOnce();
  if (!fs.existsSync(DEV_VERSION_FILE)) bumpDevVersion();
  // Under `npm run dev` the `--dev` run has just printed: the watcher's first run adds only what changed since.
  const printed = watch ? takeShownLines(DEV_REPORT_FILE) : undefined;
  if (printed) printChanges(printed, lines(result));
  else printRun(result, Date.now() - started);
  const stepDone = Date.now();
  const drawn = await cards.done().catch((error: Error) => {
    console.error(`content: ${error.message}`);
    process.exit(1);
  });
  if (drawn > 0 && !dev) console.log(`Social cards: ${plural(drawn, "card")} drawn beside the step (${((Date.now() - stepDone) / 1000).toFixed(1)} s more)`);
  if (watch) return startWatching(result);
  cards.close();
  if (site.comments && deployEnv.output === "export" && !dev) await snapshotComments(site.comments);
}

/** A static export's comments, read once for every page (lib/comments/export-snapshot.ts). */
async function snapshotComments(rules: ResolvedComments) {
  try {
    const taken = await writeExportSnapshot(await commentsStore(rules));
    console.log(`Comments: ${plural(taken.comments, "approved comment")} of ${plural(taken.posts, "post")} go into the export, read-only`);
  } catch (error) {
    console.error(`comments: could not read the stored comments for the export: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await closeCommentsStore();
  }
}

/** Everything a run found: warnings, problems (a build stops on one), the summary. */
function printRun(result: StepResult, ms: number) {
  const warnings = allWarnings ? result.warnings : summarizeWarnings(result.warnings, "npm run content -- --all-warnings");
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const line of missingMessageLines()) console.warn(`warning: ${line}`);
  if (dev) for (const w of result.slugWarnings) console.warn(`warning: ${w}`);
  if (result.problems.length > 0) {
    for (const p of result.problems) console.error(formatProblem(p));
    if (!dev) {
      console.error(`\n${plural(result.problems.length, "content problem")} in ${root}; nothing was built.`);
      process.exit(1);
    }
    console.error(`${plural(result.problems.length, "content problem")}: the posts concerned show them at their URL until fixed.`);
  }
  console.log(summary(result, ms));
  if (dev && !watch) writeShownLines(DEV_REPORT_FILE, lines(result));
}

/** What the watcher compares from run to run: problems by file and field, warnings by text. */
const lines = (r: StepResult) => reportLines(r.problems, r.warnings);

/** Prints what changed: new problems and warnings, and the ones fixed. */
function printChanges(before: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>) {
  const change = changedLines(before, now);
  for (const line of change.shown) console.error(line);
  for (const line of change.fixed) console.log(line);
}

function startWatching(initial: StepResult) {
  let shown = lines(initial);
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
      const started = Date.now();
      const result = await runOnce(new Set(files));
      const now = lines(result);
      printChanges(shown, now);
      shown = now;
      if (result.rendered > 0 || files.some((f) => !isPostFile(f))) console.log(summary(result, Date.now() - started));
      // Open pages refresh once everything they read is written.
      bumpDevVersion();
      // New cards are drawn beside, after the page refreshed.
      cards.done().catch((error: Error) => console.error(`content: ${error.message}`));
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
  // One watch per folder (lib/build/watch-tree): a post saved by renaming
  // a copy over it must still be seen when it is deleted.
  watchTree(
    root,
    (rel) => {
      changed.add(rel);
      clearTimeout(timer);
      timer = setTimeout(() => void rerun(), 30);
    },
    isIgnoredContentName,
  );
  // Standalone pages: rendered again on any change to their folder.
  if (fs.existsSync(pagesRoot)) {
    fs.watch(pagesRoot, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rerun(), 30);
    });
  }
  console.log(`Watching ${path.relative(projectDir, root) || "."} for changes`);
}

void main();
