/** URL slugs for posts, tags and categories: one rule each, used everywhere. */

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;

/**
 * A post's slug: its front matter `slug` when set, otherwise the file name
 * without extension and without a leading `YYYY-MM-DD-`. Folders do not count.
 * Non-ASCII letters are kept as written.
 */
export function postSlug(filePath: string, explicit?: string): string {
  if (explicit && explicit.trim()) return explicit.trim().normalize("NFC");
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.replace(/\.(md|mdx)$/i, "").replace(DATE_PREFIX, "").normalize("NFC");
}

/**
 * The URL key of a tag or category. Names that differ only in case, spaces or
 * dashes share a key (`Data Science` = `data-science`); any other difference
 * keeps them apart (`C++` and `C#`), and non-ASCII letters are kept.
 */
export function taxonomySlug(name: string): string {
  return name
    .normalize("NFC")
    .trim()
    .toLocaleLowerCase("en")
    .replace(/[\s-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Encodes a slug as one URL path segment. */
export function pathSegment(slug: string): string {
  return encodeURIComponent(slug);
}

/** A dynamic route segment as text; static params may arrive percent-encoded. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).normalize("NFC");
  } catch {
    return segment;
  }
}
