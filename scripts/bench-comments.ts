/**
 * `npm run bench:comments`: comments under load on `next start` with the
 * embedded database (PGlite), in three phases per run:
 *
 *   A. the sample site built and served without comments: readers only
 *      (keep-alive GETs of its post pages) -> req/s, p50/p95;
 *   B. the same site built with comments on (moderation `none`, so every
 *      comment is shown at once and its post page renders again), a fresh
 *      data folder: writers (preview for a token, wait minSecondsToSubmit,
 *      send) and the same readers at the same time; then the server is
 *      stopped and the data folder opened here: every acknowledged comment
 *      must be stored exactly once;
 *   C. the server started again on that folder, writers, `kill -9` of the
 *      process that listens (and holds the database) mid-run, at a moment
 *      when sends are in flight, a restart, one
 *      comment through the restarted server, and the same count; the pages
 *      must show every acknowledged comment after the restart.
 *
 *   npm run bench:comments -- [--runs 2] [--seconds 60] [--writers 50] [--readers 12] [--kill-after 15] [--moderation none|all] [--keep] [--json FILE]
 *
 * Builds in throwaway copies of the project (scripts/e2e/workspace.ts): the
 * author's .next, .contentlayer and public/_content are never written.
 * Every writer's submission comes from an address of its own
 * (X-Forwarded-For), so the per-address rate limit (5 per 10 minutes by
 * default; site.config.ts only, no variable) is left as sites run it and
 * refuses nothing. Load and server share the machine's cores. A benchmark:
 * it prints figures and exits non-zero only when a comment was lost or
 * duplicated, a request answered 5xx, or a page still missed an
 * acknowledged comment 30 s after the writes (after B, and after C's restart).
 */
import { execFileSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { serverRssMB, startServer, stopServerAndWait } from "./bench/http";
import { measure } from "./bench/measure";
import { machineLine, median, sleep } from "./bench/util";
import { createWorkspace, type Workspace } from "./e2e/workspace";
import { POST_INDEX } from "../lib/data/documents";
import { openDatabase } from "../lib/comments/store";
import { sql } from "../lib/comments/db/sql";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const runs = Number(option("runs", "2"));
const seconds = Number(option("seconds", "60"));
const writerCount = Number(option("writers", "50"));
const readerCount = Number(option("readers", "12"));
const killAfter = Number(option("kill-after", "15"));
/** `none` (default): every comment shown at once, its page rendered again; `all`: they wait, pages stay as built. */
const moderation = option("moderation", "none");
if (!["none", "all", "first"].includes(moderation)) throw new Error(`--moderation must be none, all or first, got ${moderation}`);
const keep = args.includes("--keep");
const jsonFile = option("json", "");

/** Ports of this benchmark (4100-4199): one per phase, so a server that lingers never answers for the next. */
const PORTS = { a: 4101, b: 4102, c: 4103 } as const;
const SECRET = "bench-comments-secret-not-for-production-0123456789";
const project = process.cwd();

// ---------------------------------------------------------------- HTTP

/** One keep-alive connection per reader or writer (maxSockets 1), so `connections` means sockets. */
const agent = () => new http.Agent({ keepAlive: true, maxSockets: 1 });

interface Answer {
  status: number;
  body: string;
  ms: number;
}

function request(port: number, a: http.Agent, method: "GET" | "POST", urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: urlPath, agent: a, headers, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

// ---------------------------------------------------------------- readers

interface ReadResult {
  requests: number;
  reqPerSec: number;
  p50ms: number;
  p95ms: number;
  non200: Record<string, number>;
}

/** `connections` keep-alive readers GET the pages in turn until `until()` says stop. */
async function readers(port: number, pages: string[], connections: number, until: () => boolean): Promise<ReadResult> {
  const latencies: number[] = [];
  const non200: Record<string, number> = {};
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, i) => {
      const a = agent();
      for (let n = i; !until(); n++) {
        try {
          const answer = await request(port, a, "GET", pages[n % pages.length], { "accept-encoding": "gzip" });
          latencies.push(answer.ms);
          if (answer.status !== 200) non200[answer.status] = (non200[answer.status] ?? 0) + 1;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          non200[code] = (non200[code] ?? 0) + 1;
          await sleep(100);
        }
      }
      a.destroy();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  return { requests: latencies.length, reqPerSec: latencies.length / elapsed, p50ms: percentile(latencies, 50), p95ms: percentile(latencies, 95), non200 };
}

// ---------------------------------------------------------------- writers

interface Ack {
  text: string;
  postKey: string;
  id: string;
}

interface WriteStats {
  previews: number;
  sends: number;
  acked: Ack[];
  /** By the message of the first error the JSON answer gave. */
  refused: Record<string, number>;
  /** Status >= 500, by status. */
  serverErrors: Record<string, number>;
  /** Connection errors (a server killed), by code. */
  failed: Record<string, number>;
  /** Sends with no answer (the server went away while they were in flight): stored or not, never acknowledged. */
  unanswered: string[];
  sendMs: number[];
  /** Sends awaiting their answer now. */
  inFlight: number;
}

const newStats = (): WriteStats => ({ previews: 0, sends: 0, acked: [], refused: {}, serverErrors: {}, failed: {}, unanswered: [], sendMs: [], inFlight: 0 });
const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/** A distinct address per submission (10.<phase>.x.y): the rate limit counts each apart. */
let addressCounter = 0;
const nextAddress = (phase: number) => {
  const n = addressCounter++;
  return `10.${phase}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
};

const FORM = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };

/**
 * One writer, as components/CommentForm.tsx does it: preview (a token and
 * how long to wait), wait, send. Starts no new comment once `until()` says
 * stop; stops at once when the server is gone (`gone()`).
 */
async function writer(port: number, phase: number, label: string, posts: string[], stats: WriteStats, until: () => boolean, gone: () => boolean) {
  const a = agent();
  // Writers start spread over one wait, not in step: at any moment some send, so a kill -9 meets sends in flight.
  await sleep(Math.random() * 3000);
  try {
    for (let seq = 0; !until() && !gone(); seq++) {
      const postKey = posts[seq % posts.length];
      const text = `Load ${label} n${seq} ${Math.random().toString(36).slice(2, 10)}: a comment with *emphasis* and a [link](https://example.org/${seq}).`;
      const fields = { post: postKey, name: `Writer ${label}`, text };
      const xff = nextAddress(phase);
      let answer: Answer;
      try {
        answer = await request(port, a, "POST", "/comments", { ...FORM, "x-forwarded-for": xff }, new URLSearchParams({ ...fields, step: "preview" }).toString());
      } catch (error) {
        bump(stats.failed, `preview ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        if (!gone()) await sleep(200);
        continue;
      }
      stats.previews += 1;
      if (answer.status >= 500) bump(stats.serverErrors, `preview ${answer.status}`);
      const preview = parse(answer.body) as { ok?: boolean; token?: string; waitMs?: number; errors?: Array<{ message: string }> };
      if (answer.status !== 200 || !preview.ok || !preview.token) {
        if (answer.status < 500) bump(stats.refused, `preview ${answer.status}: ${preview.errors?.[0]?.message ?? answer.body.slice(0, 80)}`);
        continue;
      }
      // The token's time is the server's; waiting from its answer covers it.
      await sleep(preview.waitMs ?? 3000);
      if (gone()) break;
      stats.sends += 1;
      stats.inFlight += 1;
      try {
        answer = await request(port, a, "POST", "/comments", { ...FORM, "x-forwarded-for": xff }, new URLSearchParams({ ...fields, token: preview.token, step: "send" }).toString());
      } catch (error) {
        bump(stats.failed, `send ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        stats.unanswered.push(text);
        continue;
      } finally {
        stats.inFlight -= 1;
      }
      stats.sendMs.push(answer.ms);
      if (answer.status >= 500) {
        bump(stats.serverErrors, `send ${answer.status}`);
        continue;
      }
      const sent = parse(answer.body) as { ok?: boolean; step?: string; anchor?: string; errors?: Array<{ message: string }> };
      const id = /^comment-c(\d+)$/.exec(sent.anchor ?? "")?.[1];
      if (answer.status === 200 && sent.ok && sent.step === "sent" && id) stats.acked.push({ text, postKey, id });
      else bump(stats.refused, `send ${answer.status}: ${sent.errors?.[0]?.message ?? answer.body.slice(0, 80)}`);
    }
  } finally {
    a.destroy();
  }
}

function parse(body: string): Record<string, unknown> {
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return {};
  }
}

async function writers(port: number, phase: number, run: number, posts: string[], count: number, until: () => boolean, gone: () => boolean = () => false, stats = newStats()) {
  await Promise.all(Array.from({ length: count }, (_, i) => writer(port, phase, `r${run}p${phase}w${i}`, posts, stats, until, gone)));
  return stats;
}

// ---------------------------------------------------------------- the store, read directly

interface StoredRow {
  id: string;
  post_key: string;
  body: string;
  state: string;
}

/** Every comment in the data folder, read with the server stopped (one process opens it at a time). */
async function storedComments(dataDir: string): Promise<StoredRow[]> {
  const db = await openDatabase({ driver: "pglite", dataDir });
  try {
    const { rows } = await db.query<StoredRow>(sql`select id::text as id, post_key, body, state from comments order by id`);
    return rows;
  } finally {
    await db.close();
  }
}

interface Check {
  acknowledged: number;
  stored: number;
  /** Acknowledged, not stored. */
  lost: number;
  /** Stored more than once. */
  duplicated: number;
  /** Stored under another id than the one acknowledged. */
  idMismatch: number;
}

function check(acked: Ack[], rows: StoredRow[]): Check {
  const byText = new Map<string, StoredRow[]>();
  for (const row of rows) byText.set(row.body, [...(byText.get(row.body) ?? []), row]);
  let lost = 0;
  let idMismatch = 0;
  for (const ack of acked) {
    const found = byText.get(ack.text);
    if (!found) lost += 1;
    else if (!found.some((row) => row.id === ack.id)) idMismatch += 1;
  }
  const duplicated = [...byText.values()].filter((list) => list.length > 1).length;
  return { acknowledged: acked.length, stored: rows.length, lost, duplicated, idMismatch };
}

// ---------------------------------------------------------------- servers

interface Site {
  workspace: Workspace;
  env: NodeJS.ProcessEnv;
  log: string;
}

/** A copy of the project, built with `comments` (QUIRE_COMMENTS) on or off. */
async function buildSite(comments: "on" | "off"): Promise<Site & { buildSeconds: number }> {
  const workspace = createWorkspace(project, `bench-comments-${comments}`);
  const log = path.join(workspace.dir, "bench.log");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    PATH: `${path.join(workspace.dir, "node_modules/.bin")}${path.delimiter}${process.env.PATH ?? ""}`,
    // Image copies of this build stay in its workspace.
    QUIRE_CACHE_DIR: path.join(workspace.dir, ".quire-cache"),
    QUIRE_COMMENTS: comments,
    QUIRE_COMMENTS_MODERATION: moderation,
    COMMENTS_SECRET: SECRET,
  };
  for (const name of ["NEXT_OUTPUT", "BASE_PATH", "PRERENDER", "CONTENT_DIR", "DATABASE_URL", "QUIRE_DATA_DIR", "SMTP_URL", "SMTP_HOST", "QUIRE_AUTHOR_EMAIL"]) delete env[name];
  const built = await measure(`cd '${workspace.dir}' && npm run build --silent`, env, log);
  // The build as it came out: each phase B and C starts from it, not from pages a previous run rendered.
  execFileSync("cp", ["-a", ".next", ".next-built"], { cwd: workspace.dir });
  return { workspace, env, log, buildSeconds: built.wallSeconds };
}

