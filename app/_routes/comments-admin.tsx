import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { AdminInbox, type ListedComment } from "@/components/comments-admin/AdminInbox";
import { AdminLogin } from "@/components/comments-admin/AdminLogin";
import { ConfirmAction } from "@/components/comments-admin/ConfirmAction";
import { PageFrame } from "@/components/PageFrame";
import { isAdminSession } from "@/lib/comments/admin";
import { noticeText, pageOfQuery, PROBLEM_NOTICES, stateOfQuery, type AdminNotice } from "@/lib/comments/admin-notices";
import { adminPassword, commentsOn, siteComments } from "@/lib/comments/admin-site";
import { csrfToken, SESSION_COOKIE } from "@/lib/comments/admin-web";
import { MAX_REPLY_DEPTH, nowOf } from "@/lib/comments/context";
import { commentsInState, inboxComment, INBOX_PAGE_SIZE } from "@/lib/comments/inbox";
import { siteForMail } from "@/lib/comments/mail/site-mail";
import { renderCommentText } from "@/lib/comments/markdown";
import { countByState } from "@/lib/comments/moderation";
import { verificationLink } from "@/lib/comments/notices";
import { ADMIN_PATH, UNSUBSCRIBE_PATH, VERIFY_PATH } from "@/lib/comments/paths";
import { verifyToken } from "@/lib/comments/tokens";
import { deployEnv } from "@/lib/env";
import { withBasePath } from "@/lib/web/urls";

type Query = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Never in a search engine, never in the sitemap (which lists content only). */
export const adminMetadata: Metadata = { title: "Comments", robots: { index: false, follow: false } };

/**
 * These pages render on request only (they read a cookie or a token). A
 * static export, which cannot run them, renders them as the 404 page and
 * its last step removes them from out/ (lib/export/trim.ts).
 */
async function requestOnly() {
  if (!commentsOn() || deployEnv.output === "export") notFound();
  // Rendered per request, never at build: nothing here opens the database while building.
  await connection();
}

const notice = (query: Record<string, string | string[] | undefined>) => {
  const code = first(query.notice);
  return { text: noticeText(code, first(query.id)), problem: PROBLEM_NOTICES.has(code as AdminNotice) };
};

/** `/admin/comments`: the login form, or the moderation page for a live session. 404 while comments are off. */
export async function CommentsAdminPage({ searchParams }: { searchParams: Query }) {
  await requestOnly();
  return <PageFrame>{await adminView(await searchParams)}</PageFrame>;
}

/** `/admin/comments/approve` and `/delete`: the confirm page of a link from the author's e-mail. */
export function confirmLinkPage(action: "approve" | "delete") {
  return async function ConfirmLinkPage({ searchParams }: { searchParams: Query }) {
    await requestOnly();
    return <PageFrame>{await linkView(action, await searchParams)}</PageFrame>;
  };
}

async function adminView(query: Record<string, string | string[] | undefined>) {
  const ctx = await siteComments();
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const said = notice(query);
  if (!token || !(await isAdminSession(ctx, token))) {
    return <AdminLogin action={withBasePath(`${ADMIN_PATH}/login`)} notice={said.text} problem={said.problem} closed={!adminPassword()} />;
  }
  const state = stateOfQuery(first(query.state));
  const counts = await countByState(ctx);
  const pages = Math.max(1, Math.ceil(counts[state] / INBOX_PAGE_SIZE));
  const page = Math.min(pageOfQuery(first(query.page)), pages);
  const comments = await commentsInState(ctx, state, page);
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
      page={page}
      pages={pages}
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
export async function UnsubscribePage({ searchParams }: { searchParams: Query }) {
  await requestOnly();
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

/**
 * `/comments/verify`: the confirm page of the link that verifies a
 * commenter's address. Opening it reads the token and the store, and
 * changes nothing (mail scanners open links); the button posts the token.
 */
export async function VerifyEmailPage({ searchParams }: { searchParams: Query }) {
  await requestOnly();
  const query = await searchParams;
  const title = "Confirm your e-mail address";
  const said = notice(query);
  const token = first(query.token);
  if (said.text || !token) {
    return (
      <PageFrame>
        <ConfirmAction title={title} notice={said.text ?? noticeText("link-invalid")} problem={said.problem || !said.text} />
      </PageFrame>
    );
  }
  const ctx = await siteComments();
  const link = await verificationLink(ctx, token);
  if (!link.ok) {
    return (
      <PageFrame>
        <ConfirmAction title={title} notice={noticeText(link.code === "link-expired" ? "verify-expired" : "link-invalid")} problem />
      </PageFrame>
    );
  }
  // Already verified (in another browser, say): the button still makes this browser prove it.
  return (
    <PageFrame>
      <ConfirmAction
        title={title}
        notice={link.verified ? noticeText("email-already") : undefined}
        problem={false}
        form={{ action: withBasePath(`${VERIFY_PATH}/confirm`), fields: { token }, label: link.verified ? "Confirm it in this browser" : "Confirm my e-mail address" }}
      >
        <p className="mt-4">
          Confirm that <strong>{link.email}</strong> is yours.
          {ctx.rules.moderation === "first" &&
            " Once the author has approved a comment of yours, the next ones you write with it in this browser appear without waiting."}
        </p>
      </ConfirmAction>
    </PageFrame>
  );
}
