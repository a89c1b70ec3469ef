/**
 * The site paths comments own beyond a post's page, and the key a post has
 * in the store (`<language>/<slug>`, as the post page names it), turned back
 * into the post's path. Paths are site paths: the base path and the origin
 * are added where a link is made (withBasePath, siteUrl).
 */
import { pathIn } from "../i18n/site";
import { postPath } from "../web/urls";

/** The author's moderation page. */
export const ADMIN_PATH = "/admin/comments";

/** The page an approve or delete link from the author's e-mail opens: it asks before it acts. */
export function actionLinkPath(action: "approve" | "delete", token: string): string {
  return `${ADMIN_PATH}/${action}?${new URLSearchParams({ token })}`;
}

/** The page a reply notice's unsubscribe link opens: it asks before it acts. */
export const UNSUBSCRIBE_PATH = "/comments/unsubscribe";

export function unsubscribeLinkPath(token: string): string {
  return `${UNSUBSCRIBE_PATH}?${new URLSearchParams({ token })}`;
}

/** The store's key of a post. */
export function postKeyOf(lang: string, slug: string): string {
  return `${lang}/${slug}`;
}

/** A post key's language and slug; undefined for a key of another shape. */
export function parsePostKey(key: string): { lang: string; slug: string } | undefined {
  const at = key.indexOf("/");
  if (at < 1 || at === key.length - 1) return undefined;
  return { lang: key.slice(0, at), slug: key.slice(at + 1) };
}

/** The site path of a post's page from its key (`en/hello` -> `/blog/hello`, `fr/x` -> `/fr/blog/x`). */
export function postPathOfKey(key: string): string | undefined {
  const post = parsePostKey(key);
  return post && pathIn(post.lang, postPath(post.slug));
}

/** A comment's anchor on its post's page (components/Comments.tsx names it the same way). */
export function commentAnchor(id: string): string {
  return `comment-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
