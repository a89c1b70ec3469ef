/**
 * What the embedded comments database adds to a Node process's memory: the
 * resident set (RSS) of a process that only starts, beside one that opens
 * the database (PGlite) in a data folder, brings its schema up to date and
 * runs a query; first on an empty folder (the database is created), then
 * on the same folder again (every later server start). Each case runs in a
 * process of its own.
 *
 *   node --import tsx scripts/comments-memory.ts
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

type Case = "baseline" | "open";

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function child(kind: Case, dataDir: string) {
  const started = Date.now();
  if (kind === "open") {
    const { openDatabase } = await import("../lib/comments/store");
    const { sql } = await import("../lib/comments/db/sql");
    const db = await openDatabase({ driver: "pglite", dataDir });
    await db.query(sql`select count(*) as n from comments where post_key = ${"any"} and state = 'approved'`);
    const rss = process.memoryUsage().rss;
    await db.close();
    return { rss, peak: process.resourceUsage().maxRSS * 1024, ms: Date.now() - started };
  }
  return { rss: process.memoryUsage().rss, peak: process.resourceUsage().maxRSS * 1024, ms: Date.now() - started };
}

if (process.argv[2] === "--child") {
  const result = await child(process.argv[3] as Case, process.argv[4]);
  process.stdout.write(JSON.stringify(result));
} else {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-memory-"));
  const run = (kind: Case) => {
    const out = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--child", kind, dataDir], { encoding: "utf8" });
    if (out.status !== 0) throw new Error(out.stderr);
    return JSON.parse(out.stdout) as { rss: number; peak: number; ms: number };
  };
  try {
    const base = run("baseline");
    const first = run("open");
    const again = run("open");
    console.log(`node ${process.version}, PGlite in ${dataDir}`);
    console.log(`without the database:            RSS ${MB(base.rss)}`);
    for (const [label, r] of [["first start (creates it):", first], ["later start (opens it):  ", again]] as const) {
      console.log(`${label}        RSS ${MB(r.rss)} (+${MB(r.rss - base.rss)}), peak ${MB(r.peak)}, ${(r.ms / 1000).toFixed(1)} s to open, migrate and query`);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
