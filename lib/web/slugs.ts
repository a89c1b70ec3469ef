/** URL slugs for posts, tags and categories: one rule each, used everywhere. */

/** A leading date, followed by a hyphen, a space or an underscore. */
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}[-_ ]/;
/** What a file name's slug keeps: letters of any script (with their marks), digits, and the `- . _ ~` a URL path keeps as they are. */
const NOT_SLUG = /[^\p{L}\p{M}\p{N}._~-]+/gu;

/**
 * A post's slug: its front matter `slug` when set (kept as written), otherwise
 * its file name made into a URL segment, as a title would be: the extension
 * and a leading `YYYY-MM-DD` (with the hyphen, space or underscore after it)
 * dropped, every run of spaces, other punctuation and symbols (emoji too)
 * turned into one hyphen, hyphens trimmed from the ends. Letters of every
 * script are kept, in their case, and so are `- . _ ~` (`python-2.7`, and
 * no existing URL changes); folders do not count.
 */
export function postSlug(filePath: string, explicit?: string): string {
  if (explicit && explicit.trim()) return explicit.trim().normalize("NFC");
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base
    .replace(/\.(md|mdx)$/i, "")
    .normalize("NFC")
    .replace(DATE_PREFIX, "")
    .replace(NOT_SLUG, "-")
    .replace(/^-+|-+$/g, "");
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

/** Letters WordPress's remove_accents() spells out rather than strips (German's umlauts only under a German locale). */
const SPELLED_OUT: Record<string, string> = { ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ø: "o", Ø: "O", đ: "d", Đ: "D", ł: "l", Ł: "L", þ: "th", Þ: "TH", ð: "d", Ð: "D" };
const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };

/**
 * The slugs WordPress gives a category, tag or author named `name` by
 * default (sanitize_title: accents off Latin letters, lowercase, `.` `/` and
 * dashes to hyphens, other punctuation dropped, spaces to hyphens), decoded:
 * `Général` -> `general`, `C++` -> `c`, `Straßen & Wege` -> `strassen-wege`;
 * a German site's `Übung` -> `uebung` as well as `ubung`. Letters of other
 * scripts are kept (WordPress percent-encodes them; a request path is
 * decoded before it is looked up). Quire's own slug (taxonomySlug) is added
 * when it differs, so `/category/<quire-slug>/` works too.
 */
export function wordpressSlugs(name: string): string[] {
  const slug = (table: Record<string, string>) =>
    [...name.normalize("NFC")]
      .map((c) => table[c] ?? SPELLED_OUT[c] ?? c)
      .join("")
      .normalize("NFD")
      .replace(/([A-Za-z])\p{M}+/gu, "$1")
      .normalize("NFC")
      .toLocaleLowerCase("en")
      .replace(/&[^;\s]+;/g, "")
      .replace(/[\u00a0\u2013\u2014./]/g, "-")
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
      .trim()
      .replace(/\s+/g, "-")
      .replace(/-+/g, "-")
      .replace(/^-|-$/g, "");
  return [...new Set([slug({}), slug(GERMAN), taxonomySlug(name)])].filter(Boolean);
}