function resetBuild(site: Site) {
  fs.rmSync(path.join(site.workspace.dir, ".next"), { recursive: true, force: true });
  execFileSync("cp", ["-a", ".next-built", ".next"], { cwd: site.workspace.dir });
}

function freePort(port: number) {
  try {
    execFileSync("fuser", ["-k", `${port}/tcp`], { stdio: "ignore" });
  } catch {
    // nothing listened
  }
}

async function start(site: Site, port: number, extra: Record<string, string> = {}): Promise<ChildProcess> {
  freePort(port);
  fs.appendFileSync(site.log, `\n--- next start on ${port} ${JSON.stringify(extra)}\n`);
  return startServer(`next start -p ${port} -H 127.0.0.1`, port, { ...site.env, ...extra }, 120_000, site.log, site.workspace.dir);
}

/** The process that listens on the port: the one holding the database (`next start` may run it under a parent). */
function listenerPid(port: number): number {
  const out = execFileSync("fuser", ["-n", "tcp", String(port)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const pids = out.trim().split(/\s+/).map(Number).filter(Boolean);
  if (pids.length !== 1) throw new Error(`port ${port}: expected one listening process, found ${pids.join(", ") || "none"}`);
  return pids[0];
}

/** Files of `dir` a process has open. */
function openFilesUnder(pid: number, dir: string): number {
  let n = 0;
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(dir)) n += 1;
    } catch {
      // closed meanwhile
    }
  }
  return n;
}

