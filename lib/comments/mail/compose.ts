/**
 * The comment e-mails, as pure functions: a plain-text part and a simple
 * HTML part. Every value a commenter wrote is escaped in the HTML and, in
 * the subject, kept to one line without control characters, so nothing
 * they typed can add a header or markup. Addresses are passed as
 * address objects (never joined into a header), and their text went
 * through fields.ts, which refuses line breaks.
 */
import { escapeUTF8 } from "entities";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The unsubscribe link (RFC 2369 List-Unsubscribe), for reply notices. */
  unsubscribe?: string;
}

/** One line, no control or bidirectional-override characters, at most `max` characters: safe in a subject. */
export function oneLine(value: string, max = 80): string {
  const line = value.replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+/gu, " ").replace(/\s+/g, " ").trim();
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : line;
}

const html = (value: string) => escapeUTF8(value);
const link = (url: string, label = url) => `<a href="${html(url)}">${html(label)}</a>`;
const page = (body: string) =>
  `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5;max-width:40em">${body}</body></html>`;
/** The comment's Markdown source, shown as written: escaped, line breaks kept. */
const quoted = (text: string) =>
  `<blockquote style="margin:1em 0;padding-left:1em;border-left:3px solid #ccc;white-space:pre-wrap">${html(text)}</blockquote>`;

export interface NewCommentFacts {
  siteTitle: string;
  post: { title: string; url: string };
  comment: { id: string; name: string; email?: string; website?: string; text: string; state: "pending" | "approved" | "spam" | "deleted"; reply: boolean };
  /** Absolute URLs: the confirm pages of the signed one-click links, the admin page. */
  links: { approve?: string; delete: string; admin: string };
}

/** The author's e-mail about a new comment, with its approve (while it waits) and delete links. */
export function newCommentMail(to: string, facts: NewCommentFacts): MailMessage {
  const { comment, post, links } = facts;
  const waiting = comment.state === "pending";
  const what = comment.reply ? "reply" : "comment";
  const subject = `[${oneLine(facts.siteTitle, 40)}] ${waiting ? "To moderate" : "New"}: ${what} by ${oneLine(comment.name, 40)} on “${oneLine(post.title)}”`;
  const details = [
    ["Name", comment.name],
    ["E-mail", comment.email ?? "(none)"],
    ["Website", comment.website ?? "(none)"],
    ["Post", post.url],
  ] as const;
  const text = [
    `${waiting ? "A new" : "A new, already shown,"} ${what} on “${post.title}” ${waiting ? "waits for you." : "(moderation let it through)."}`,
    "",
    ...details.map(([label, value]) => `${label}: ${value}`),
    "",
    ...comment.text.split("\n").map((line) => `> ${line}`),
    "",
    ...(links.approve ? [`Approve: ${links.approve}`] : []),
    `Delete: ${links.delete}`,
    `All comments: ${links.admin}`,
    "",
    "Each link opens a page that asks before it acts; they work for 7 days.",
    "",
  ].join("\n");
  const body = [
    `<p>${waiting ? "A new" : "A new, already shown,"} ${what} on “${html(post.title)}” ${waiting ? "waits for you." : "(moderation let it through)."}</p>`,
    `<p>Name: ${html(comment.name)}<br>E-mail: ${html(comment.email ?? "(none)")}<br>Website: ${html(comment.website ?? "(none)")}<br>Post: ${link(post.url)}</p>`,
    quoted(comment.text),
    `<p>${links.approve ? `${link(links.approve, "Approve")} · ` : ""}${link(links.delete, "Delete")} · ${link(links.admin, "All comments")}</p>`,
    `<p style="color:#666;font-size:90%">Each link opens a page that asks before it acts; they work for 7 days.</p>`,
  ].join("\n");
  return { to, subject, text, html: page(body) };
}

export interface ReplyNoticeFacts {
  siteTitle: string;
  post: { title: string; url: string };
  /** The reply's link on the post page (with its anchor). */
  replyUrl: string;
  reply: { name: string; text: string };
  unsubscribe: string;
}

/** A commenter's notice of a reply to their comment, with its unsubscribe link. */
export function replyNoticeMail(to: string, facts: ReplyNoticeFacts): MailMessage {
  const subject = `[${oneLine(facts.siteTitle, 40)}] ${oneLine(facts.reply.name, 40)} replied to your comment on “${oneLine(facts.post.title)}”`;
  const text = [
    `${facts.reply.name} replied to your comment on “${facts.post.title}”:`,
    "",
    ...facts.reply.text.split("\n").map((line) => `> ${line}`),
    "",
    `Read it: ${facts.replyUrl}`,
    "",
    `You get this because you asked for notices of replies. Stop them: ${facts.unsubscribe}`,
    "",
  ].join("\n");
  const body = [
    `<p>${html(facts.reply.name)} replied to your comment on “${html(facts.post.title)}”:</p>`,
    quoted(facts.reply.text),
    `<p>${link(facts.replyUrl, "Read it on the site")}</p>`,
    `<p style="color:#666;font-size:90%">You get this because you asked for notices of replies. ${link(facts.unsubscribe, "Stop them")}.</p>`,
  ].join("\n");
  return { to, subject, text, html: page(body), unsubscribe: facts.unsubscribe };
}

export interface VerificationFacts {
  siteTitle: string;
  /** The post the comment was left on. */
  post: { title: string; url: string };
  /** Absolute URL of the confirm page (paths.ts verifyLinkPath). */
  link: string;
  /** How many days the link works (tokens.ts). */
  days: number;
}

/**
 * The link that proves a commenter owns their address, sent to that
 * address. Anyone can type any address into a comment form, so this
 * message carries nothing the commenter wrote (not their name, not their
 * text): only the site's words, the post's title and the link. Whoever did
 * not comment can ignore it; the address gets at most one a day.
 */
export function verificationMail(to: string, facts: VerificationFacts): MailMessage {
  const subject = `[${oneLine(facts.siteTitle, 40)}] Confirm your e-mail address`;
  const text = [
    `Someone, probably you, left a comment on “${oneLine(facts.post.title, 200)}” (${facts.post.url}) with this e-mail address. It waits for the author's approval.`,
    "",
    "Confirm that the address is yours: once the author has approved a comment of yours, the next ones you write with it appear without waiting.",
    "",
    `Confirm: ${facts.link}`,
    "",
    `The link opens a page with one button, and works for ${facts.days} days.`,
    "If you did not write a comment there, ignore this message: nothing changes and the address is not confirmed.",
    "",
  ].join("\n");
  const body = [
    `<p>Someone, probably you, left a comment on ${link(facts.post.url, `“${oneLine(facts.post.title, 200)}”`)} with this e-mail address. It waits for the author's approval.</p>`,
    `<p>Confirm that the address is yours: once the author has approved a comment of yours, the next ones you write with it appear without waiting.</p>`,
    `<p>${link(facts.link, "Confirm my e-mail address")}</p>`,
    `<p style="color:#666;font-size:90%">The link opens a page with one button, and works for ${facts.days} days. If you did not write a comment there, ignore this message: nothing changes and the address is not confirmed.</p>`,
  ].join("\n");
  return { to, subject, text, html: page(body) };
}
