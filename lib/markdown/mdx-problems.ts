import type { ContentProblem } from "../frontmatter";

/**
 * An MDX compile error (thrown while the content step renders an `.mdx` post)
 * as one problem line: file, `body`, the line in the file where it breaks, the
 * reason. `bodyStartLine` is the file line where the body begins.
 */
export function mdxErrorProblem(relPath: string, error: unknown, bodyStartLine: number): ContentProblem {
  const e = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
  let reason = (e.reason ?? e.message ?? String(error)).split("\n")[0];
  // Some errors only carry their position in the text: "... (4:1-4:6)".
  const inText = /\s*\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(reason);
  if (inText) reason = reason.slice(0, inText.index);
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? (inText ? Number(inText[1]) : undefined);
  return {
    file: relPath,
    field: "body",
    message: `${line ? `line ${line + bodyStartLine - 1}: ` : ""}MDX error: ${reason}`,
  };
}

/** The 1-based line where the body starts in a file with front matter. */
export function bodyStartLine(source: string): number {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(source);
  return m ? m[0].split("\n").length : 1;
}
