import type { CommentState } from "@/lib/comments/context";
import { isWebAddress } from "@/lib/comments/fields";
import type { InboxComment } from "@/lib/comments/inbox";
import { COMMENT_LINK_REL } from "@/lib/comments/markdown";
import type { StateCounts } from "@/lib/comments/moderation";
import { buttonClass, inputClass, Notice, PostForm } from "./parts";

export interface ListedComment extends InboxComment {
  /** The text, rendered and sanitised (lib/comments/markdown.ts). */
  html: string;
  post: { title: string; href?: string };
}

const LABELS: Record<CommentState, string> = { pending: "Pending", approved: "Approved", spam: "Spam", deleted: "Deleted" };

/** The states a comment in `state` can be moved to from here, as the buttons say them. */
const MOVES: Record<CommentState, Array<{ intent: "approve" | "spam" | "delete"; label: string }>> = {
  pending: [
    { intent: "approve", label: "Approve" },
    { intent: "spam", label: "Spam" },
    { intent: "delete", label: "Delete" },
  ],
  approved: [
    { intent: "spam", label: "Spam" },
    { intent: "delete", label: "Delete" },
  ],
  spam: [
    { intent: "approve", label: "Not spam: approve" },
    { intent: "delete", label: "Delete" },
  ],
  deleted: [],
};

export interface InboxProps {
  state: CommentState;
  /** The page of the tab shown (from 1), and how many it has (lib/comments/inbox.ts INBOX_PAGE_SIZE a page). */
  page: number;
  pages: number;
  counts: StateCounts;
  comments: ListedComment[];
  csrf: string;
  /** Site paths, base path included. */
  paths: { page: string; action: string; logout: string };
  notice?: string;
  problem: boolean;
  maxReplyDepth: number;
}

/**
 * The author's moderation page: counts and a tab per state, each comment
 * with its post, writer (e-mail included: only here), date and text, and a
 * POST form per action carrying the session's CSRF token.
 */
