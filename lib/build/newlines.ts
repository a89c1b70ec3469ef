/** CRLF and lone CR become LF: what every parser downstream expects (Windows-saved posts). */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
