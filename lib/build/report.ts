/**
 * What the content step prints: every problem, but a kind of warning that
 * many posts share as one line (a blog imported from WordPress has an
 * http:// image in hundreds of posts), and, under `npm run dev`, only what
 * changed since the last run.
 */
import { formatProblem, type ContentProblem } from "../frontmatter";

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
