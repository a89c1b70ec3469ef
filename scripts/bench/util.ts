/** Small helpers shared by the benchmark's modules. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const machineLine = () => `${process.platform} ${process.arch}, node ${process.version}, ${os.cpus().length} cores`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function dirBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : fs.statSync(full).size;
  }
  return total;
}

export function filesIn(dir: string, suffix: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(suffix)).map((f) => path.join(dir, f)) : [];
}

/** Every Markdown or MDX file under `dir`, sorted. */
export function postFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) =>
    fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(e.name)) files.push(full);
    });
  walk(dir);
  return files.sort();
}

/** Wall time of each phase of a run, printed as it ends: where the time goes. */
export class Phases {
  readonly done: Array<{ name: string; seconds: number }> = [];

  async run<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
    const started = Date.now();
    console.log(`  ${name}…`);
    try {
      return await fn();
    } finally {
      const seconds = (Date.now() - started) / 1000;
      this.done.push({ name, seconds });
      console.log(`    ${name}: ${seconds.toFixed(1)} s`);
    }
  }
}
