/**
 * `npm test`: type check, lint, unit tests, then the end-to-end suite, and
 * one summary line at the end. Stops at the first suite that fails (the e2e
 * suite alone takes minutes). Nothing here writes the author's build output:
 * the type check needs the content step's generated types, so it runs in a
 * throwaway copy of the project, like every e2e build (scripts/e2e.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createWorkspace } from "./e2e/workspace";
import { countReports } from "./test-summary";

const project = process.cwd();
const started = Date.now();

function run(command: string, args: string[], cwd = project): boolean {
  return spawnSync(command, args, { cwd, stdio: "inherit", env: process.env }).status === 0;
}

function typecheck(): boolean {
  const workspace = createWorkspace(project, "typecheck");
  try {
    return run("npm", ["run", "typecheck", "--silent"], workspace.dir);
  } finally {
    workspace.remove();
  }
}

const suites: Array<[string, () => boolean]> = [
  ["types", typecheck],
  ["lint", () => run("npm", ["run", "lint", "--silent"])],
  ["unit", () => run("npm", ["run", "test:unit", "--silent"])],
  ["e2e", () => run("npm", ["run", "test:e2e", "--silent"])],
];

// Reports of an earlier run must not count in this one.
for (const file of fs.existsSync("reports") ? fs.readdirSync("reports") : []) {
  if (/^(unit|e2e-.*)\.json$/.test(file)) fs.rmSync(path.join("reports", file));
}

const ran: string[] = [];
let failedSuite: string | undefined;
for (const [name, suite] of suites) {
  ran.push(name);
  if (!suite()) {
    failedSuite = name;
    break;
  }
}

const counts = countReports();
// A suite that fails without a failing test (type errors, lint, a build) counts as one failure.
if (failedSuite && counts.failed === 0) counts.failed = 1;
const seconds = Math.round((Date.now() - started) / 1000);
const duration = `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
const notRun = suites.length - ran.length;
console.log(
  `\nnpm test: ${ran.length} of ${suites.length} suites run (${ran.join(", ")})` +
    `${failedSuite ? `, ${failedSuite} failed${notRun ? `, ${notRun} not run` : ""}` : ""}` +
    `; ${counts.passed} passed, ${counts.failed} failed; ${duration}`,
);
process.exit(failedSuite ? 1 : 0);