/** The English post pages and their keys, as the content step indexed them. */
function postsOf(site: Site): Array<{ key: string; path: string }> {
  const index = JSON.parse(fs.readFileSync(path.join(site.workspace.dir, POST_INDEX), "utf8")) as {
    posts: Array<{ meta: { slug: string; lang?: string; draft?: boolean } }>;
  };
  return index.posts
    .filter((p) => !p.meta.draft && (p.meta.lang ?? "en") === "en")
    .map((p) => ({ key: `en/${p.meta.slug}`, path: `/blog/${encodeURIComponent(p.meta.slug)}` }));
}

interface Shown {
  /** Seconds until every post page showed every comment acknowledged on it; NaN if not within the timeout. */
  seconds: number;
  /** Acknowledged comments the pages still did not show at the timeout. */
  missing: number;
}

/** Polls the post pages until they show every comment acknowledged on them (their anchors). */
async function pagesShow(port: number, posts: Array<{ key: string; path: string }>, acked: Ack[], timeoutMs = 30_000): Promise<Shown> {
  // Comments that wait for the author are on no page.
  if (moderation !== "none") return { seconds: NaN, missing: 0 };
  const started = performance.now();
  const a = agent();
  try {
    for (;;) {
      let missing = 0;
      for (const post of posts) {
        const page = await request(port, a, "GET", post.path);
        missing += acked.filter((x) => x.postKey === post.key && !(page.status === 200 && page.body.includes(`id="comment-c${x.id}"`))).length;
      }
      const seconds = (performance.now() - started) / 1000;
      if (!missing) return { seconds, missing };
      if (seconds * 1000 > timeoutMs) return { seconds: NaN, missing };
      await sleep(500);
    }
  } finally {
    a.destroy();
  }
}

/**
 * One preview before the clock starts: the first comment request opens the
 * store (and creates the database in an empty folder), which takes seconds
 * once per server start; the load phases measure a server past that.
 */
