/**
 * What a post's page shows of its comments, when it renders: the comments
 * of its file merged with the approved ones of the database (those taken in
 * from the file standing in for their copies there), and whether it
 * has a form. Comments off (site.config.ts) or `comments: false` in the
 * post's front matter: the file's comments only, no form. A static export:
 * the comments approved when it was built, no form, and a line saying so.
 *
 * `next build` for a Node server does not open the embedded database: the
 * running server may have it open (one process at a time), and Next renders
 * pages in several worker processes. Those pages get the stored comments at
 * their first render on the server (lib/server/route-cache.mjs) and again at
 * every change (lib/comments/revalidate.ts). Postgres is read at build too.
 * A static export reads what the build read once before rendering
 * (lib/comments/export-snapshot.ts).
 */
import { storedForPage, type StoredForPage } from "./listing";
import { exportedComments } from "./export-snapshot";
import { mergeSections } from "./merge";
import type { CommentSection } from "./model";
import { postKeyOf, postPagePaths } from "./post-key";
import { noteCommentsRead } from "../server/comments-reads.mjs";
import { commentsStore } from "./store";
import type { ResolvedComments } from "./settings";

export interface PostCommentsView {
  section?: CommentSection;
  /** The form under the comments: the post's key, and where it is sent. */
  form?: { postKey: string };
  /** No form on this copy of the site (a static export). */
  closed?: boolean;
  /** Where this post takes comments instead: the same post on the live site (settings `liveSite`). */
  elsewhere?: string;
  /** The stored comments were left for the page's first render on the server (a build's render). */
  later?: boolean;
}

/**
 * The attribute a page carries when its stored comments were left for later:
 * lib/server/route-cache.mjs renders such a page again at its first request.
 */
export const STORED_LATER_MARKER = "data-quire-comments-later";

interface PostLike {
  slug: string;
  unpublished: boolean;
  commentsOff?: true;
  comments?: CommentSection;
}

export interface RenderEnv {
  /** Next's NEXT_PHASE while building ("phase-production-build"). */
  phase?: string;
  output?: "standalone" | "export";
  databaseUrl?: string;
}

/** Whether this render may read the comments database (see the module's comment). */
export function readsStoredComments(env: RenderEnv): boolean {
  if (env.output === "export") return true;
  if (env.phase === "phase-production-build") return Boolean(env.databaseUrl?.trim());
  return true;
}

export async function postCommentsView(
  post: PostLike,
  lang: string,
  rules: ResolvedComments | false,
  env: RenderEnv,
  load: (postKey: string) => Promise<StoredForPage> = async (key) =>
    env.output === "export" ? exportedComments(key) : storedForPage(await commentsStore(rules), key),
): Promise<PostCommentsView> {
  if (!rules || post.commentsOff) return { section: post.comments };
  const postKey = postKeyOf(lang, post.slug);
  let stored: StoredForPage = { approved: [], imported: [] };
  const later = !readsStoredComments(env);
  if (!later) {
    try {
      // Before the read: the page counts as rendered from here (lib/server/route-cache.mjs).
      noteCommentsRead(postPagePaths(postKey));
      stored = await load(postKey);
    } catch (error) {
      // The post still renders: its page without the stored comments beats no page.
      console.error(`comments: ${postKey}: could not read the stored comments: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const section = mergeSections(post.comments, stored.approved, stored.imported);
  if (env.output === "export") {
    const live = rules.liveSite?.replace(/\/+$/, "");
    return { section, closed: true, ...(live ? { elsewhere: `${live}${postPagePaths(postKey)[0]}#comment-form` } : {}) };
  }
  if (post.unpublished) return { section };
  return { section, form: { postKey }, ...(later ? { later } : {}) };
}
