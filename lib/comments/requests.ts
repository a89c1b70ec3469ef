/**
 * The POST routes of the admin page and of the e-mail links, as functions
 * of the request: every one answers with a 303 to a page that says what
 * happened (admin-notices.ts), never with a 500. Admin forms must come from
 * this site (Origin) and carry the session's CSRF token; the one-click
 * e-mail links carry their own signed token instead, so they need no login.
 * After a change the post's page is revalidated at once and e-mails go out
 * after the answer (changes.ts).
 */
import { after, NextResponse } from "next/server";
import { site } from "../../site.config";
import { basePath, withBasePath } from "../web/urls";
import { login, logout, isAdminSession } from "./admin";
import { fromThisSite } from "./origin";
import { commenterCookie } from "./commenter-cookie";
import { nowOf } from "./context";
import { isHttps, isValidCsrf, SESSION_COOKIE, sessionCookieOptions, sessionOf } from "./admin-web";
import { adminPassword, commentsOn, siteComments } from "./admin-site";
import { clientAddress } from "./respond";
import { pageOfQuery, stateOfQuery, type AdminNotice } from "./admin-notices";
import { afterModeration } from "./changes";
import { commentsChanged } from "./revalidate";
import { readForm } from "./form";
import { siteMail } from "./mail/site-mail";
import { moderate, moderateByLink, replyAsAuthor, type ModerationAction, type ModerationResult } from "./moderation";
import { unsubscribe, verifyCommenterEmail, type VerifyResult } from "./notices";
import { ADMIN_PATH, UNSUBSCRIBE_PATH, VERIFY_PATH } from "./paths";
import { eraseCommenter, exportCommenter } from "./privacy";
import type { ModerationMode } from "./settings";

const NO_STORE = { "Cache-Control": "no-store" };

/** A 303 to a site path (relative Location: right behind any proxy), with a notice. */
function seeOther(path: string, query: Record<string, string> = {}): NextResponse {
  const search = new URLSearchParams(query).toString();
  return new NextResponse(null, { status: 303, headers: { Location: withBasePath(search ? `${path}?${search}` : path), ...NO_STORE } });
}

const notFound = () => new NextResponse("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
const foreign = () =>
  new NextResponse("Refused: this form was not sent from this site.\n", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });


export async function loginRequest(request: Request): Promise<Response> {
  if (!commentsOn()) return notFound();
  if (!fromThisSite(request.url, request.headers, "refuse")) return foreign();
  const form = await readForm(request);
  if (!form.ok) return seeOther(ADMIN_PATH, { notice: "bad-form" });
  const result = await login(await siteComments(), adminPassword(), form.values.password ?? "", clientAddress(request.headers));
  if (!result.ok) return seeOther(ADMIN_PATH, { notice: result.code });
  const response = seeOther(ADMIN_PATH);
  response.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.expires, isHttps(request.url, request.headers), basePath));
  return response;
}

/** The session and its form, checked: the Origin, a live session, the CSRF token. */
async function adminForm(request: Request): Promise<{ values: Record<string, string>; token: string } | Response> {
  if (!commentsOn()) return notFound();
  if (!fromThisSite(request.url, request.headers, "refuse")) return foreign();
  const token = sessionOf(request.headers.get("cookie"));
  const ctx = await siteComments();
  if (!token || !(await isAdminSession(ctx, token))) return seeOther(ADMIN_PATH, { notice: "session-ended" });
  const form = await readForm(request);
  if (!form.ok) return seeOther(ADMIN_PATH, { notice: "bad-form" });
  if (!isValidCsrf(ctx.keys, token, form.values.csrf)) return foreign();
  return { values: form.values, token };
}

export async function logoutRequest(request: Request): Promise<Response> {
  const form = await adminForm(request);
  if (form instanceof Response) return form;
  await logout(await siteComments(), form.token);
  const response = seeOther(ADMIN_PATH, { notice: "logged-out" });
  response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(new Date(0), isHttps(request.url, request.headers), basePath) });
  return response;
}

const DONE: Record<ModerationAction, AdminNotice> = { approve: "approved", spam: "spammed", delete: "deleted" };

/** What a moderation result says, and what follows it. */
async function followModeration(result: ModerationResult, action: ModerationAction): Promise<{ notice: AdminNotice; id?: string }> {
  if (!result.ok) return { notice: result.code };
  if (result.changed) {
    commentsChanged(result.postKey);
    const ctx = await siteComments();
    after(() => afterModeration(ctx, siteMail(), result));
  }
  return { notice: result.changed ? DONE[action] : "unchanged", id: result.id };
}

