/**
 * How the comments store names a post: `<language>/<slug>` ("en/hello-world"),
 * the same slug in two languages being two posts with their own comments.
 * The key is what a form carries and what a stored comment belongs to; the
 * page paths a key maps to are what must be rendered again when its comments
 * change.
 */
import { pathIn } from "../i18n/site";
import { postPath } from "../web/urls";

export function postKeyOf(lang: string, slug: string): string {
  return `${lang}/${slug}`;
}

/** The language and slug of a key; undefined for a string no post could have made. */
export function parsePostKey(key: string): { lang: string; slug: string } | undefined {
  if (typeof key !== "string" || key.length > 300) return undefined;
  const at = key.indexOf("/");
  if (at < 1 || at === key.length - 1) return undefined;
  const lang = key.slice(0, at);
  const slug = key.slice(at + 1);
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang) || /[/\\\u0000-\u001f]/.test(slug)) return undefined;
  return { lang, slug };
}

/**
 * The paths of a post's page, as a cache knows them: the page's path, and
 * its decoded form when the slug has characters a URL escapes (Next names
 * a rendered page by either, depending on how it was first asked for).
 */
export function postPagePaths(key: string): string[] {
  const parsed = parsePostKey(key);
  if (!parsed) return [];
  const path = pathIn(parsed.lang, postPath(parsed.slug));
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Left as written.
  }
  return decoded === path ? [path] : [path, decoded];
}
