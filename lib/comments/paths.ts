/**
 * The site paths comments own beyond a post's page, and a post's page from
 * its key in the store (post-key.ts). Paths are site paths: the base path
 * and the origin are added where a link is made (withBasePath, siteUrl).
 */
import { pathIn } from "../i18n/site";
import { postPath } from "../web/urls";
import { parsePostKey } from "./post-key";

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

/** The page the link that verifies a commenter's address opens: it asks before it acts. */
export const VERIFY_PATH = "/comments/verify";

export function verifyLinkPath(token: string): string {
  return `${VERIFY_PATH}?${new URLSearchParams({ token })}`;
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
