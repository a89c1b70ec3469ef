import { after } from "next/server";
import { afterCommentStored } from "@/lib/comments/changes";
import { siteMail } from "@/lib/comments/mail/site-mail";
import { parsePostKey } from "@/lib/comments/post-key";
import { COMMENTS_ACTION, respondToComment, type RespondDeps } from "@/lib/comments/respond";
import { commentsChanged } from "@/lib/comments/revalidate";
import { commentsStore } from "@/lib/comments/store";
import { getPostRecord } from "@/lib/data/posts";
import { pathIn, translator } from "@/lib/i18n/site";
import { postPath, withBasePath } from "@/lib/web/urls";
import { site } from "@/site.config";

/**
 * Comment forms, sent from post pages (components/CommentForm.tsx) and from
 * the preview page this route answers with: lib/comments/respond.ts. POST
 * only; a Node server's route (`server.ts`): a static export takes no comments.
 */
const deps: RespondDeps = {
  rules: site.comments,
  store: () => commentsStore(site.comments),
  post(postKey) {
    const key = parsePostKey(postKey);
    if (!key || !site.languages.some((language) => language.code === key.lang)) return undefined;
    const post = getPostRecord(key.slug, key.lang);
    if (!post || post.unpublished || post.commentsOff) return undefined;
    return { title: post.title, path: withBasePath(pathIn(key.lang, postPath(post.slug))), lang: key.lang };
  },
  changed: commentsChanged,
  // E-mails go after the answer: the reader does not wait for the mail server.
  stored: (ctx, comment) => after(() => afterCommentStored(ctx, siteMail(), comment)),
  mailsVerification: () => siteMail() !== undefined,
  words: (lang) => ({ t: translator(lang) as (key: string, values?: Record<string, string | number>) => string, lang, siteTitle: site.title }),
  defaultLang: site.language,
  action: withBasePath(COMMENTS_ACTION),
};

export function POST(request: Request) {
  return respondToComment(request, deps);
}