export function AdminInbox({ state, page, pages, counts, comments, csrf, paths, notice, problem, maxReplyDepth }: InboxProps) {
  const fields = (more: Record<string, string>) => ({ csrf, back: state, ...(page > 1 ? { page: String(page) } : {}), ...more });
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold text-zinc-900 dark:text-white">Comments</h1>
        <PostForm action={paths.logout} fields={{ csrf }}>
          <button type="submit" className={buttonClass}>
            Log out
          </button>
        </PostForm>
      </div>
      <Notice text={notice} problem={problem} />
      <nav aria-label="Comments by state" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {(Object.keys(LABELS) as CommentState[]).map((tab) => (
            <li key={tab}>
              <a
                href={`${paths.page}?state=${tab}`}
                aria-current={tab === state ? "page" : undefined}
                className={`inline-block rounded-md px-3 py-1.5 ${tab === state ? "bg-teal-800 text-white dark:bg-teal-300 dark:text-zinc-950" : "text-teal-800 underline dark:text-teal-300"}`}
              >
                {LABELS[tab]} <span data-count={tab}>({counts[tab]})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mt-6 text-xl font-bold text-zinc-900 dark:text-white">
        {LABELS[state]}: {counts[state]}
        {pages > 1 && (
          <span className="font-normal">
            {" "}
            (page {page} of {pages})
          </span>
        )}
      </h2>
      {comments.length === 0 ? (
        <p className="mt-4">No comments here.</p>
      ) : (
        <ol className="mt-4 space-y-6">
          {comments.map((comment) => (
            <li key={comment.id}>
              <article aria-labelledby={`c${comment.id}-by`} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-700" data-comment={comment.id}>
                <header className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
                  <p id={`c${comment.id}-by`} className="text-base font-semibold text-zinc-900 dark:text-zinc-100">
                    #{comment.id} {comment.name || "(no name)"}
                    {comment.byAuthor ? " (you)" : ""}
                  </p>
                  <p>
                    On{" "}
                    {comment.post.href ? (
                      <a href={comment.post.href} className="text-teal-800 underline dark:text-teal-300">
                        {comment.post.title}
                      </a>
                    ) : (
                      comment.post.title
                    )}
                    {comment.parent ? `, in reply to #${comment.parent}` : ""} · <time dateTime={comment.date}>{comment.date.slice(0, 16).replace("T", " ")} UTC</time>
                  </p>
                  {comment.email && <p>E-mail: {comment.email}</p>}
                  {comment.website && (
                    <p>
                      Website:{" "}
                      {isWebAddress(comment.website) ? (
                        <a href={comment.website} rel={COMMENT_LINK_REL} className="text-teal-800 underline dark:text-teal-300">
                          {comment.website}
                        </a>
                      ) : (
                        // Not an http(s) address (a row written past the form): shown, never a link.
                        comment.website
                      )}
                    </p>
                  )}
                </header>
                <div className="prose prose-zinc mt-3 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: comment.html }} />
                {MOVES[comment.state].length > 0 && (
                  <div className="mt-4 flex flex-wrap gap-2">
                    {MOVES[comment.state].map((move) => {
                      const form = (
                        <PostForm key={move.intent} action={paths.action} fields={fields({ intent: move.intent, id: comment.id })}>
                          <button type="submit" className={buttonClass} aria-label={`${move.label} comment ${comment.id}`}>
                            {move.intent === "delete" ? "Delete for good" : move.label}
                          </button>
                        </PostForm>
                      );
                      // Deleting is final: it takes a second click, behind a summary, with no script.
                      return move.intent === "delete" ? (
                        <details key={move.intent} className="basis-full">
                          <summary className="cursor-pointer text-teal-800 dark:text-teal-300">Delete…</summary>
                          <div className="mt-2">{form}</div>
                        </details>
                      ) : (
                        form
                      );
                    })}
                  </div>
                )}
                {(comment.state === "pending" || comment.state === "approved") && comment.depth < maxReplyDepth && (
                  <details className="mt-4">
                    <summary className="cursor-pointer text-teal-800 dark:text-teal-300">Reply as the author</summary>
                    <PostForm action={paths.action} fields={fields({ intent: "reply", id: comment.id })} className="mt-2 space-y-2">
                      <label htmlFor={`reply-${comment.id}`} className="block font-medium">
                        Your reply to #{comment.id}
                        {comment.state === "pending" ? " (approves it too)" : ""}
                      </label>
                      <textarea id={`reply-${comment.id}`} name="text" required rows={4} className={inputClass} />
                      <button type="submit" className={buttonClass}>
                        Post reply
                      </button>
                    </PostForm>
                  </details>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && <Pages state={state} page={page} pages={pages} path={paths.page} />}
      <CommenterData csrf={csrf} state={state} action={paths.action} />
    </div>
  );
}

/** Newer and older pages of a tab. */
function Pages({ state, page, pages, path }: { state: CommentState; page: number; pages: number; path: string }) {
  const href = (to: number) => `${path}?state=${state}${to > 1 ? `&page=${to}` : ""}`;
  const link = "text-teal-800 underline dark:text-teal-300";
  return (
    <nav aria-label={`${LABELS[state]} comments, pages`} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev" className={link}>
          ← Newer
        </a>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && (
        <a href={href(page + 1)} rel="next" className={link}>
          Older →
        </a>
      )}
    </nav>
  );
}

/** Export or erase everything stored under one e-mail address (privacy.ts). */
function CommenterData({ csrf, state, action }: { csrf: string; state: CommentState; action: string }) {
  return (
    <section aria-labelledby="commenter-data" className="mt-12 border-t border-zinc-200 pt-6 dark:border-zinc-700">
      <h2 id="commenter-data" className="text-xl font-bold text-zinc-900 dark:text-white">
        A commenter&apos;s data
      </h2>
      <p className="mt-2 text-sm">Everything stored under one e-mail address: their comments and reply notices.</p>
      <div className="mt-4 grid gap-6 sm:grid-cols-2">
        <PostForm action={action} fields={{ csrf, back: state, intent: "export" }} className="space-y-2">
          <label htmlFor="export-email" className="block font-medium">
            E-mail address to export
          </label>
          <input id="export-email" name="email" type="email" required className={inputClass} />
          <button type="submit" className={buttonClass}>
            Export (JSON)
          </button>
        </PostForm>
        <PostForm action={action} fields={{ csrf, back: state, intent: "erase" }} className="space-y-2">
          <label htmlFor="erase-email" className="block font-medium">
            E-mail address to erase
          </label>
          <input id="erase-email" name="email" type="email" required className={inputClass} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="sure" required /> Erase their comments and notices for good
          </label>
          <button type="submit" className={buttonClass}>
            Erase
          </button>
        </PostForm>
      </div>
    </section>
  );
}
