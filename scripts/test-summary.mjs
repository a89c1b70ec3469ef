// Sums the unit (Vitest) and end-to-end (Playwright, one per target) JSON reports into one
// line, "N passed, N failed". A suite that never reported (a failed type
// check, lint or build) counts as one failure when the run failed.
import fs from "node:fs";

const status = Number(process.argv[2] ?? 0);
const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : undefined);

let passed = 0;
let failed = 0;
const unit = read("reports/unit.json");
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
for (const file of fs.existsSync("reports") ? fs.readdirSync("reports") : []) {
  if (!/^e2e-.*\.json$/.test(file)) continue;
  const e2e = read(`reports/${file}`);
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
