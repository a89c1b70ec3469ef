/**
 * What the content step prints: every problem, but a kind of warning that
 * many posts share as one line (a blog imported from WordPress has an
 * http:// image in hundreds of posts), and, under `npm run dev`, only what
 * changed since the last run and a summary an author reads.
 */
import fs from "node:fs";
import { formatProblem, type ContentProblem } from "../frontmatter";

/** The counts of a run of the step that its summary line gives (lib/build/step.ts StepResult). */
export interface StepCounts {
  posts: number;
  published: number;
  rendered: number;
  assets: { copied: number };
  images: { made: number; reused: number };
  pages: { pages: number };
  redirects: number;
  search: { indexed: number; shardsWritten: number };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The step's summary line. A build's gives every count (what a slow build
 * spent its time on); under `npm run dev` (`dev`), what an author reads:
 * posts, published, pages, the folder and the time.
 */
export function summaryLine(result: StepCounts, options: { folder: string; assetDir: string; ms: number; dev: boolean }): string {
  const time = `(${(options.ms / 1000).toFixed(1)} s)`;
  const posts = plural(result.posts, "post");
  const pages = plural(result.pages.pages, "standalone page");
  if (options.dev) return `Content: ${posts} (${result.published} published), ${pages}, from ${options.folder} ${time}`;
  return (
    `Content: ${posts} (${result.published} published, ${result.rendered} rendered), ` +
    `${plural(result.assets.copied, "file")} copied to public/${options.assetDir}, from ${options.folder}; ` +
    `image copies: ${result.images.made} made, ${result.images.reused} from the cache; ` +
    `${pages}; ${result.redirects} old URLs redirect; search: ${result.search.indexed} posts indexed, ${plural(result.search.shardsWritten, "shard")} written ${time}`
  );
}

/** How many files a kind of warning may name before it is summed up in one line. */
export const WARNINGS_LISTED = 3;

/** A warning `<file>: <message>: <detail>` as its file and its kind (the message, numbers as #). */
function parseWarning(line: string): { file: string; kind: string } | undefined {
  const at = line.indexOf(": ");
  if (at < 1 || /\s/.test(line.slice(0, at))) return undefined;
  const message = line.slice(at + 2);
  const detail = message.lastIndexOf(": ");
  return { file: line.slice(0, at), kind: (detail > 0 ? message.slice(0, detail) : message).replace(/\d+/g, "#") };
}

/**
 * The warnings as printed: a kind that more than `listed` files share is one
 * line with their count and the first few; `allFlag` says how to list them all.
 */
export function summarizeWarnings(warnings: readonly string[], allFlag: string, listed = WARNINGS_LISTED): string[] {
  const groups = new Map<string, { lines: string[]; files: string[] }>();
  const order: Array<string | { kind: string }> = [];
  for (const line of warnings) {
    const parsed = parseWarning(line);
    if (!parsed) {
      order.push(line);
      continue;
    }
    let group = groups.get(parsed.kind);
    if (!group) {
      group = { lines: [], files: [] };
      groups.set(parsed.kind, group);
      order.push({ kind: parsed.kind });
    }
    group.lines.push(line);
    if (!group.files.includes(parsed.file)) group.files.push(parsed.file);
  }
  return order.flatMap((item) => {
    if (typeof item === "string") return [item];
    const group = groups.get(item.kind)!;
    if (group.files.length <= listed) return group.lines;
    const message = group.lines[0].slice(group.files[0].length + 2);
    const detail = message.lastIndexOf(": ");
    const label = detail > 0 ? message.slice(0, detail) : message;
    return [`${label}: ${group.files.length} files (${group.files.slice(0, listed).join(", ")}, ...); every one: ${allFlag}`];
  });
}

/** Under the watcher: a problem is known by its file and field, a warning by its text. */
export function reportLines(problems: readonly ContentProblem[], warnings: readonly string[]): Map<string, string> {
  const lines = new Map<string, string>();
  for (const p of problems) lines.set(`${p.file}\0${p.field}`, formatProblem(p));
  for (const w of warnings) lines.set(`warning\0${w}`, `warning: ${w}`);
  return lines;
}

/**
 * What a run of the watcher prints after the last: each line not shown yet,
 * and `fixed:` for what is gone. A field still wrong in another way is a new
 * line, never `fixed:`.
 */
export function changedLines(before: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): { shown: string[]; fixed: string[] } {
  const previous = new Set(before.values());
  return {
    shown: [...now.values()].filter((line) => !previous.has(line)),
    fixed: [...before].filter(([key]) => !now.has(key)).map(([, line]) => `fixed: ${line}`),
  };
}

/**
 * `npm run dev` runs the step once (`--dev`), then starts Next and the
 * watcher (`--watch`), whose first run finds the same posts: the lines the
 * first printed are left here, so the watcher prints only what differs.
 */
export const DEV_REPORT_FILE = ".contentlayer/quire-dev-report.json";

export function writeShownLines(file: string, lines: ReadonlyMap<string, string>): void {
  fs.writeFileSync(file, JSON.stringify([...lines]));
}

/** The lines a `--dev` run left (and no longer there: they count once); none when it left nothing. */
export function takeShownLines(file: string): Map<string, string> | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  fs.rmSync(file, { force: true });
  try {
    return new Map(JSON.parse(text) as Array<[string, string]>);
  } catch {
    return undefined;
  }
}
