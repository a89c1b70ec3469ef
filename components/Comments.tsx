import type { CommentSection, ShownComment } from "@/lib/comments/model";
import { COMMENT_LINK_REL } from "@/lib/comments/markdown";
import { commentAnchor } from "@/lib/comments/paths";
import { translator } from "@/lib/i18n/site";
import { site } from "@/site.config";
import { DateTime } from "./DateTime";

/** The comments' text: the post's typography, a size smaller. */
const commentProseClass =
  "prose prose-zinc max-w-none font-serif dark:prose-invert prose-a:text-teal-800 dark:prose-a:text-teal-300 prose-pre:rounded-lg";

/** An anchor for a comment (`#comment-wp-12`): its id, with only the characters an id may hold. */
const anchor = commentAnchor;

/**
 * A post's comments under it, as plain HTML (no client code): a heading with
 * their count, then the threads as nested lists, each comment with its
 * author (linked to their website, rel="ugc nofollow noopener"), its date
 * and its text, already sanitized by lib/comments/markdown.ts.
 */
export function Comments({ section, lang = site.language }: { section: CommentSection | undefined; lang?: string }) {
  if (!section || section.count === 0) return null;
  const t = translator(lang);
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-12 border-t border-zinc-200 pt-8 dark:border-zinc-800">
      <h2 id="comments-heading" className="text-xl font-bold text-zinc-900 dark:text-white">
        {t("comments.heading", { count: section.count })}
      </h2>
      <CommentList comments={section.threads} lang={lang} />
    </section>
  );
}

function CommentList({ comments, lang, nested = false }: { comments: ShownComment[]; lang: string; nested?: boolean }) {
  return (
    <ol className={nested ? "mt-4 space-y-4 border-l-2 border-zinc-200 pl-4 sm:pl-6 dark:border-zinc-800" : "mt-6 space-y-6"}>
      {comments.map((comment) => (
        <li key={comment.id}>
          <CommentItem comment={comment} lang={lang} />
          {comment.replies.length > 0 && <CommentList comments={comment.replies} lang={lang} nested />}
        </li>
      ))}
    </ol>
  );
}

function CommentItem({ comment, lang }: { comment: ShownComment; lang: string }) {
  const t = translator(lang);
  const name = comment.author || t("comments.anonymous");
  return (
    <article id={anchor(comment.id)} className="rounded-lg bg-zinc-50 p-4 dark:bg-zinc-900">
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm text-zinc-600 dark:text-zinc-400">
        <span className="font-semibold text-zinc-900 dark:text-zinc-100">
          {comment.url ? (
            <a href={comment.url} rel={COMMENT_LINK_REL} className="text-teal-800 hover:underline dark:text-teal-300">
              {name}
            </a>
          ) : (
            name
          )}
        </span>
        {comment.replyTo !== undefined && <span>{t("comments.replyTo", { name: comment.replyTo || t("comments.anonymous") })}</span>}
        <a href={`#${anchor(comment.id)}`} className="hover:underline">
          <DateTime day={comment.date.slice(0, 10)} dateTime={comment.date} lang={lang} />
        </a>
      </header>
      <div className={`${commentProseClass} mt-2`} dangerouslySetInnerHTML={{ __html: comment.html }} />
    </article>
  );
}
