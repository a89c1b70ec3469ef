/**
 * A comment form arriving at app/comments (POST), answered: refused when sent
 * from another site, read (lib/comments/form.ts), then one of two steps.
 *
 * - `preview` (the post page's form): the fields checked, nothing stored; the
 *   answer is the comment as it will look and a fresh form token. The post
 *   pages are static, so a token in them would carry their build time: the
 *   token is made here, when a person asks to see their comment.
 * - `send` (the preview's form): lib/comments/submit.ts with that token;
 *   the answer is "awaiting moderation" or the comment published. Under
 *   `first`, a waiting comment whose address was sent its verification link
 *   (changes.ts, after the answer) says so.
 *
 * A form sent with `Accept: application/json` (components/CommentForm.tsx)
 * gets JSON; any other gets a whole page (lib/comments/response-page.ts)
 * that keeps what was typed. Bad input is a message with a 4xx status,
 * never a 500.
 */
import type { CommentsContext } from "./context";
import { nowOf } from "./context";
import { checkFields, type FieldError } from "./fields";
import { commentFieldsOf, FORM_FIELDS, readForm } from "./form";
import { renderCommentText } from "./markdown";
import { shownId } from "./merge";
import { fromThisSite } from "./origin";
import { provenEmail } from "./commenter-cookie";
import { failedPage, formPage, sentPage, type PageWords, type PostLink } from "./response-page";
import type { ResolvedComments } from "./settings";
import { submitComment } from "./submit";
import { formToken } from "./tokens";

/** Where comment forms are sent (app/comments/route.server.ts), before the base path. */
export const COMMENTS_ACTION = "/comments";

export interface RespondDeps {
  rules: ResolvedComments | false;
  store: () => Promise<CommentsContext>;
  /** The post a key names, if it takes comments now. */
  post: (postKey: string) => (PostLink & { lang: string }) | undefined;
  /** A post's comments changed (a comment shown at once): its page renders again. */
  changed: (postKey: string) => void;
  /**
   * A reader's comment was stored: the author hears of it, a reply shown at
   * once sends its notices, `verification` sends its writer the link that
   * verifies their address (changes.ts).
   */
  stored?: (ctx: CommentsContext, comment: { id: string; state: "pending" | "approved"; verification: boolean }) => void;
  /** Whether a commenter can be e-mailed their verification link (the site sends e-mail). */
  mailsVerification?: () => boolean;
  /** The pages' words in a language. */
  words: (lang: string) => PageWords;
  defaultLang: string;
  /** Where forms are sent (base path included). */
  action: string;
}


/** The sender's address: the one the nearest proxy (Next's own server included) saw, not one the sender claims. */
export function clientAddress(headers: Headers): string | undefined {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || undefined;
}

const HTML = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };
const JSON_TYPE = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

export async function respondToComment(request: Request, deps: RespondDeps): Promise<Response> {
  const wantsJson = /\bapplication\/json\b/i.test(request.headers.get("accept") ?? "");
  const failure = (status: number, error: FieldError, post?: PostLink & { lang: string }) =>
    wantsJson
      ? Response.json({ ok: false, errors: [{ field: error.field, message: error.message }] }, { status, headers: JSON_TYPE })
      : new Response(failedPage(deps.words(post?.lang ?? deps.defaultLang), error.message, post), { status, headers: HTML });
  const formError = (code: string, message: string): FieldError => ({ field: "form", code, message });

  if (!deps.rules) return failure(404, formError("off", "This site does not take comments."));
  if (!fromThisSite(request.url, request.headers, "allow")) return failure(403, formError("cross-site", "This form was sent from another site: comments are taken only from this site's pages."));

  const form = await readForm(request);
  if (!form.ok) return failure(form.error.code === "too-large" ? 413 : 400, form.error);
  const values = form.values;
  const postKey = values.post ?? "";
  const post = deps.post(postKey);
  if (!post) return failure(404, formError("closed", "This post does not take comments."));
  const words = deps.words(post.lang);

  let ctx: CommentsContext;
  try {
    ctx = await deps.store();
  } catch (error) {
    console.error(`comments: the store could not open: ${error instanceof Error ? error.message : String(error)}`);
    return failure(503, formError("unavailable", "Comments cannot be taken right now: please try again later."), post);
  }
  const step = values.step === "send" ? "send" : "preview";
  const checkedFields = () =>
    checkFields(commentFieldsOf(values), ctx.rules);
  /** The form again with its problems, and a fresh token when its fields are fine (a token too old, a form sent too fast). */
  const again = (errors: FieldError[]) => {
    const checked = checkedFields();
    const preview = checked.ok
      ? { author: checked.fields.name, website: checked.fields.website, html: renderCommentText(checked.fields.text), token: formToken(ctx.keys, postKey, nowOf(ctx)) }
      : undefined;
    if (wantsJson) {
      return Response.json({ ok: false, errors: errors.map(({ field, message }) => ({ field, message })) }, { status: 400, headers: JSON_TYPE });
    }
    return new Response(formPage(words, { post, action: deps.action, postKey, values, errors, preview }), { status: 400, headers: HTML });
  };

  if (step === "preview") {
    const checked = checkedFields();
    if (!checked.ok) return again(checked.errors);
    const { fields } = checked;
    const preview = { author: fields.name, website: fields.website, html: renderCommentText(fields.text), token: formToken(ctx.keys, postKey, nowOf(ctx)) };
    if (wantsJson) {
      return Response.json({ ok: true, step: "preview", ...preview, waitMs: ctx.rules.minSecondsToSubmit * 1000 }, { headers: JSON_TYPE });
    }
    return new Response(formPage(words, { post, action: deps.action, postKey, values, errors: [], preview }), { headers: HTML });
  }

  const result = await submitComment(ctx, {
    postKey,
    values,
    ip: clientAddress(request.headers),
    postOpen: (key) => deps.post(key) !== undefined,
    mailsVerification: deps.mailsVerification?.() ?? false,
    provenEmail: provenEmail(ctx.keys, request.headers.get("cookie"), nowOf(ctx)),
  });
  if (!result.ok) return again(result.errors);
  // A robot that filled the honeypot hears what a person whose comment waits hears.
  const state = result.outcome === "discarded" ? "pending" : result.state === "approved" ? "approved" : "pending";
  const verification = result.outcome === "stored" && result.verification === true;
  if (result.outcome === "stored" && result.state === "approved") deps.changed(postKey);
  if (result.outcome === "stored") deps.stored?.(ctx, { id: result.id, state: result.state, verification });
  const checked = checkedFields();
  const author = checked.ok ? checked.fields.name : (values[FORM_FIELDS.name] ?? "");
  const website = checked.ok ? checked.fields.website : undefined;
  const html = checked.ok ? renderCommentText(checked.fields.text) : "";
  const anchor = result.outcome === "discarded" ? undefined : `comment-${shownId({ id: result.id })}`;
  if (wantsJson) {
    return Response.json({ ok: true, step: "sent", state, author, html, ...(anchor ? { anchor } : {}), ...(verification ? { verification: true } : {}) }, { headers: JSON_TYPE });
  }
  return new Response(sentPage(words, { post, state, author, website, html, anchor, verification }), { headers: HTML });
}