async function openStore(port: number, postKey: string): Promise<number> {
  const a = agent();
  try {
    const answer = await request(port, a, "POST", "/comments", FORM, new URLSearchParams({ post: postKey, name: "Warm-up", text: "Opens the store.", step: "preview" }).toString());
    if (answer.status !== 200) throw new Error(`the first preview answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    return answer.ms / 1000;
  } finally {
    a.destroy();
  }
}

// ---------------------------------------------------------------- phases

const deadlineIn = (s: number) => {
  const end = Date.now() + s * 1000;
  return () => Date.now() >= end;
};

async function phaseA(site: Site, pages: string[]) {
  const server = await start(site, PORTS.a);
  try {
    const rssStartMB = serverRssMB(server);
    const read = await readers(PORTS.a, pages, readerCount, deadlineIn(seconds));
    return { read, rssStartMB, rssAfterMB: serverRssMB(server), load: os.loadavg()[0] };
  } finally {
    await stopServerAndWait(server);
  }
}

async function phaseB(site: Site, run: number, posts: Array<{ key: string; path: string }>, dataDir: string) {
  resetBuild(site);
  const server = await start(site, PORTS.b, { QUIRE_DATA_DIR: dataDir });
  let stats: WriteStats;
  let read: ReadResult;
  let rssStartMB: number;
  let rssOpenedMB: number;
  let openSeconds: number;
  let rssAfterMB: number;
  let shown: Shown;
  try {
    rssStartMB = serverRssMB(server);
    openSeconds = await openStore(PORTS.b, posts[0].key);
    rssOpenedMB = serverRssMB(server);
    const done = deadlineIn(seconds);
    // Readers run as long as the writers do (their last sends included).
    let writing = true;
    const reading = readers(PORTS.b, posts.map((p) => p.path), readerCount, () => !writing);
    stats = await writers(PORTS.b, 2, run, posts.map((p) => p.key), writerCount, done);
    writing = false;
    read = await reading;
    rssAfterMB = serverRssMB(server);
    shown = await pagesShow(PORTS.b, posts, stats.acked);
  } finally {
    await stopServerAndWait(server);
  }
  const rows = await storedComments(dataDir);
  return { stats, read, rssStartMB, rssOpenedMB, openSeconds, rssAfterMB, shown, load: os.loadavg()[0], check: check(stats.acked, rows) };
}

async function phaseC(site: Site, run: number, posts: Array<{ key: string; path: string }>, dataDir: string, before: Ack[]) {
  const keys = posts.map((p) => p.key);
  const server = await start(site, PORTS.c, { QUIRE_DATA_DIR: dataDir });
  let killed = false;
  let stats: WriteStats;
  let pid = 0;
  let openFiles = 0;
  let rssOpenedMB = 0;
  let rssBeforeKillMB = 0;
  let inFlightAtKill = 0;
  try {
    await openStore(PORTS.c, keys[0]);
    rssOpenedMB = serverRssMB(server);
    const live = newStats();
    const writing = writers(PORTS.c, 3, run, keys, writerCount, () => false, () => killed, live);
    await sleep(killAfter * 1000);
    // Everything the kill needs first: reading /proc and running fuser block this process for a while, and sends finish meanwhile.
    rssBeforeKillMB = serverRssMB(server);
    pid = listenerPid(PORTS.c);
    openFiles = openFilesUnder(pid, dataDir);
    // Struck while sends are in flight (transactions under way), if that happens within 10 s.
    for (const end = Date.now() + 10_000; live.inFlight < 1 && Date.now() < end; ) await sleep(1);
    inFlightAtKill = live.inFlight;
    process.kill(pid, "SIGKILL");
    killed = true;
    // And whatever else the server's process group holds.
    try {
      process.kill(-server.pid!, "SIGKILL");
    } catch {
      // gone with it
    }
    stats = await writing;
  } finally {
    await stopServerAndWait(server);
  }
  // Restarted on the same folder: it must open (crash recovery) and take a comment.
  const again = await start(site, PORTS.c, { QUIRE_DATA_DIR: dataDir });
  let after: WriteStats;
  let reopenSeconds: number;
  let shown: Shown;
  try {
    // Crash recovery happens here, when the restarted server first opens the store.
    reopenSeconds = await openStore(PORTS.c, keys[0]);
    after = await writers(PORTS.c, 3, run * 100 + 1, keys, 1, (() => {
      let once = false;
      return () => {
        const stop = once;
        once = true;
        return stop;
      };
    })());
    // Every comment acknowledged before the kill and after is on its page.
    shown = await pagesShow(PORTS.c, posts, [...before, ...stats.acked, ...after.acked]);
  } finally {
    await stopServerAndWait(again);
  }
  const rows = await storedComments(dataDir);
  const texts = new Set(rows.map((r) => r.body));
  return {
    killedPid: pid,
    startedPid: server.pid,
    killedHeldFiles: openFiles,
    stats,
    after,
    reopenSeconds,
    inFlightAtKill,
    shown,
    rssOpenedMB,
    rssBeforeKillMB,
    unansweredStored: stats.unanswered.filter((t) => texts.has(t)).length,
    check: check([...before, ...stats.acked, ...after.acked], rows),
  };
}

// ---------------------------------------------------------------- report

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "-");
const counts = (c: Record<string, number>) => (Object.keys(c).length ? Object.entries(c).map(([k, v]) => `${v}× ${k}`).join("; ") : "none");
const sum = (c: Record<string, number>) => Object.values(c).reduce((x, y) => x + y, 0);

const shownLine = (s: Shown) =>
  moderation !== "none" ? "pages not checked (comments wait for the author)" : Number.isNaN(s.seconds) ? `pages still missed ${s.missing} acknowledged comment(s) 30 s after the writes` : `pages showed every acknowledged comment ${fmt(s.seconds, 1)} s after the writes`;

type RunResult = { a: Awaited<ReturnType<typeof phaseA>>; b: Awaited<ReturnType<typeof phaseB>>; c: Awaited<ReturnType<typeof phaseC>> };

function printRun(i: number, r: RunResult) {
  const { a, b, c } = r;
  console.log(`\nrun ${i}`);
  console.log(`  A  no comments, ${readerCount} readers ${seconds} s: ${fmt(a.read.reqPerSec)} req/s, p50 ${fmt(a.read.p50ms, 1)} ms, p95 ${fmt(a.read.p95ms, 1)} ms, not 200: ${counts(a.read.non200)}`);
  console.log(`  B  comments on, ${readerCount} readers + ${writerCount} writers ${seconds} s: readers ${fmt(b.read.reqPerSec)} req/s, p50 ${fmt(b.read.p50ms, 1)} ms, p95 ${fmt(b.read.p95ms, 1)} ms, not 200: ${counts(b.read.non200)}`);
  const sorted = [...b.stats.sendMs].sort((x, y) => x - y);
  console.log(
    `     writes: ${b.stats.previews} previews, ${b.stats.sends} sends, ${b.stats.acked.length} acknowledged (${fmt(b.stats.acked.length / seconds, 1)}/s), ` +
      `send p50 ${fmt(percentile(sorted, 50), 1)} ms p95 ${fmt(percentile(sorted, 95), 1)} ms; refused: ${counts(b.stats.refused)}; 5xx: ${counts(b.stats.serverErrors)}; connection errors: ${counts(b.stats.failed)}`,
  );
  console.log(`     stored ${b.check.stored}: lost ${b.check.lost}, duplicated ${b.check.duplicated}, other id ${b.check.idMismatch}; ${shownLine(b.shown)}; load average ${fmt(b.load, 1)} (A: ${fmt(a.load, 1)})`);
  console.log(`     store created at the first request in ${fmt(b.openSeconds, 1)} s (before the clock)
     server RSS: A ${fmt(a.rssStartMB)} MB at start, ${fmt(a.rssAfterMB)} MB after; B ${fmt(b.rssStartMB)} MB at start, ${fmt(b.rssOpenedMB)} MB with the store open, ${fmt(b.rssAfterMB)} MB after (+${fmt(b.rssAfterMB - a.rssAfterMB)} MB over A)`);
  console.log(
    `  C  kill -9 of pid ${c.killedPid} (started as ${c.startedPid}; listening, ${c.killedHeldFiles} files of the data folder open) after ${killAfter} s of ${writerCount} writers: ` +
      `${c.stats.acked.length} acknowledged before it, ${c.inFlightAtKill} sends in flight at the kill, ${c.stats.unanswered.length} unanswered (${c.unansweredStored} of them stored, never acknowledged); ` +
      `refused: ${counts(c.stats.refused)}; 5xx: ${counts(c.stats.serverErrors)}`,
  );
  console.log(
    `     restarted: store reopened (crash recovery) at the first request in ${fmt(c.reopenSeconds, 1)} s; ${c.after.acked.length} comment acknowledged (5xx: ${counts(c.after.serverErrors)}; refused: ${counts(c.after.refused)}); ` +
      `B + C acknowledged ${c.check.acknowledged}, stored ${c.check.stored}: lost ${c.check.lost}, duplicated ${c.check.duplicated}, other id ${c.check.idMismatch}; ${shownLine(c.shown)}`,
  );
  console.log(`     server RSS: ${fmt(c.rssOpenedMB)} MB with the store opened on an existing folder, ${fmt(c.rssBeforeKillMB)} MB after ${killAfter} s of writes`);
}

async function main() {
  console.log(`bench:comments: ${machineLine()}; ${runs} run(s), ${seconds} s phases, ${writerCount} writers, ${readerCount} readers, moderation ${moderation}`);
  const started = Date.now();
  console.log(`  building the sample site without comments and with comments on (moderation ${moderation}), in throwaway copies…`);
  const [off, on] = [await buildSite("off"), await buildSite("on")];
  const workspaces = [off.workspace, on.workspace];
  const cleanup = () => {
    if (!keep) for (const w of workspaces) w.remove();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (cleanup(), process.exit(130)));
  console.log(`    built in ${fmt(off.buildSeconds)} s (off) and ${fmt(on.buildSeconds)} s (on); logs in ${off.log}, ${on.log}`);
  const posts = postsOf(on);
  console.log(`  post pages read and commented on: ${posts.map((p) => p.path).join(", ")}`);

  const results: RunResult[] = [];
  try {
    for (let i = 1; i <= runs; i++) {
      const dataDir = path.join(on.workspace.dir, `comments-data-${i}`);
      console.log(`  run ${i}: phase A…`);
      const a = await phaseA(off, posts.map((p) => p.path));
      console.log(`  run ${i}: phase B…`);
      const b = await phaseB(on, i, posts, dataDir);
      console.log(`  run ${i}: phase C…`);
      const c = await phaseC(on, i, posts, dataDir, b.stats.acked);
      results.push({ a, b, c });
      printRun(i, { a, b, c });
    }
  } finally {
    for (const port of Object.values(PORTS)) freePort(port);
    cleanup();
  }

  const m = (pick: (r: RunResult) => number) => median(results.map(pick));
  console.log(`\nmedians of ${runs} run(s) (${machineLine()}; load generator on the same cores):`);
  console.log(`  post pages, ${readerCount} keep-alive readers:  without comments ${fmt(m((r) => r.a.read.reqPerSec))} req/s (p50 ${fmt(m((r) => r.a.read.p50ms), 1)} ms, p95 ${fmt(m((r) => r.a.read.p95ms), 1)} ms)`);
  console.log(`                                       with ${writerCount} writers   ${fmt(m((r) => r.b.read.reqPerSec))} req/s (p50 ${fmt(m((r) => r.b.read.p50ms), 1)} ms, p95 ${fmt(m((r) => r.b.read.p95ms), 1)} ms)`);
  console.log(`  comments acknowledged in ${seconds} s: ${fmt(m((r) => r.b.stats.acked.length))}; refused ${fmt(m((r) => sum(r.b.stats.refused)))}; 5xx ${fmt(m((r) => sum(r.b.stats.serverErrors) + sum(r.c.stats.serverErrors) + sum(r.c.after.serverErrors)))}`);
  console.log(`  lost ${results.map((r) => r.b.check.lost + r.c.check.lost).join(", ")}; duplicated ${results.map((r) => r.b.check.duplicated + r.c.check.duplicated).join(", ")} (per run, B and C)`);
  console.log(`  acknowledged comments missing from their page 30 s after the writes: ${results.map((r) => `${r.b.shown.missing} (B), ${r.c.shown.missing} (after the restart)`).join("; ")}`);
  console.log(`  server RSS with the store opened on an existing folder: ${fmt(m((r) => r.c.rssOpenedMB))} MB, after ${killAfter} s of writes ${fmt(m((r) => r.c.rssBeforeKillMB))} MB`);
  console.log(`  server RSS after load: without comments ${fmt(m((r) => r.a.rssAfterMB))} MB, with ${fmt(m((r) => r.b.rssAfterMB))} MB (+${fmt(m((r) => r.b.rssAfterMB - r.a.rssAfterMB))} MB)`);
  console.log(`  took ${fmt((Date.now() - started) / 60000, 1)} min${keep ? `; kept ${workspaces.map((w) => w.dir).join(", ")}` : ""}`);
  if (jsonFile) {
    const slim = results.map((r) => ({ ...r, b: { ...r.b, stats: { ...r.b.stats, acked: r.b.stats.acked.length, sendMs: undefined } }, c: { ...r.c, stats: { ...r.c.stats, acked: r.c.stats.acked.length, sendMs: undefined } } }));
    fs.writeFileSync(jsonFile, `${JSON.stringify({ machine: machineLine(), runs, seconds, writers: writerCount, readers: readerCount, results: slim }, null, 2)}\n`);
  }
  const bad = results.some(
    (r) =>
      r.b.check.lost + r.b.check.duplicated + r.c.check.lost + r.c.check.duplicated + sum(r.b.stats.serverErrors) + sum(r.c.stats.serverErrors) + sum(r.c.after.serverErrors) +
        r.b.shown.missing + r.c.shown.missing > 0,
  );
  if (bad) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  for (const port of Object.values(PORTS)) freePort(port);
  process.exit(1);
});
