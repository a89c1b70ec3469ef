import type { CommentSection, ShownComment } from "@/lib/comments/model";
import { COMMENT_LINK_REL } from "@/lib/comments/markdown";
import { STORED_LATER_MARKER, type PostCommentsView } from "@/lib/comments/page";
import { commentAnchor } from "@/lib/comments/paths";
import { COMMENTS_ACTION } from "@/lib/comments/respond";
import { translator } from "@/lib/i18n/site";
import { withBasePath } from "@/lib/web/urls";
import { site } from "@/site.config";
import { CommentForm, type CommentFormLabels } from "./CommentForm";
import { DateTime } from "./DateTime";


type FormInfo = { postKey: string; action: string; labels: CommentFormLabels };

function formLabels(lang: string): CommentFormLabels {
  const t = translator(lang);
  return {
    name: t("comments.name"),
    email: t("comments.email"),
    emailHint: t("comments.emailHint"),
    notify: t("comments.notify"),
    website: t("comments.website"),
    text: t("comments.text"),
    textHint: t("comments.textHint"),
    honeypot: t("comments.honeypot"),
    preview: t("comments.preview"),
    send: t("comments.send"),
    sending: t("comments.sending"),
    problems: t("comments.problems"),
    pending: t("comments.pending"),
    published: t("comments.published"),
    awaiting: t("comments.awaiting"),
    verificationSent: t("comments.verificationSent"),
  };
}

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
 *
 * When the post takes comments (`view.form`), a form under them, and a
 * Reply under each comment that may be answered: a `<details>` holding a
 * form of its own, so replying needs no JavaScript either. A static export
 * (`view.closed`) says comments are closed on it.
 */
export function Comments({ section, view, lang = site.language }: { section?: CommentSection; view?: PostCommentsView; lang?: string }) {
  const shown = view ? view.section : section;
  const count = shown?.count ?? 0;
  if (count === 0 && !view?.form && !view?.closed) return null;
  const t = translator(lang);
  const form: FormInfo | undefined = view?.form && { postKey: view.form.postKey, action: withBasePath(COMMENTS_ACTION), labels: formLabels(lang) };
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-12 border-t border-zinc-200 pt-8 dark:border-zinc-800">
      {view?.later && <span {...{ [STORED_LATER_MARKER]: "" }} hidden />}
      <h2 id="comments-heading" className="text-xl font-bold text-zinc-900 dark:text-white">
        {t("comments.heading", { count })}
      </h2>
      {shown && shown.threads.length > 0 && <CommentList comments={shown.threads} lang={lang} form={form} />}
      {view?.closed && (
        <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
          {t("comments.closedExport")}
          {view.elsewhere && (
            <>
              {" "}
              <a href={view.elsewhere} className="text-teal-800 underline dark:text-teal-300">
                {t("comments.commentAt", { host: new URL(view.elsewhere).host })}
              </a>
            </>
          )}
        </p>
      )}
      {form && (
        <div id="comment-form" className="mt-10">
          <h3 className="text-lg font-bold text-zinc-900 dark:text-white">{t("comments.formHeading")}</h3>
          <CommentForm action={form.action} postKey={form.postKey} idPrefix="comment" labels={form.labels} />
        </div>
      )}
    </section>
  );
}

function CommentList({ comments, lang, form, nested = false }: { comments: ShownComment[]; lang: string; form?: FormInfo; nested?: boolean }) {
  return (
    <ol className={nested ? "mt-4 space-y-4 border-l-2 border-zinc-200 pl-4 sm:pl-6 dark:border-zinc-800" : "mt-6 space-y-6"}>
      {comments.map((comment) => (
        <li key={comment.id}>
          <CommentItem comment={comment} lang={lang} form={form} />
          {comment.replies.length > 0 && <CommentList comments={comment.replies} lang={lang} form={form} nested />}
        </li>
      ))}
    </ol>
  );
}

function CommentItem({ comment, lang, form }: { comment: ShownComment; lang: string; form?: FormInfo }) {
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
      {form && comment.replyId && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-teal-800 dark:text-teal-300" aria-label={t("comments.replyLabel", { name })}>
            {t("comments.reply")}
          </summary>
          <CommentForm action={form.action} postKey={form.postKey} parent={comment.replyId} idPrefix={`reply-${comment.replyId}`} labels={form.labels} />
        </details>
      )}
    </article>
  );
}
