/**
 * Files `next build` writes into a static export that no reader's browser
 * ever asks for. Next 16 writes each page's whole RSC payload twice: as
 * `<page>.txt`, which the client router fetches on navigation, and as
 * `<page>/__next._full.txt`, a segment-cache entry its client never requests
 * (no client chunk names `_full`; only Next's server reads it, and an
 * export has no Next server). The copy is a third of a post page's bytes.
 *
 * The e2e export target checks that navigation and prefetching still get no
 * 404 under nginx once they are gone (tests/e2e/names.spec.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { PLACEHOLDER } from "../web/static-params";

/** The file names removed from every folder of the export. */
export const UNREAD_EXPORT_FILES = new Set(["__next._full.txt"]);

/** Removes the unread files under `outDir`; returns how many and their bytes. */
export function removeUnreadExportFiles(outDir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (UNREAD_EXPORT_FILES.has(entry.name)) {
        bytes += fs.statSync(full).size;
        fs.rmSync(full);
        files += 1;
      }
    }
  };
  walk(outDir);
  return { files, bytes };
}

/**
 * Removes the pages of placeholder entries (lib/web/static-params.ts): a
 * route with nothing to list renders the 404 page under the name `-` in an
 * export (`series/-.html`, `-/blog.html`...), and no address should serve it.
 * Returns how many files and folders went.
 */
export function removePlaceholderPages(outDir: string): number {
  let removed = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.name === PLACEHOLDER || entry.name.startsWith(`${PLACEHOLDER}.`)) {
        fs.rmSync(full, { recursive: true, force: true });
        removed += 1;
      } else if (entry.isDirectory()) walk(full);
    }
  };
  walk(outDir);
  return removed;
}

/**
 * Site paths of pages that only work on request (a cookie, a token): the
 * comments' admin and e-mail link pages (lib/comments/paths.ts). An export
 * renders them as the 404 page; no address of a static site should serve it.
 */
export const REQUEST_ONLY_PATHS = ["/admin", "/comments/unsubscribe", "/comments/verify"];

/** Removes the request-only pages (their folder and `<name>.html`, `.txt`...) from `outDir`; returns how many files and folders went. */
export function removeRequestOnlyPages(outDir: string, paths: readonly string[] = REQUEST_ONLY_PATHS): number {
  let removed = 0;
  for (const sitePath of paths) {
    const dir = path.join(outDir, path.dirname(sitePath));
    const name = path.basename(sitePath);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir)) {
      if (entry === name || entry.startsWith(`${name}.`)) {
        fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
        removed += 1;
      }
    }
  }
  return removed;
}
