/**
 * Lighthouse (mobile, its default settings) against a running server, with
 * Debian's Chromium. Scores are 0-100; metrics in milliseconds.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium";

export interface LighthouseResult {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's own measure of how fast this machine is (a desktop is ~1000-2000). */
  benchmarkIndex: number;
  /** Audits that did not pass, for the categories other than performance. */
  failing: string[];
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number }>;
  environment: { benchmarkIndex: number };
}

export async function lighthouse(url: string): Promise<LighthouseResult> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "quire-lh-")), "report.json");
  const chrome = process.env.CHROME_PATH || CHROMIUM_PATH;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      "npx",
      ["lighthouse", url, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`],
      { env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse ${url} exited with ${code}: ${stderr.slice(-500)}`))));
  });
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as Report;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing = ["accessibility", "best-practices", "seo"].flatMap((category) =>
    report.categories[category].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit.scoreDisplayMode === "binary" && audit.score !== null && audit.score < 1)
      .map(({ id }) => `${category}/${id}`),
  );
  return {
    path: new URL(url).pathname,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(report.audits["largest-contentful-paint"].numericValue ?? 0),
    tbtMs: Math.round(report.audits["total-blocking-time"].numericValue ?? 0),
    cls: Math.round((report.audits["cumulative-layout-shift"].numericValue ?? 0) * 1000) / 1000,
    benchmarkIndex: Math.round(report.environment.benchmarkIndex),
    failing,
  };
}
