/**
 * The `vercel` e2e target (scripts/e2e/targets.ts): what Vercel builds, run here.
 *
 *   tsx scripts/e2e/vercel.ts build          `vercel build`, offline, into .vercel/output
 *   tsx scripts/e2e/vercel.ts serve <port>   runs the built functions on 127.0.0.1:<port>
 *
 * `build` writes the project link the CLI would write after `vercel link`, so
 * it asks no account and no network; the CLI runs `npm run build` itself.
 * The CLI is pinned to 58.10.0: the platform packages newer versions name
 * (`@vercel/vc-native-*`) are not all on the registry, and `npm ci` refuses a
 * lock file without them.
 *
 * `serve` is no Vercel emulator: it gives tests/e2e/vercel.spec.ts a way to
 * call the real page functions. A request is served, in this order, from
 * `.vercel/output/static`, by the function named after its path
 * (`functions/feed.xml.func`), or by the function a rewrite route of
 * `config.json` leads to (`/blog/<slug>` -> `/blog/[slug]`), with the
 * `x-matched-path` header Vercel's router sends. Prerendered fallbacks are
 * never served: every page answer comes from a function. Route headers and
 * the proxy (middleware) are not applied; the spec reads them from config.json.
 * There is no ISR cache in front of the functions, so what revalidatePath
 * asks of Vercel's cache (dropping a page's cached copy) is not exercised
 * here: every request reaches a function, which renders the page afresh.
 *
 * Each function runs in its own Node process from a folder holding only its
 * files: the `.func` folder plus the files its `.vc-config.json` maps in
 * (`filePathMap`), hard-linked, and an environment without CONTENT_DIR. What
 * the function did not carry, it cannot read. Its output goes to
 * `.vercel/e2e-functions/<name>.log`. The variables named in
 * `E2E_FUNCTION_ENV` (comma-separated) are passed on: they stand for the
 * project's environment variables, which Vercel gives every function at run
 * time (DATABASE_URL, COMMENTS_SECRET...).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export const OUTPUT_DIR = ".vercel/output";
export const RUN_DIR = ".vercel/e2e-functions";

/** The link `vercel link` writes; `settings` stand in for the project settings the CLI would fetch. */
export const PROJECT_LINK = {
  projectId: "prj_quire_e2e",
  orgId: "team_quire_e2e",
  settings: {
    framework: "nextjs",
    buildCommand: "npm run build",
    installCommand: "",
    outputDirectory: null,
    rootDirectory: null,
    nodeVersion: "20.x",
  },
};

export interface FunctionConfig {
  handler: string;
  launcherType?: string;
  filePathMap?: Record<string, string>;
}

export function readFunctionConfig(funcDir: string): FunctionConfig {
  return JSON.parse(fs.readFileSync(path.join(funcDir, ".vc-config.json"), "utf8")) as FunctionConfig;
}

function build(): number {
  fs.mkdirSync(".vercel", { recursive: true });
  fs.writeFileSync(".vercel/project.json", `${JSON.stringify(PROJECT_LINK)}\n`);
  // No telemetry, no prompt, no look-up of a newer CLI on the registry.
  const env = { ...process.env, VERCEL_TELEMETRY_DISABLED: "1", CI: "1", NO_UPDATE_NOTIFIER: "1" };
  return spawnSync("npx", ["vercel", "build", "--yes"], { stdio: "inherit", env }).status ?? 1;
}

interface Route {
  src?: string;
  dest?: string;
  handle?: string;
}

/** The routes Vercel's router applies after the file system misses: dynamic pages. */
function rewriteRoutes(): { pattern: RegExp; dest: string }[] {
  const { routes } = JSON.parse(fs.readFileSync(path.join(OUTPUT_DIR, "config.json"), "utf8")) as { routes: Route[] };
  const start = routes.findIndex((r) => r.handle === "rewrite");
  const end = routes.findIndex((r, i) => i > start && r.handle);
  return routes
    .slice(start + 1, end)
    .flatMap((r) => (r.src && r.dest ? [{ pattern: new RegExp(r.src), dest: r.dest }] : []));
}

/** The function that answers `pathname`, and the URL and matched path it is called with. */
export function functionFor(
  pathname: string,
  rewrites: { pattern: RegExp; dest: string }[],
  exists = (funcPath: string) => fs.existsSync(path.join(OUTPUT_DIR, "functions", `${funcPath}.func`)),
): { funcPath: string; query: string } | undefined {
  // Next names most outputs after the decoded path (`og/café.png`), some after the encoded one (`tags/c%23`).
  for (const name of new Set([safeDecode(pathname), pathname])) {
    const own = name === "/" ? "/index" : name.replace(/\/$/, "");
    if (exists(own)) return { funcPath: own, query: "" };
  }
  for (const { pattern, dest } of rewrites) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const target = dest.replace(/\$(\w+)/g, (_, name: string) => (/^\d+$/.test(name) ? match[Number(name)] : match.groups?.[name]) ?? "");
    const [funcPath, query = ""] = target.split("?");
    if (exists(funcPath)) return { funcPath, query };
  }
  return undefined;
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** A folder holding exactly what the function carries: its `.func` folder and the files it maps in. */
function stageFunction(funcDir: string, dest: string) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(funcDir, dest, { recursive: true });
  for (const [inside, source] of Object.entries(readFunctionConfig(funcDir).filePathMap ?? {})) {
    const target = path.join(dest, inside);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.linkSync(path.resolve(source), target);
  }
}

