/**
 * The pages app/comments answers a form sent without JavaScript with: the
 * comment checked ("check your comment": its preview and the form again,
 * what was typed kept, a message under each field that has a problem), the
 * comment received ("awaiting moderation", or published), or a form that
 * could not be read. Whole documents, written here as strings: every value
 * a reader typed is escaped; the preview is the sanitised HTML of
 * lib/comments/markdown.ts.
 */
import { escapeUTF8 } from "entities";
import { COMMENT_LINK_REL } from "./markdown";
import { FORM_FIELDS } from "./form";
import type { FieldError } from "./fields";

/** Text for an element's content. */
const text = (value: string) => escapeUTF8(value);
/** Text for a double-quoted attribute: the same escapes, quotes and angle brackets included. */
const attr = (value: string) => escapeUTF8(value);

export interface PageWords {
  /** Translated strings by key, the page's language (lib/i18n). */
  t: (key: string, values?: Record<string, string | number>) => string;
  lang: string;
  siteTitle: string;
}

export interface PostLink {
  title: string;
  /** The post page's path, base path included. */
  path: string;
}

const STYLE = `
:root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0;background:#fff;color:#18181b}
main{max-width:42rem;margin:0 auto;padding:2rem 1rem}
a{color:#115e59}
label{display:block;font-weight:600;margin-top:1rem}
input[type=text],input[type=email],textarea{box-sizing:border-box;width:100%;padding:.5rem;border:1px solid #a1a1aa;border-radius:.375rem;font:inherit}
.hint{font-size:.9rem;color:#52525b;margin:.25rem 0 0}
.error{color:#b91c1c;font-weight:600;margin:.25rem 0 0}
.box{background:#f4f4f5;border-radius:.5rem;padding:1rem;margin:1rem 0}
.alert{border:1px solid #b91c1c;border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
button{font:inherit;font-weight:600;padding:.5rem 1rem;border-radius:.375rem;border:1px solid #115e59;margin:1rem .5rem 0 0;cursor:pointer}
button.primary{background:#115e59;color:#fff}
@media (prefers-color-scheme:dark){body{background:#09090b;color:#f4f4f5}a{color:#5eead4}.box{background:#18181b}input,textarea{background:#18181b;color:#f4f4f5}.hint{color:#a1a1aa}.error{color:#fca5a5}.alert{border-color:#fca5a5}button{border-color:#5eead4;background:#09090b;color:#f4f4f5}button.primary{background:#5eead4;color:#042f2e}}
`;

