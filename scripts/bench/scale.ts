/**
 * The scale report (issue 10): the figures that grow with the number of
 * posts, each beside its budget. Runs in the project folder, like the rest
 * of the benchmark; the phases, in order:
 *
 *  1. cold content step + static export (`npm run export`, cold caches)
 *  2. `PRERENDER=N next build` on the content of step 1 (the content step
 *     depends on neither PRERENDER nor NEXT_OUTPUT), then `next start`: posts
 *     outside the prerendered set, first and second request; RSS after 300
 *     post pages
 *  3. warm content step after editing one post (the edit is undone)
 *  4. `npm run dev`: delay until an edit shows
 */
import fs from "node:fs";
import path from "node:path";
import { POST_INDEX } from "../../lib/data/documents";
import { atMost, BUDGETS, type BudgetRow } from "./budgets";
import { CONTENT_STEP, NEXT_BUILD } from "./commands";
import { devLoop, type DevLoopResult } from "./dev-loop";
import { serverRssMB, startServer, stopServerAndWait, timedGet } from "./http";
import { measure, type Measurement } from "./measure";
import { generatedPageCount, manifestRouteCount } from "./routes";
import { appendToPost } from "./safety";
import { dirBytes, median, Phases, postFiles } from "./util";

export interface ScaleOptions {
  contentDir: string;
  env: NodeJS.ProcessEnv;
  /** PRERENDER for the `next start` build. */
  prerender: number;
  work: string;
  log: string;
  phases: Phases;
}

const PORT = 3456;
const DEV_PORT = 3458;
const DISTINCT_PAGES = 300;

interface IndexedPost {
  relPath: string;
  slug: string;
}

/** Published posts, as the content step indexed them. */
function indexedPosts(): IndexedPost[] {
  const index = JSON.parse(fs.readFileSync(POST_INDEX, "utf8")) as {
    posts: Array<{ relPath: string; meta: { slug: string; draft?: boolean } }>;
  };
  return index.posts.filter((e) => !e.meta.draft).map((e) => ({ relPath: e.relPath, slug: e.meta.slug }));
}

/** `count` items spread evenly over `list`. */
function spread<T>(list: T[], count: number): T[] {
  if (list.length <= count) return list;
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
}

async function exportBuild(o: ScaleOptions) {
  for (const dir of [".next", ".contentlayer", "out"]) fs.rmSync(dir, { recursive: true, force: true });
  const env = { ...o.env, NEXT_OUTPUT: "export" };
  const content = await o.phases.run("cold content step (export)", () => measure(CONTENT_STEP, env, o.log));
  const buildLog = path.join(o.work, "export-build.log");
  fs.writeFileSync(buildLog, "");
  const next = await o.phases.run("next build (export) + finish-build", () => measure(NEXT_BUILD, env, buildLog));
  fs.appendFileSync(o.log, fs.readFileSync(buildLog));
  const posts = indexedPosts().length;
  return {
    posts,
    content,
    next,
    manifestRoutes: manifestRouteCount(fs.readFileSync(".next/prerender-manifest.json", "utf8")),
    generatedPages: generatedPageCount(fs.readFileSync(buildLog, "utf8")),
    outBytes: dirBytes("out"),
  };
}

/** The whole content step after one post changed, caches warm. */
async function warmContentStep(o: ScaleOptions): Promise<Measurement> {
  const files = postFiles(o.contentDir);
  const restore = appendToPost(files[files.length >> 1], "\nOne more sentence, edited for the benchmark.\n");
  try {
    return await o.phases.run("warm content step, 1 post edited", () => measure(CONTENT_STEP, o.env, o.log));
  } finally {
    restore();
  }
}

