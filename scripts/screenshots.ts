/**
 * `npm run screenshots`: the README's screenshots, regenerated. Builds the
 * site in a throwaway copy of the project (the author's .next, out/ and
 * public/_content are never written), serves it with `next start` on a free
 * port and captures each page at each width in each theme with Debian's
 * Chromium, as palette PNGs in docs/screenshots/<page>-<width>-<theme>.png.
 *
 *   npm run screenshots                      # the real corpus when present, else content/blog
 *   npm run screenshots -- --content DIR     # any folder of posts (it needs /blog/europython-2014)
 *
 * The workspace, the build and the server are removed or stopped however the
 * run ends: normally, on an error or on Ctrl+C.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { stopServerAndWait } from "./bench/http";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { contentCopy, corpusPath } from "./e2e/content";
import { AUTHOR_OUTPUT, createWorkspace, outputFingerprint, type Workspace } from "./e2e/workspace";

const PAGES = [
  { name: "home", path: "/" },
  { name: "post", path: "/blog/europython-2014" },
  { name: "archive", path: "/archive" },
] as const;
/** A desktop and a phone viewport, at deviceScaleFactor 1 so the README stays light. */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const THEMES = ["light", "dark"] as const;
type Theme = (typeof THEMES)[number];

const OUTPUT_DIR = "docs/screenshots";
const PAGE_TIMEOUT_MS = 30_000;

const project = process.cwd();
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

function contentSource(): string {
  const index = process.argv.indexOf("--content");
  if (index !== -1) {
    const dir = process.argv[index + 1];
    if (!dir) throw new Error("--content needs a folder");
    return path.resolve(dir);
  }
  const corpus = corpusPath(project);
  return fs.existsSync(corpus) ? corpus : path.join(project, "content/blog");
}

// What is stopped or removed however the run ends (cleanUp).
let workspace: Workspace | undefined;
let build: ChildProcess | undefined;
let server: ChildProcess | undefined;
let browser: Browser | undefined;

