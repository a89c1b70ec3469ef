/**
 * Python-Markdown/MkDocs admonitions, common in exported blogs:
 *
 *     !!! note "Optional title"
 *         Indented body, any Markdown.
 *
 * CommonMark would read these as a paragraph plus an indented code block.
 * Before parsing, each one becomes an `<aside class="admonition note">` HTML
 * block around its dedented body, which is then parsed as Markdown.
 */
const MARKER = /^!!!\s+([A-Za-z][\w-]*)(?:\s+"([^"]*)")?\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BODY_LINE = /^( {4}|\t)/;

export function expandAdmonitions(markdown: string): string {
  if (!markdown.includes("!!!")) return markdown;
  const lines = markdown.split("\n");
  const out: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      out.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      out.push(line);
      continue;
    }
    const marker = MARKER.exec(line);
    if (!marker) {
      out.push(line);
      continue;
    }
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length) {
      if (BODY_LINE.test(lines[j])) body.push(lines[j].replace(BODY_LINE, ""));
      else if (!lines[j].trim() && j + 1 < lines.length && BODY_LINE.test(lines[j + 1])) body.push("");
      else break;
      j++;
    }
    const kind = marker[1].toLowerCase();
    const title = marker[2] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
    out.push(
      `<aside class="admonition ${kind}">`,
      ...(title ? [`<p class="admonition-title">${escapeHtml(title)}</p>`] : []),
      "",
      ...body,
      "",
      "</aside>",
    );
    i = j - 1;
  }
  return out.join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