const REPLY_PROBLEMS: Record<string, AdminNotice> = { required: "reply-empty", "not-found": "reply-gone", "too-deep": "reply-too-deep" };

export async function actionRequest(request: Request): Promise<Response> {
  const form = await adminForm(request);
  if (form instanceof Response) return form;
  const { values } = form;
  const ctx = await siteComments();
  const back = stateOfQuery(values.back);
  const page = pageOfQuery(values.page);
  const to = (notice: AdminNotice, id?: string) => seeOther(ADMIN_PATH, { state: back, ...(page > 1 ? { page: String(page) } : {}), notice, ...(id ? { id } : {}) });
  const id = values.id ?? "";
  switch (values.intent) {
    case "approve":
    case "spam":
    case "delete": {
      const done = await followModeration(await moderate(ctx, id, values.intent), values.intent);
      return to(done.notice, done.id ?? (/^\d{1,16}$/.test(id) ? id : undefined));
    }
    case "reply": {
      const reply = await replyAsAuthor(ctx, { parentId: id, authorName: site.author.name, text: values.text ?? "" });
      if (!reply.ok) {
        const problem = reply.errors[0];
        return to(problem.field === "name" ? "reply-name" : (REPLY_PROBLEMS[problem.code] ?? "reply-invalid"), id);
      }
      commentsChanged(reply.postKey);
      after(() => afterModeration(ctx, siteMail(), { id: reply.id, from: "pending", to: "approved" }));
      return to("replied", reply.id);
    }
    case "export": {
      const data = await exportCommenter(ctx, values.email ?? "");
      if (!data) return to("commenter-none");
      return new NextResponse(`${JSON.stringify(data, null, 2)}\n`, {
        headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'attachment; filename="commenter.json"', ...NO_STORE },
      });
    }
    case "erase": {
      if (values.sure !== "on") return to("commenter-unsure");
      const data = await exportCommenter(ctx, values.email ?? "");
      if (!data) return to("commenter-none");
      const erased = await eraseCommenter(ctx, values.email ?? "");
      for (const postKey of new Set(data.comments.map((comment) => comment.postKey))) commentsChanged(postKey);
      return to("commenter-erased", String(erased.comments));
    }
    default:
      return to("bad-form");
  }
}

/** The confirm page of an approve or delete link from the author's e-mail, sent: the token decides. */
export async function linkRequest(request: Request): Promise<Response> {
  if (!commentsOn()) return notFound();
  const form = await readForm(request);
  const action = form.ok && form.values.action === "delete" ? "delete" : "approve";
  const page = `${ADMIN_PATH}/${action}`;
  if (!form.ok || (form.values.action !== "approve" && form.values.action !== "delete")) return seeOther(page, { notice: "bad-form" });
  const done = await followModeration(await moderateByLink(await siteComments(), action, form.values.token ?? ""), action);
  return seeOther(page, { notice: done.notice, ...(done.id ? { id: done.id } : {}) });
}

/** The confirm page of a reply notice's unsubscribe link, sent. */
export async function unsubscribeRequest(request: Request): Promise<Response> {
  if (!commentsOn()) return notFound();
  const form = await readForm(request);
  if (!form.ok) return seeOther(UNSUBSCRIBE_PATH, { notice: "bad-form" });
  const result = await unsubscribe(await siteComments(), form.values.token ?? "");
  return seeOther(UNSUBSCRIBE_PATH, { notice: result.ok ? "unsubscribed" : result.code === "link-expired" ? "unsubscribe-expired" : "unsubscribe-invalid" });
}

/** What the confirm page of a verification link says once its button was pressed. */
export function verifyNotice(result: VerifyResult, moderation: ModerationMode): AdminNotice {
  if (!result.ok) return result.code === "link-expired" ? "verify-expired" : "link-invalid";
  if (result.trusted) return "email-trusted";
  return moderation === "first" ? "email-verified" : "email-confirmed";
}

/** The confirm page of the link that verifies a commenter's address, sent: the token decides. */
export async function verifyRequest(request: Request): Promise<Response> {
  if (!commentsOn()) return notFound();
  const form = await readForm(request);
  if (!form.ok) return seeOther(VERIFY_PATH, { notice: "bad-form" });
  const ctx = await siteComments();
  const result = await verifyCommenterEmail(ctx, form.values.token ?? "");
  const response = seeOther(VERIFY_PATH, { notice: verifyNotice(result, ctx.rules.moderation) });
  if (result.ok) {
    // This browser proves the address from now on (commenter-cookie.ts).
    const cookie = commenterCookie(ctx.keys, result.email, nowOf(ctx), isHttps(request.url, request.headers), basePath);
    response.cookies.set(cookie.name, cookie.value, cookie.options);
  }
  return response;
}