async function cleanUp() {
  const [b, s, w] = [browser, server, workspace];
  browser = server = workspace = undefined;
  const steps: Array<[string, () => unknown]> = [
    ["close Chromium", () => b?.close()],
    ["stop the build", () => build && stopServerAndWait(build)],
    ["stop next start", () => s && stopServerAndWait(s)],
    [`remove ${w?.dir}`, () => w?.remove()],
  ];
  for (const [what, step] of steps) {
    try {
      await step();
    } catch (error) {
      console.error(`screenshots: could not ${what}: ${error instanceof Error ? error.message : error}`);
    }
  }
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    // Ctrl+C can arrive twice (from the terminal, and relayed by npm): clean up once. The npm
    // script runs `node --import tsx`, not the `tsx` launcher, which SIGKILLs a child that does
    // not acknowledge a signal within 30 ms: a busy capture loop, and nothing left to clean up.
    if (interrupted) return;
    interrupted = true;
    console.error(`\nscreenshots: ${signal}, cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a command in its own process group (so stopServerAndWait stops all of it), its output appended to `log`. */
function spawnGroup(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const output = fs.openSync(log, "a");
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", output, output], detached: true });
  fs.closeSync(output);
  return child;
}

const logTail = (log: string) => fs.readFileSync(log, "utf8").trimEnd().split("\n").slice(-30).join("\n");

/** `npm run build` in the workspace. */
function runBuild(cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<void> {
  build = spawnGroup("npm", ["run", "build", "--silent"], cwd, env, log);
  return new Promise((resolve, reject) => {
    build!.on("error", reject).on("exit", (code, signal) => {
      build = undefined;
      if (code === 0) resolve();
      else reject(new Error(`npm run build failed (${code ?? signal}); the end of its output:\n${logTail(log)}`));
    });
  });
}

/** `next start` in the workspace, resolved once it answers. */
async function startNext(cwd: string, env: NodeJS.ProcessEnv, log: string, port: number): Promise<void> {
  // Kept in `server` from the start, so that Ctrl+C while it comes up stops it too.
  const child = (server = spawnGroup("next", ["start", "-p", String(port), "-H", "127.0.0.1"], cwd, env, log));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}); the end of its output:\n${logTail(log)}`);
    if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) return;
    if (Date.now() > deadline) throw new Error(`next start did not answer on port ${port} within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Loads `url` (twice: fonts cached) and waits until what the viewport shows
 * is final: the load event, every image that intersects the viewport loaded
 * and decoded (lazy ones too) and the web fonts ready. A broken image fails the run, naming it.
 */
async function loadSettled(page: Page, url: string) {
  // A first visit fetches the fonts; with `font-display: optional` a page shows
  // them once they are cached, as a reader's second page does.
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response?.ok()) throw new Error(`GET ${url}: ${response?.status() ?? "no response"}`);
  const broken = await page.evaluate(async () => {
    const visible = [...document.images].filter((img) => {
      const box = img.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.left < innerWidth && box.right > 0;
    });
    // No named functions in here: tsx would wrap them in a helper (__name) the page does not have.
    const loaded = visible.map(
      (img) =>
        new Promise<void>((done) => {
          if (img.complete) return done();
          img.addEventListener("load", () => done(), { once: true });
          img.addEventListener("error", () => done(), { once: true });
        }),
    );
    // An image still loading after 20 s is reported below as not loaded (evaluate itself has no timeout).
    const giveUp = new Promise<void>((done) => setTimeout(done, 20_000));
    await Promise.race([Promise.all([...loaded, document.fonts.ready]), giveUp]);
    // Loaded is not painted: `decoding="async"` images are decoded off the main thread.
    await Promise.race([Promise.all(visible.map((img) => img.decode().catch(() => undefined))), giveUp]);
    // Two frames: what was just loaded is painted.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return visible.filter((img) => img.naturalWidth === 0).map((img) => img.currentSrc || img.src);
  });
  if (broken.length) throw new Error(`${url}: image(s) above the fold did not load: ${broken.join(", ")}`);
}

/** The reader's theme is what next-themes put on <html> (components/ThemeProvider.tsx: attribute="class"). */
async function assertTheme(page: Page, theme: Theme, url: string) {
  const classes = await page.evaluate(() => [...document.documentElement.classList]);
  const other: Theme = theme === "light" ? "dark" : "light";
  if (!classes.includes(theme) || classes.includes(other)) {
    throw new Error(`${url}: expected the ${theme} theme, <html class="${classes.join(" ")}">`);
  }
}

/** A check on the pixels too: a dark page is mostly dark, a light one mostly light. */
async function assertBrightness(png: Buffer, theme: Theme, file: string) {
  const { channels } = await sharp(png).stats();
  const mean = (channels[0].mean + channels[1].mean + channels[2].mean) / 3;
  if ((theme === "dark") !== mean < 128) throw new Error(`${file}: mean brightness ${mean.toFixed(0)}/255 does not look ${theme}`);
}

/** A palette PNG (256 colours, maximum compression): text pages lose nothing visible and weigh a fraction. */
function optimise(png: Buffer): Promise<Buffer> {
  return sharp(png).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const source = contentSource();
  if (!fs.existsSync(source)) throw new Error(`${source}: no such folder`);
  const before = outputFingerprint(project);

  workspace = createWorkspace(project, "screenshots");
  const content = contentCopy(workspace.dir, project, source);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...content.env,
    NEXT_TELEMETRY_DISABLED: "1",
    PATH: `${path.join(workspace.dir, "node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`,
  };
  delete env.NEXT_OUTPUT;
  delete env.BASE_PATH;
  delete env.PRERENDER;
  const log = path.join(workspace.dir, "screenshots.log");
  console.log(`screenshots: building ${content.description} in ${workspace.dir}`);
  const built = Date.now();
  await runBuild(workspace.dir, env, log);
  console.log(`screenshots: built in ${seconds(built)}`);

  const port = await freePort();
  await startNext(workspace.dir, env, log, port);
  // Playwright's own signal handlers would exit before cleanUp has removed the workspace.
  const noSignals = { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ...noSignals });

  // Written only once all twelve are taken: a failed run leaves docs/screenshots as it was.
  const shots: Array<{ file: string; png: Buffer; capturedBytes: number }> = [];
  for (const viewport of VIEWPORTS) {
    for (const theme of THEMES) {
      // The reader's own setting: next-themes' default "system" follows prefers-color-scheme.
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: theme, reducedMotion: "reduce" });
      const page = await context.newPage();
      page.setDefaultTimeout(PAGE_TIMEOUT_MS);
      for (const { name, path: route } of PAGES) {
        const url = `http://127.0.0.1:${port}${route}`;
        await loadSettled(page, url);
        await assertTheme(page, theme, route);
        const file = path.join(OUTPUT_DIR, `${name}-${viewport.width}-${theme}.png`);
        const raw = await page.screenshot({ animations: "disabled", caret: "hide" });
        await assertBrightness(raw, theme, file);
        shots.push({ file, png: await optimise(raw), capturedBytes: raw.length });
      }
      await context.close();
    }
  }

  await cleanUp();
  if (outputFingerprint(project) !== before) {
    throw new Error(`the project's ${AUTHOR_OUTPUT.join(", ")} changed during the run; the build must only happen in its copy`);
  }
  fs.mkdirSync(path.join(project, OUTPUT_DIR), { recursive: true });
  let total = 0;
  for (const { file, png, capturedBytes } of shots) {
    fs.writeFileSync(path.join(project, file), png);
    total += png.length;
    console.log(`${file.padEnd(40)} ${kb(png.length).padStart(9)}  (${kb(capturedBytes)} as captured)`);
  }
  console.log(`screenshots: ${shots.length} files, ${kb(total)} in all; done in ${seconds(started)}`);
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    if (interrupted) return; // the signal handler cleans up and exits; what failed is only what it stopped
    console.error(`screenshots: ${error instanceof Error ? error.message : error}`);
    await cleanUp();
    process.exit(1);
  },
);
