/**
 * Sums the unit (Vitest) and end-to-end (Playwright, one per target) JSON
 * reports in reports/. Used by scripts/test.ts (npm test's last line) and by
 * .ci/run, whose last line must stay "N passed, N failed".
 *
 *   tsx scripts/test-summary.ts <exit status>
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface TestCounts {
  passed: number;
  failed: number;
}

const read = (file: string) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : undefined);

export function countReports(dir = "reports"): TestCounts {
  let passed = 0;
  let failed = 0;
  const unit = read(path.join(dir, "unit.json"));
  if (unit) {
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
  }
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (!/^e2e-.*\.json$/.test(file)) continue;
    const e2e = read(path.join(dir, file));
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  }
  return { passed, failed };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const status = Number(process.argv[2] ?? 0);
  const counts = countReports();
  // A suite that never reported (a failed type check, lint or build) is one failure.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
}
