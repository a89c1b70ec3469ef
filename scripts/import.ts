/**
 * `npm run import -- wordpress <export.xml> [--out content] [--uploads DIR] [--force] [--dry-run] [--verbose]`:
 * brings a WordPress blog over (lib/wordpress/import.ts; docs/wordpress.md).
 * Prints the report; exits 1 only when the export cannot be read.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { importWordpress } from "../lib/wordpress/import";
import { formatReport } from "../lib/wordpress/report";
import { progressLine, showsProgress } from "../lib/wordpress/progress";
import { ROUTE_ROOTS } from "../lib/web/urls";
import { site } from "../site.config";

const USAGE = "usage: npm run import -- wordpress <export.xml> [--out content] [--uploads <wp-content/uploads copy>] [--force] [--dry-run] [--verbose]";

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [kind, file] = positionals;
  if (kind !== "wordpress" || !file || positionals.length > 2) {
    console.error(kind && kind !== "wordpress" ? `Quire imports from WordPress only, not "${kind}".\n${USAGE}` : USAGE);
    return 2;
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    console.error(`${file}: no such file`);
    return 1;
  }
  if (values.uploads && !fs.existsSync(values.uploads)) {
    console.error(`--uploads ${values.uploads}: no such folder`);
    return 1;
  }
  const bar = process.stderr;
  let drawn = false;
  try {
    const report = await importWordpress({
      file,
      out: values.out,
      uploads: values.uploads,
      force: values.force,
      dryRun: values["dry-run"],
      reservedPageNames: [...ROUTE_ROOTS, ...site.languages.map((l) => l.code)],
      progress: (done, total) => {
        if (!showsProgress(total, bar.isTTY, process.env)) return;
        if (done % 10 !== 0 && done !== total) return;
        bar.write(`\r${progressLine(done, total)}`);
        drawn = true;
      },
    });
    if (drawn) bar.write("\n");
    console.log(formatReport(report, { dryRun: values["dry-run"], verbose: values.verbose }));
    return 0;
  } catch (error) {
    if (drawn) bar.write("\n");
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string", default: "content" },
      uploads: { type: "string" },
      force: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
    },
  });
}

process.exitCode = await main();
