import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { AdminInbox, type ListedComment } from "@/components/comments-admin/AdminInbox";
import { AdminLogin } from "@/components/comments-admin/AdminLogin";
import { ConfirmAction } from "@/components/comments-admin/ConfirmAction";
import { PageFrame } from "@/components/PageFrame";
import { isAdminSession } from "@/lib/comments/admin";
import { noticeText, PROBLEM_NOTICES, stateOfQuery, type AdminNotice } from "@/lib/comments/admin-notices";
import { adminPassword, commentsOn, siteComments } from "@/lib/comments/admin-site";
import { csrfToken, SESSION_COOKIE } from "@/lib/comments/admin-web";
import { MAX_REPLY_DEPTH, nowOf } from "@/lib/comments/context";
import { commentsInState, inboxComment } from "@/lib/comments/inbox";
import { siteForMail } from "@/lib/comments/mail/site-mail";
import { renderCommentText } from "@/lib/comments/markdown";
import { countByState } from "@/lib/comments/moderation";
import { ADMIN_PATH, UNSUBSCRIBE_PATH } from "@/lib/comments/paths";
import { verifyToken } from "@/lib/comments/tokens";
import { atLeastOne, PLACEHOLDER } from "@/lib/web/static-params";
import { withBasePath } from "@/lib/web/urls";

type Query = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Never in a search engine, never in the sitemap (which lists content only). */
export const adminMetadata: Metadata = { title: "Comments", robots: { index: false, follow: false } };

/**
 * The admin and confirm pages render on request only. A static export,
 * which cannot run them, lists one placeholder that renders the 404 page
 * and is removed from out/ (lib/web/static-params.ts).
 */
export function requestOnlyParams() {
  return atLeastOne<{ view?: string[] }>([], { view: [PLACEHOLDER] });
}

const notice = (query: Record<string, string | string[] | undefined>) => {
  const code = first(query.notice);
  return { text: noticeText(code, first(query.id)), problem: PROBLEM_NOTICES.has(code as AdminNotice) };
};

/**
 * `/admin/comments`: the login form, or the moderation page for a live
 * session; `/admin/comments/approve` and `/delete`: the confirm page of a
 * link from the author's e-mail. 404 while comments are off.
 */
export async function CommentsAdminPage({ params, searchParams }: { params: Promise<{ view?: string[] }>; searchParams: Query }) {
  const { view = [] } = await params;
  if (!commentsOn() || view.length > 1) notFound();
  const query = await searchParams;
  if (view.length === 0) return <PageFrame>{await adminView(query)}</PageFrame>;
  if (view[0] === "approve" || view[0] === "delete") return <PageFrame>{await linkView(view[0], query)}</PageFrame>;
  notFound();
}

async function adminView(query: Record<string, string | string[] | undefined>) {
  const ctx = await siteComments();
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const said = notice(query);
  if (!token || !(await isAdminSession(ctx, token))) {
    return <AdminLogin action={withBasePath(`${ADMIN_PATH}/login`)} notice={said.text} problem={said.problem} closed={!adminPassword()} />;
  }
  const state = stateOfQuery(first(query.state));
  const [counts, comments] = await Promise.all([countByState(ctx), commentsInState(ctx, state)]);
  const listed: ListedComment[] = comments.map((comment) => {
    const post = siteForMail.post(comment.postKey);
    return {
      ...comment,
      html: renderCommentText(comment.text),
      post: post ? { title: post.title, href: withBasePath(post.path) } : { title: comment.postKey },
    };
  });
  return (
    <AdminInbox
      state={state}
      counts={counts}
      comments={listed}
      csrf={csrfToken(ctx.keys, token)}
      paths={{ page: withBasePath(ADMIN_PATH), action: withBasePath(`${ADMIN_PATH}/action`), logout: withBasePath(`${ADMIN_PATH}/logout`) }}
      notice={said.text}
      problem={said.problem}
      maxReplyDepth={MAX_REPLY_DEPTH}
    />
  );
}

async function linkView(action: "approve" | "delete", query: Record<string, string | string[] | undefined>) {
  const title = action === "approve" ? "Approve a comment" : "Delete a comment";
  const said = notice(query);
  const token = first(query.token);
  if (!token) return <ConfirmAction title={title} notice={said.text ?? noticeText("link-invalid")} problem={said.problem || !said.text} />;
  const ctx = await siteComments();
  const check = verifyToken<{ c?: unknown }>(ctx.keys.links, action, token, nowOf(ctx));
  const comment = check.ok && typeof check.payload.c === "string" ? await inboxComment(ctx, check.payload.c) : undefined;
  if (!comment) {
    return <ConfirmAction title={title} notice={noticeText(!check.ok && check.reason === "expired" ? "link-expired" : "link-invalid")} problem />;
  }
  const post = siteForMail.post(comment.postKey);
  return (
    <ConfirmAction
      title={title}
      problem={false}
      form={{ action: withBasePath(`${ADMIN_PATH}/confirm`), fields: { action, token }, label: action === "approve" ? `Approve comment ${comment.id}` : `Delete comment ${comment.id}` }}
    >
      <p className="mt-4">
        #{comment.id} by {comment.name || "(no name)"} on “{post?.title ?? comment.postKey}”, now {comment.state}:
      </p>
      <div className="prose prose-zinc mt-3 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: renderCommentText(comment.text) }} />
    </ConfirmAction>
  );
}

/** `/comments/unsubscribe`: the confirm page of a reply notice's unsubscribe link. */
export async function UnsubscribePage({ params, searchParams }: { params: Promise<{ view?: string[] }>; searchParams: Query }) {
  const { view = [] } = await params;
  if (!commentsOn() || view.length > 0) notFound();
  const query = await searchParams;
  const said = notice(query);
  const token = first(query.token);
  return (
    <PageFrame>
      <ConfirmAction
        title="Stop reply notices"
        notice={said.text ?? (token ? undefined : noticeText("unsubscribe-invalid"))}
        problem={said.problem || (!said.text && !token)}
        form={token ? { action: withBasePath(`${UNSUBSCRIBE_PATH}/confirm`), fields: { token }, label: "Stop notices of replies to my comment" } : undefined}
      />
    </PageFrame>
  );
}