function document(words: PageWords, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${attr(words.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${text(title)} – ${text(words.siteTitle)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

const backLink = (words: PageWords, post: PostLink | undefined) =>
  post ? `<p><a href="${attr(post.path)}">${text(words.t("comments.back", { title: post.title }))}</a></p>` : "";

/** A comment as the post will show it: the name (linked to the website), the text. */
function commentBox(author: string, website: string | undefined, html: string, note?: string): string {
  const name = website ? `<a href="${attr(website)}" rel="${COMMENT_LINK_REL}">${text(author)}</a>` : text(author);
  return `<article class="box" data-comment-preview><p><strong>${name}</strong>${note ? ` · ${text(note)}` : ""}</p>${html}</article>`;
}

export interface FormPage {
  post: PostLink;
  action: string;
  postKey: string;
  /** What was typed, by FORM_FIELDS names. */
  values: Record<string, string | undefined>;
  errors: FieldError[];
  /** The preview, when the fields passed: the comment's sanitised HTML, and a fresh form token to send it with. */
  preview?: { author: string; website?: string; html: string; token: string };
}

/** "Check your comment": the preview (or what to correct), and the form to send it or change it. */
export function formPage(words: PageWords, page: FormPage): string {
  const { t } = words;
  const value = (name: string) => page.values[name] ?? "";
  const errorOf = (field: string) => page.errors.find((error) => error.field === field);
  const fieldError = (field: string) => {
    const error = errorOf(field);
    return error ? `<p class="error" id="f-${field}-error">${text(error.message)}</p>` : "";
  };
  const described = (field: string, hint?: string) => {
    const ids = [errorOf(field) ? `f-${field}-error` : "", hint ?? ""].filter(Boolean).join(" ");
    return `${ids ? ` aria-describedby="${ids}"` : ""}${errorOf(field) ? ' aria-invalid="true"' : ""}`;
  };
  const body = [
    backLink(words, page.post),
    `<h1>${text(t("comments.checkHeading"))}</h1>`,
    page.errors.length
      ? `<div class="alert" role="alert"><p>${text(t("comments.problems"))}</p><ul>${page.errors.map((error) => `<li>${text(error.message)}</li>`).join("")}</ul></div>`
      : `<p>${text(t("comments.checkIntro"))}</p>`,
    page.preview ? commentBox(page.preview.author, page.preview.website, page.preview.html) : "",
    `<form method="post" action="${attr(page.action)}" novalidate>`,
    `<input type="hidden" name="post" value="${attr(page.postKey)}">`,
    value(FORM_FIELDS.parent) ? `<input type="hidden" name="${FORM_FIELDS.parent}" value="${attr(value(FORM_FIELDS.parent))}">` : "",
    page.preview ? `<input type="hidden" name="${FORM_FIELDS.token}" value="${attr(page.preview.token)}">` : "",
    `<div class="trap" aria-hidden="true"><label>${text(t("comments.honeypot"))}<input type="text" name="${FORM_FIELDS.honeypot}" tabindex="-1" autocomplete="off" value=""></label></div>`,
    `<label for="f-name">${text(t("comments.name"))}</label><input type="text" id="f-name" name="${FORM_FIELDS.name}" value="${attr(value(FORM_FIELDS.name))}" required maxlength="80" autocomplete="name"${described("name")}>${fieldError("name")}`,
    `<label for="f-email">${text(t("comments.email"))}</label><input type="email" id="f-email" name="${FORM_FIELDS.email}" value="${attr(value(FORM_FIELDS.email))}" maxlength="254" autocomplete="email"${described("email", "f-email-hint")}><p class="hint" id="f-email-hint">${text(t("comments.emailHint"))}</p>${fieldError("email")}`,
    `<label><input type="checkbox" name="${FORM_FIELDS.notify}" value="on"${value(FORM_FIELDS.notify) ? " checked" : ""}> ${text(t("comments.notify"))}</label>`,
    `<label for="f-website">${text(t("comments.website"))}</label><input type="text" inputmode="url" id="f-website" name="${FORM_FIELDS.website}" value="${attr(value(FORM_FIELDS.website))}" maxlength="500" autocomplete="url"${described("website")}>${fieldError("website")}`,
    `<label for="f-text">${text(t("comments.text"))}</label><textarea id="f-text" name="${FORM_FIELDS.text}" rows="6" required${described("text", "f-text-hint")}>${text(value(FORM_FIELDS.text))}</textarea><p class="hint" id="f-text-hint">${text(t("comments.textHint"))}</p>${fieldError("text")}`,
    page.preview ? `<button type="submit" class="primary" name="step" value="send">${text(t("comments.send"))}</button>` : "",
    `<button type="submit" name="step" value="preview">${text(t(page.preview ? "comments.previewAgain" : "comments.preview"))}</button>`,
    `</form>`,
  ].join("\n");
  return document(words, t("comments.checkHeading"), body);
}

/**
 * The comment received: waiting for the author, or published (with its
 * place on the post). `verification`: a link to skip the wait next time is
 * on its way to the commenter's address.
 */
export function sentPage(
  words: PageWords,
  page: { post: PostLink; state: "pending" | "approved"; author: string; website?: string; html: string; anchor?: string; verification?: boolean },
): string {
  const { t } = words;
  const body = [
    backLink(words, page.post),
    `<h1>${text(t("comments.thanks"))}</h1>`,
    `<p role="status">${text(t(page.state === "approved" ? "comments.published" : "comments.pending"))}</p>`,
    page.verification ? `<p data-verification>${text(t("comments.verificationSent"))}</p>` : "",
    commentBox(page.author, page.website, page.html, page.state === "pending" ? t("comments.awaiting") : undefined),
    page.state === "approved" && page.anchor ? `<p><a href="${attr(`${page.post.path}#${page.anchor}`)}">${text(t("comments.seeIt"))}</a></p>` : "",
  ].join("\n");
  return document(words, t("comments.thanks"), body);
}

/** A form that could not be read or taken: one message, and the way back. */
export function failedPage(words: PageWords, message: string, post?: PostLink): string {
  const { t } = words;
  return document(words, t("comments.failed"), `${backLink(words, post)}\n<h1>${text(t("comments.failed"))}</h1>\n<p role="alert">${text(message)}</p>`);
}