/**
 * Runs in the function's own process: Vercel's Node launcher hands the
 * handler Node's (req, res), and gives Next the request context it reads
 * `waitUntil` from (the global `Symbol.for("@next/request-context")`), so
 * `after()` works: its work goes on after the answer. Here the process
 * simply stays up; a failure in it is logged.
 */
const RUNNER = `
const handler = require(require("node:path").resolve(process.argv[1]));
const { AsyncLocalStorage } = require("node:async_hooks");
const requests = new AsyncLocalStorage();
globalThis[Symbol.for("@next/request-context")] = { get: () => requests.getStore() };
const waitUntil = (promise) => void Promise.resolve(promise).catch((error) => console.error("waitUntil:", error));
const server = require("node:http").createServer((req, res) => requests.run({ waitUntil }, () => handler(req, res)));
server.listen(0, "127.0.0.1", () => process.send(server.address().port));
// The emulator gone (Playwright kills it without a word), the function goes too.
process.on("disconnect", () => process.exit(0));
`;

/** The project's environment variables (E2E_FUNCTION_ENV names them). */
function projectEnv(): Record<string, string> {
  const names = (process.env.E2E_FUNCTION_ENV ?? "").split(",").filter(Boolean);
  return Object.fromEntries(names.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]!]])));
}

const running = new Map<string, Promise<number>>();
const children: ChildProcess[] = [];

/** The port of the process running the function at `funcPath` (started on first use). */
function functionPort(funcPath: string): Promise<number> {
  const real = fs.realpathSync(path.join(OUTPUT_DIR, "functions", `${funcPath}.func`));
  let port = running.get(real);
  if (!port) {
    const name = path.relative(path.resolve(OUTPUT_DIR, "functions"), real).replace(/[^\w.-]+/g, "_");
    const dir = path.resolve(RUN_DIR, name);
    stageFunction(real, dir);
    const log = fs.openSync(`${dir}.log`, "w");
    // A function gets no build environment (no CONTENT_DIR, no project folder) and runs in UTC.
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "", NODE_ENV: "production", TZ: "UTC", ...projectEnv() };
    const child = spawn(process.execPath, ["-e", RUNNER, path.join(dir, readFunctionConfig(real).handler)], {
      cwd: dir,
      env,
      stdio: ["ignore", log, log, "ipc"],
    });
    children.push(child);
    port = new Promise<number>((resolve, reject) => {
      child.once("message", (message) => resolve(Number(message)));
      child.once("exit", (code) => reject(new Error(`function ${name} exited (${code}); see ${dir}.log`)));
    });
    running.set(real, port);
  }
  return port;
}

const TYPES: Record<string, string> = {
  ".css": "text/css",
  ".js": "text/javascript",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
  ".html": "text/html; charset=utf-8",
};

function serve(port: number) {
  const rewrites = rewriteRoutes();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(OUTPUT_DIR, "static", safeDecode(url.pathname));
    if (!url.pathname.endsWith("/") && fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      fs.createReadStream(file).pipe(res);
      return;
    }
    const found = functionFor(url.pathname, rewrites);
    if (!found) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`no function for ${url.pathname}\n`);
      return;
    }
    try {
      const query = new URLSearchParams(url.search);
      for (const [key, value] of new URLSearchParams(found.query)) query.set(key, value);
      const search = query.size ? `?${query}` : "";
      const upstream = http.request({
        host: "127.0.0.1",
        port: await functionPort(found.funcPath),
        method: req.method,
        path: `${url.pathname}${search}`,
        // A connection per call: a kept-alive one the function's server closes
        // after 5 idle seconds can be reset under the next call.
        agent: false,
        // Each request is its own invocation, named as Vercel names it: without
        // the id, a function in minimal mode answers the same path from an
        // in-process cache for 10 s (NEXT_PRIVATE_RESPONSE_CACHE_TTL), which
        // Vercel never lets it do across requests.
        headers: { ...req.headers, "x-matched-path": found.funcPath === "/index" ? "/" : found.funcPath, "x-invocation-id": randomUUID() },
      });
      upstream.on("response", (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", (error) => res.writeHead(502).end(String(error)));
      req.pipe(upstream);
    } catch (error) {
      res.writeHead(502, { "content-type": "text/plain" }).end(String(error));
    }
  });
  // Idle connections from the tests stay open longer than Node's 5 s: a
  // client reusing one as the server closes it gets "socket hang up", which
  // Vercel's edge, keeping connections far longer, does not cause.
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1");
  const stop = () => {
    for (const child of children) child.kill();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/e2e/vercel.ts")) {
  const [command, port] = process.argv.slice(2);
  if (command === "build") process.exit(build());
  else if (command === "serve" && port) serve(Number(port));
  else {
    console.error("usage: tsx scripts/e2e/vercel.ts build | serve <port>");
    process.exit(2);
  }
}