async function prerenderBuildAndServe(o: ScaleOptions) {
  fs.rmSync(".next", { recursive: true, force: true });
  const env = { ...o.env, PRERENDER: String(o.prerender) };
  const next = await o.phases.run(`next build, PRERENDER=${o.prerender}`, () => measure(NEXT_BUILD, env, o.log));
  const manifest = JSON.parse(fs.readFileSync(".next/prerender-manifest.json", "utf8")) as { routes: Record<string, unknown> };
  const posts = indexedPosts();
  // Both spellings of the path, whichever Next uses for a non-ASCII slug.
  const prerendered = (slug: string) => `/blog/${slug}` in manifest.routes || `/blog/${encodeURIComponent(slug)}` in manifest.routes;
  const outside = posts.filter((p) => !prerendered(p.slug));
  const url = (slug: string) => `http://127.0.0.1:${PORT}/blog/${encodeURIComponent(slug)}`;

  const server = await startServer(`next start -p ${PORT} -H 127.0.0.1`, PORT, env, 120_000, o.log);
  try {
    return await o.phases.run("next start: requests", async () => {
      const rssStartMB = serverRssMB(server);
      const probes = spread(outside, 5);
      const requests = [];
      for (const p of probes) {
        const first = await timedGet(url(p.slug));
        const second = await timedGet(url(p.slug));
        if (first.status !== 200 || second.status !== 200) throw new Error(`${url(p.slug)} answered ${first.status}, then ${second.status}`);
        requests.push({ slug: p.slug, firstMs: first.ms, firstCache: first.cache, secondMs: second.ms, secondCache: second.cache });
      }
      const pages = spread(posts, DISTINCT_PAGES);
      let errors = 0;
      for (const p of pages) if ((await timedGet(url(p.slug))).status !== 200) errors += 1;
      return {
        next,
        prerenderedPosts: posts.length - outside.length,
        requests,
        rssStartMB,
        distinctPages: pages.length,
        distinctPageErrors: errors,
        rssAfterPagesMB: serverRssMB(server),
      };
    });
  } finally {
    await stopServerAndWait(server);
  }
}

export async function scaleReport(o: ScaleOptions) {
  const exported = await exportBuild(o);
  const served = await prerenderBuildAndServe(o);
  const warm = await warmContentStep(o);
  const posts = indexedPosts();
  const devPost = posts[posts.length >> 1];
  const dev: DevLoopResult = await o.phases.run("npm run dev: edit to page", () =>
    devLoop(o.env, { file: path.join(o.contentDir, devPost.relPath), slug: devPost.slug }, DEV_PORT, o.log),
  );

  const figures = toFigures(o, exported, warm, served, dev);
  return { figures, rows: budgetRows(figures) };
}

function toFigures(
  o: ScaleOptions,
  exported: Awaited<ReturnType<typeof exportBuild>>,
  warm: Measurement,
  served: Awaited<ReturnType<typeof prerenderBuildAndServe>>,
  dev: DevLoopResult,
) {
  return {
    posts: exported.posts,
    coldContent: { ...exported.content, msPerPost: (exported.content.wallSeconds * 1000) / exported.posts },
    export: {
      content: exported.content,
      nextAndFinish: exported.next,
      wallSeconds: exported.content.wallSeconds + exported.next.wallSeconds,
      cpuSeconds: exported.content.cpuSeconds + exported.next.cpuSeconds,
      peakRssMB: Math.max(exported.content.peakRssMB, exported.next.peakRssMB),
      manifestRoutes: exported.manifestRoutes,
      generatedPages: exported.generatedPages,
      routesPerPost: exported.manifestRoutes / exported.posts,
      outBytes: exported.outBytes,
      outKBPerPost: exported.outBytes / 1024 / exported.posts,
    },
    warmContent: warm,
    prerender: {
      n: o.prerender,
      nextAndFinish: served.next,
      prerenderedPosts: served.prerenderedPosts,
      requests: served.requests,
      firstRequestMedianMs: served.requests.length ? median(served.requests.map((r) => r.firstMs)) : NaN,
      secondRequestMedianMs: served.requests.length ? median(served.requests.map((r) => r.secondMs)) : NaN,
      rssStartMB: served.rssStartMB,
      distinctPages: served.distinctPages,
      distinctPageErrors: served.distinctPageErrors,
      rssAfterPagesMB: served.rssAfterPagesMB,
    },
    dev: { ...dev, medianDelayMs: median(dev.delaysMs.map((ms) => (Number.isNaN(ms) ? Infinity : ms))) },
  };
}

type ScaleFigures = ReturnType<typeof toFigures>;

