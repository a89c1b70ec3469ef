/**
 * `npm run bench`: builds a synthetic blog (or --content DIR) in production
 * mode and prints build cost, output sizes and, with --serve, throughput.
 *
 *   npm run bench -- [--posts 1000] [--runs 3] [--content DIR] [--serve] [--lighthouse] [--json FILE]
 *   npm run bench -- --load [--content DIR]   # next start vs static export under load
 *   npm run bench -- --scale [--posts N] [--prerender 500] [--json FILE]
 *
 * --serve loads a post page, /, /blog and /feed.xml under `next start`;
 * --lighthouse runs Lighthouse (mobile) three times on / and a post page.
 * --scale (implied by --posts 5000 or more) prints the scale report of
 * issue 10 instead: each figure beside its budget (scripts/bench/scale.ts).
 *
 * It builds in the project folder (.next, .contentlayer, out are rebuilt)
 * but leaves public/_content, public/_quire and the posts as they were
 * (scripts/bench/safety.ts). A benchmark, not a test: it asserts nothing.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { printBudgetTable } from "./bench/budgets";
import { benchEnv, CONTENT_STEP } from "./bench/commands";
import { estimateScaleSeconds } from "./bench/estimate";
import { load, startServer, stopServer, serverRssMB, type LoadResult } from "./bench/http";
import { lighthouse, type LighthouseResult } from "./bench/lighthouse";
import { measure, type Measurement } from "./bench/measure";
import { appendToPost, protectGeneratedPublic } from "./bench/safety";
import { printScaleDetails, scaleReport } from "./bench/scale";
import { writeSyntheticCorpus } from "./bench/synthetic";
import { dirBytes, filesIn, machineLine, median, Phases, postFiles } from "./bench/util";
import { SEARCH_FILES_PATH } from "../lib/web/urls";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

const posts = Number(option("posts", "1000"));
const runs = Number(option("runs", "1"));
const jsonFile = option("json", "");
/** At 5000 posts the default report (a `next build` of every post, then sizes) says little; the scale one is what matters. */
const SCALE_FROM_POSTS = 5000;
const scale = flag("scale") || posts >= SCALE_FROM_POSTS;
/** PRERENDER for the scale report's `next start` build: 500, or half the posts below 1000, so some posts are left to render on request. */
const prerender = Number(option("prerender", String(Math.min(500, Math.floor(posts / 2)))));
const work = path.resolve(".bench");
const logFile = path.join(work, "build.log");
const contentDir = flag("content") ? path.resolve(option("content", "")) : path.join(work, `content-${posts}`);
const phases = new Phases();

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gz = (buffer: Buffer) => zlib.gzipSync(buffer, { level: 9 }).length;

async function build(env: NodeJS.ProcessEnv) {
  fs.rmSync(".next", { recursive: true, force: true });
  fs.rmSync(".contentlayer", { recursive: true, force: true });
  const content = await measure(CONTENT_STEP, env, logFile);
  const next = await measure("next build", env, logFile);
  return { content, next };
}

