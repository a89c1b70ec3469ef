/**
 * Files that sit beside posts (images, downloads) are copied to
 * `public/_content/` before the build and served from `/_content/...`.
 */
import path from "node:path";

export const CONTENT_ASSET_DIR = "_content";

/** Absolute folder holding the posts: `CONTENT_DIR` or `content/blog`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.CONTENT_DIR || "content/blog");
}

/** The folder of standalone pages (`about.md` -> `/about`): PAGES_DIR, or content/pages. */
export function pagesDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.PAGES_DIR || "content/pages");
}

/**
 * Names the content step never copies or reads: dot files and folders
 * (`.git`, `.DS_Store`, editors' `.x.swp`), `node_modules`, and editors'
 * `x~` backups.
 */
export function isIgnoredContentName(name: string): boolean {
  return name.startsWith(".") || name === "node_modules" || name.endsWith("~");
}

/** The public URL of a file at `relPath` (POSIX, relative to the content folder). */
export function contentAssetUrl(relPath: string, basePath = ""): string {
  const encoded = relPath.split("/").map(encodeURIComponent).join("/");
  return `${basePath}/${CONTENT_ASSET_DIR}/${encoded}`;
}

/**
 * Resolves a relative reference from a post to a file inside the content folder.
 * Returns undefined for absolute URLs, protocol-relative and escaping paths.
 */
export function resolveContentReference(
  src: string,
  postFile: string,
  root: string,
): string | undefined {
  if (!src || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("/") || src.startsWith("#")) {
    return undefined;
  }
  const clean = src.split(/[?#]/)[0];
  let decoded: string;
  try {
    decoded = decodeURI(clean);
  } catch {
    decoded = clean;
  }
  const target = path.resolve(path.dirname(postFile), decoded);
  const rel = path.relative(root, target);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}