function budgetRows(f: ScaleFigures): BudgetRow[] {
  const e = f.export;
  const p = f.prerender;
  const cacheOk = p.requests.length > 0 && p.requests.every((r) => r.secondCache === "HIT" || r.secondMs < r.firstMs);
  const caches = [...new Set(p.requests.map((r) => `${r.firstCache}→${r.secondCache}`))].join(", ");
  return [
    atMost("cold content step, ms per post", f.coldContent.msPerPost, BUDGETS.coldContentMsPerPost, "ms"),
    atMost("export build wall (content + next + finish)", e.wallSeconds / 60, BUDGETS.exportWallS / 60, "min", 2),
    atMost("export build peak RSS, process tree", e.peakRssMB, BUDGETS.exportPeakRssMB, "MB", 0),
    {
      ...atMost("prerendered routes per post", e.routesPerPost, BUDGETS.routesPerPost, "", 2),
      value: `${e.routesPerPost.toFixed(2)} (${e.manifestRoutes} routes; build line ${e.generatedPages ?? "absent"})`,
    },
    atMost("out/ per post", e.outKBPerPost, BUDGETS.outKBPerPost, "KB"),
    atMost("warm content step, 1 post edited", f.warmContent.wallSeconds, BUDGETS.warmContentS, "s", 2),
    atMost(`next build wall, PRERENDER=${p.n}`, p.nextAndFinish.wallSeconds / 60, BUDGETS.prerenderBuildWallS / 60, "min", 2),
    {
      ...atMost(`first request, post outside the ${p.prerenderedPosts} (median of ${p.requests.length})`, p.firstRequestMedianMs, BUDGETS.firstRequestMs, "ms", 0),
      ...(p.requests.length ? {} : { value: "no post outside the prerendered set" }),
    },
    {
      figure: "second request (median), x-nextjs-cache",
      value: p.requests.length ? `${p.secondRequestMedianMs.toFixed(0)} ms, ${caches}` : "not measured",
      budget: "HIT, or faster than first",
      ok: p.requests.length ? cacheOk : undefined,
    },
    atMost(`next start RSS after ${p.distinctPages} post pages`, p.rssAfterPagesMB, BUDGETS.startRssMB, "MB", 0),
    atMost("npm run dev: edit shown (median of 3)", f.dev.medianDelayMs, BUDGETS.devEditMs, "ms", 0),
  ];
}

/** The figures behind the budget table: each request, each part of each build. */
export function printScaleDetails(figures: ScaleFigures): void {
  const e = figures.export;
  const p = figures.prerender;
  console.log(
    `\n  export build: content ${e.content.wallSeconds.toFixed(1)} s + next build and finish ${e.nextAndFinish.wallSeconds.toFixed(1)} s wall; ` +
      `CPU ${e.cpuSeconds.toFixed(0)} s; peak RSS content ${Math.round(e.content.peakRssMB)} MB, next ${Math.round(e.nextAndFinish.peakRssMB)} MB; out/ ${(e.outBytes / 1048576).toFixed(1)} MB`,
  );
  console.log(
    `  PRERENDER=${p.n}: ${p.prerenderedPosts} posts prerendered; next build CPU ${p.nextAndFinish.cpuSeconds.toFixed(0)} s, peak RSS ${Math.round(p.nextAndFinish.peakRssMB)} MB; ` +
      `next start RSS ${Math.round(p.rssStartMB)} MB at start`,
  );
  for (const r of p.requests) {
    console.log(`    /blog/${r.slug}: ${r.firstMs.toFixed(0)} ms (${r.firstCache}), then ${r.secondMs.toFixed(0)} ms (${r.secondCache})`);
  }
  if (p.distinctPageErrors) console.log(`    ${p.distinctPageErrors} of ${p.distinctPages} post pages did not answer 200`);
  const d = figures.dev;
  console.log(
    `  npm run dev: up in ${d.startSeconds.toFixed(1)} s, post page first load ${d.firstLoadMs.toFixed(0)} ms, edits shown after ${d.delaysMs.map((ms) => ms.toFixed(0)).join(", ")} ms; ` +
      `${d.errorResponses} polls answered with an error status meanwhile`,
  );
}