function sizes() {
  const app = ".next/server/app";
  const postPages = filesIn(`${app}/blog`, ".html").map((f) => ({ f, size: fs.statSync(f).size }));
  postPages.sort((a, b) => a.size - b.size);
  const medianPost = postPages[postPages.length >> 1];
  const tagPages = filesIn(`${app}/tags`, ".html").map((f) => ({ f, size: fs.statSync(f).size }));
  const biggestTag = tagPages.sort((a, b) => b.size - a.size)[0];
  const html = (file: string | undefined) => {
    if (!file || !fs.existsSync(file)) return { raw: 0, gzip: 0 };
    const buffer = fs.readFileSync(file);
    return { raw: buffer.length, gzip: gz(buffer) };
  };
  const body = (route: string) => html(`${app}/${route}.body`);

  // JavaScript a post page loads: every <script src> of its HTML, gzip.
  const postHtml = medianPost ? fs.readFileSync(medianPost.f, "utf8") : "";
  const scripts = [...postHtml.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const jsGzip = scripts.reduce((sum, src) => {
    const file = path.join(".next", src.replace(/^\/_next\//, "").split("?")[0]);
    return sum + (fs.existsSync(file) ? gz(fs.readFileSync(file)) : 0);
  }, 0);

  // Search: bytes before the first results of a body-word query = manifest + that word's shard.
  const manifest = body("search.json");
  const shards = filesIn(path.join("public", SEARCH_FILES_PATH, "terms"), ".json").map((f) => gz(fs.readFileSync(f)));
  shards.sort((a, b) => a - b);
  return {
    nextTotalMB: dirBytes(".next") / 1048576,
    nextServerMB: dirBytes(".next/server") / 1048576,
    postPages: postPages.length,
    postHtml: html(medianPost?.f),
    homeHtml: html(`${app}/index.html`),
    blogHtml: html(`${app}/blog.html`),
    tagHtml: html(biggestTag?.f),
    postJsGzip: jsGzip,
    postScripts: scripts.length,
    feed: body("feed.xml"),
    search: manifest,
    searchShards: shards.length,
    searchMedianShardGzip: shards.length ? shards[shards.length >> 1] : 0,
    searchLargestShardGzip: shards.at(-1) ?? 0,
  };
}

/**
 * One post edited, caches warm: the whole content step (which also re-checks
 * every post and copies the files beside them).
 */
async function incremental(env: NodeJS.ProcessEnv): Promise<{ content: number }> {
  const files = postFiles(contentDir);
  const restore = appendToPost(files[Math.floor(files.length / 2)], "\nOne more sentence, edited for the benchmark.\n");
  try {
    const content = (await measure(CONTENT_STEP, env, logFile)).wallSeconds;
    return { content };
  } finally {
    restore();
  }
}

/** Per field, the median of several Lighthouse runs of one page. */
function medianAudit(results: LighthouseResult[]): LighthouseResult {
  const m = (key: keyof LighthouseResult) => median(results.map((r) => r[key] as number));
  return {
    path: results[0].path,
    performance: m("performance"),
    accessibility: m("accessibility"),
    bestPractices: m("bestPractices"),
    seo: m("seo"),
    lcpMs: m("lcpMs"),
    tbtMs: m("tbtMs"),
    cls: m("cls"),
    benchmarkIndex: m("benchmarkIndex"),
    failing: [...new Set(results.flatMap((r) => r.failing))],
  };
}

function medianPostSlug(): string {
  const pages = fs.readdirSync(".next/server/app/blog").filter((f) => f.endsWith(".html")).sort();
  return path.basename(pages[pages.length >> 1], ".html");
}

/**
 * --load: the same site under `next start` and as a static export under a
 * static file server, side by side: 100 connections for 30 s per path.
 */
async function loadComparison(env: NodeJS.ProcessEnv) {
  const port = 3457;
  const paths = () => [`/blog/${medianPostSlug()}`, "/", "/feed.xml"];
  const rows: Array<{ server: string; rssBeforeMB: number; rssAfterMB: number; results: LoadResult[] }> = [];
  const servers: Array<[string, NodeJS.ProcessEnv, string]> = [
    ["next start", env, `next start -p ${port} -H 127.0.0.1`],
    ["static export (serve)", { ...env, NEXT_OUTPUT: "export" }, `serve out -l tcp://127.0.0.1:${port} --no-request-logging`],
  ];
  for (const [name, buildEnv, command] of servers) {
    console.log(`  building for ${name}…`);
    await measure("npm run build --silent", buildEnv, logFile);
    const list = paths();
    const server = await startServer(command, port, buildEnv);
    try {
      const rssBeforeMB = serverRssMB(server);
      const results: LoadResult[] = [];
      for (const p of list) results.push(await load(port, p, 100, 30));
      rows.push({ server: name, rssBeforeMB, rssAfterMB: serverRssMB(server), results });
    } finally {
      stopServer(server);
    }
  }
  console.log("\nload: 100 connections, 30 s per path, 127.0.0.1, gzip accepted");
  for (const row of rows) {
    console.log(`  ${row.server}: server RSS ${Math.round(row.rssBeforeMB)} MB before, ${Math.round(row.rssAfterMB)} MB after`);
    for (const r of row.results) {
      console.log(`    ${r.path.padEnd(48)} ${String(Math.round(r.reqPerSec)).padStart(6)} req/s  p50 ${r.p50ms} ms  p99 ${r.p99ms} ms  ${r.errors} errors`);
    }
  }
  return rows;
}

async function scaleMode(env: NodeJS.ProcessEnv) {
  const estimate = estimateScaleSeconds(posts);
  console.log(
    `bench --scale: ${flag("content") ? contentDir : `${posts} synthetic posts`}, PRERENDER=${prerender}; build log in ${path.relative(process.cwd(), logFile)}\n` +
      `  estimate: ~${Math.round(estimate.total / 60)} min at the rates last measured (${estimate.phases.map((p) => `${p.name} ${(p.seconds / 60).toFixed(1)}`).join(", ")} min); ` +
      `~${Math.round(estimate.withinBudgets / 60)} min if both builds take their budgets`,
  );
  const started = Date.now();
  const { figures, rows } = await scaleReport({ contentDir, env, prerender, work, log: logFile, phases });
  const machine = machineLine();
  const totalSeconds = (Date.now() - started) / 1000;
  console.log(`\n${machine}; ${figures.posts} posts; scale report took ${(totalSeconds / 60).toFixed(1)} min`);
  printBudgetTable(rows);
  printScaleDetails(figures);
  printPhases();
  if (jsonFile) fs.writeFileSync(jsonFile, `${JSON.stringify({ machine, totalSeconds, ...figures, phases: phases.done, budgets: rows }, null, 2)}\n`);
}

function printPhases() {
  const width = Math.max(...phases.done.map((p) => p.name.length));
  console.log("\nwhere the time went (wall):");
  for (const p of phases.done) console.log(`  ${p.name.padEnd(width)}  ${p.seconds.toFixed(1).padStart(7)} s`);
}

async function main() {
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(logFile, "");
  protectGeneratedPublic(work);
  if (!flag("content")) await phases.run(`write ${posts} synthetic posts`, () => writeSyntheticCorpus(contentDir, posts));
  const env = benchEnv(contentDir);
  if (flag("load")) {
    const rows = await loadComparison(env);
    if (jsonFile) fs.writeFileSync(jsonFile, `${JSON.stringify({ load: rows }, null, 2)}\n`);
    return;
  }
  if (scale) return scaleMode(env);
  console.log(`bench: ${flag("content") ? contentDir : `${posts} synthetic posts`}, ${runs} run(s); build log in ${path.relative(process.cwd(), logFile)}`);

  const builds: Array<{ content: Measurement; next: Measurement }> = [];
  for (let i = 0; i < runs; i++) {
    builds.push(await phases.run(`build, run ${i + 1}`, () => build(env)));
    const last = builds.at(-1)!;
    console.log(`  run ${i + 1}: content ${last.content.wallSeconds.toFixed(1)} s, next ${last.next.wallSeconds.toFixed(1)} s`);
  }
  const pick = (step: "content" | "next", key: keyof Measurement) => median(builds.map((b) => b[step][key]));
  const totals = builds.map((b) => ({
    wall: b.content.wallSeconds + b.next.wallSeconds,
    cpu: b.content.cpuSeconds + b.next.cpuSeconds,
    rss: Math.max(b.content.peakRssMB, b.next.peakRssMB),
  }));
  const out = await phases.run("output sizes", sizes);
  const incrementalSeconds = await phases.run("content rebuild, 1 post edited", () => incremental(env));

  const serve: LoadResult[] = [];
  const audits: LighthouseResult[] = [];
  if (flag("serve") || flag("lighthouse")) await phases.run("next start: load and Lighthouse", async () => {
    const port = 3456;
    const server = await startServer(`next start -p ${port} -H 127.0.0.1`, port, env);
    try {
      if (flag("serve")) {
        for (const p of [`/blog/${medianPostSlug()}`, "/", "/blog", "/feed.xml"]) serve.push(await load(port, p, 50, 10));
      }
      if (flag("lighthouse")) {
        for (const p of ["/", `/blog/${medianPostSlug()}`]) {
          const results: LighthouseResult[] = [];
          for (let i = 0; i < 3; i++) results.push(await lighthouse(`http://127.0.0.1:${port}${p}`));
          audits.push(medianAudit(results));
        }
      }
    } finally {
      stopServer(server);
    }
  });

  const figures = {
    machine: machineLine(),
    posts: out.postPages,
    runs,
    build: {
      contentWallS: pick("content", "wallSeconds"),
      contentCpuS: pick("content", "cpuSeconds"),
      contentPeakRssMB: pick("content", "peakRssMB"),
      nextWallS: pick("next", "wallSeconds"),
      nextCpuS: pick("next", "cpuSeconds"),
      nextPeakRssMB: pick("next", "peakRssMB"),
      totalWallS: median(totals.map((t) => t.wall)),
      totalCpuS: median(totals.map((t) => t.cpu)),
      peakRssMB: median(totals.map((t) => t.rss)),
      incrementalContentS: incrementalSeconds.content,
    },
    output: out,
    serve,
    lighthouse: audits,
  };

  const rows: Array<[string, string]> = [
    ["posts built", String(figures.posts)],
    ["build wall (content + next)", `${figures.build.totalWallS.toFixed(1)} s (${figures.build.contentWallS.toFixed(1)} + ${figures.build.nextWallS.toFixed(1)})`],
    ["build CPU user+sys", `${figures.build.totalCpuS.toFixed(1)} s (${figures.build.contentCpuS.toFixed(1)} + ${figures.build.nextCpuS.toFixed(1)})`],
    ["build peak RSS (process tree)", `${Math.round(figures.build.peakRssMB)} MB (content ${Math.round(figures.build.contentPeakRssMB)}, next ${Math.round(figures.build.nextPeakRssMB)})`],
    [
      "content rebuild, 1 post edited",
      `${incrementalSeconds.content.toFixed(1)} s whole content step`,
    ],
    [".next total / server", `${out.nextTotalMB.toFixed(1)} MB / ${out.nextServerMB.toFixed(1)} MB (${kb((out.nextServerMB * 1048576) / Math.max(1, out.postPages))} KB per post)`],
    ["post page HTML (median)", `${kb(out.postHtml.raw)} KB raw, ${kb(out.postHtml.gzip)} KB gzip`],
    ["home HTML", `${kb(out.homeHtml.raw)} KB raw, ${kb(out.homeHtml.gzip)} KB gzip`],
    ["/blog HTML", `${kb(out.blogHtml.raw)} KB raw, ${kb(out.blogHtml.gzip)} KB gzip`],
    ["largest tag page HTML", `${kb(out.tagHtml.raw)} KB raw, ${kb(out.tagHtml.gzip)} KB gzip`],
    ["JS a post page loads", `${kb(out.postJsGzip)} KB gzip in ${out.postScripts} scripts`],
    ["feed.xml", `${kb(out.feed.raw)} KB raw, ${kb(out.feed.gzip)} KB gzip`],
    ["search.json (manifest)", `${kb(out.search.raw)} KB raw, ${kb(out.search.gzip)} KB gzip`],
    ["search shards (median / largest)", `${out.searchShards} shards, ${kb(out.searchMedianShardGzip)} / ${kb(out.searchLargestShardGzip)} KB gzip`],
    ["search bytes before first results", `${kb(out.search.gzip + out.searchMedianShardGzip)} KB typical, ${kb(out.search.gzip + out.searchLargestShardGzip)} KB worst (gzip)`],
    ...serve.map(
      (s): [string, string] => [`next start ${s.path}`, `${Math.round(s.reqPerSec)} req/s, p50 ${s.p50ms} ms, p99 ${s.p99ms} ms, ${s.errors} errors`],
    ),
    ...audits.map((a): [string, string] => [
      `lighthouse ${a.path}`,
      `performance ${a.performance}, accessibility ${a.accessibility}, best practices ${a.bestPractices}, SEO ${a.seo}; ` +
        `LCP ${a.lcpMs} ms, TBT ${a.tbtMs} ms, CLS ${a.cls}; benchmarkIndex ${a.benchmarkIndex}` +
        (a.failing.length ? `; failing: ${a.failing.join(", ")}` : ""),
    ]),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${figures.machine}; medians of ${runs} run(s)`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  printPhases();
  if (jsonFile) fs.writeFileSync(jsonFile, `${JSON.stringify({ ...figures, phases: phases.done }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
