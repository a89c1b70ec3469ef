/**
 * What the admin page and the confirm pages say after a form was sent. A
 * route answers a POST with a redirect naming one of these codes (and a
 * comment id, digits only); the page shows the fixed sentence. Nothing a
 * request carries is ever shown as written.
 */
import { INBOX_STATES } from "./inbox";
import type { CommentState } from "./context";
import { LOGIN_WINDOW_MINUTES } from "./admin";

export const ADMIN_NOTICES = {
  "logged-out": "You are logged out.",
  wrong: "Wrong password.",
  "rate-limited": `Too many wrong passwords: try again in ${LOGIN_WINDOW_MINUTES} minutes.`,
  closed: "The admin page is closed: set QUIRE_ADMIN_PASSWORD or QUIRE_ADMIN_PASSWORD_HASH to open it.",
  "foreign-origin": "This form was not sent from this site: nothing was done.",
  "session-ended": "Your session has ended: log in again. Nothing was done.",
  "bad-form": "The form could not be read: nothing was done.",
  approved: "Comment {id} approved: it is on its post's page.",
  spammed: "Comment {id} marked as spam.",
  deleted: "Comment {id} deleted.",
  unchanged: "Comment {id} already was in that state.",
  "not-found": "There is no comment {id}.",
  "not-allowed": "Comment {id} cannot move to that state (a deleted comment stays deleted).",
  replied: "Your reply {id} is on the post's page.",
  "reply-empty": "Your reply is empty: nothing was saved.",
  "reply-invalid": "Your reply could not be saved: it is too long, or holds control characters.",
  "reply-gone": "The comment you replied to is not there any more.",
  "reply-too-deep": "Replies go two levels deep: answer the comment this one replies to.",
  "reply-name": "The site's author name (site.config.ts, author.name) cannot be used in a reply: it must be one line.",
  "commenter-none": "Nothing is stored under that e-mail address.",
  "commenter-erased": "Everything stored under that e-mail address is erased ({id} comments).",
  "commenter-unsure": "Tick the box to erase a commenter's data.",
  "link-invalid": "This link is not valid.",
  "link-expired": "This link has expired: moderate the comment on the admin page.",
  unsubscribed: "You will get no more notices of replies to that comment.",
  "unsubscribe-invalid": "This unsubscribe link is not valid.",
  "unsubscribe-expired": "This unsubscribe link has expired.",
  "email-trusted": "Your e-mail address is confirmed: the comments you write with it now appear at once.",
  "email-verified": "Your e-mail address is confirmed: once the author has approved a comment of yours, the next ones you write with it appear at once.",
  "email-confirmed": "Your e-mail address is confirmed.",
  "email-already": "This e-mail address is already confirmed. Confirm it here too, and the comments you write with it in this browser count as yours.",
  "verify-expired": "This link has expired: your next comment with this address brings a new one.",
} as const;

export type AdminNotice = keyof typeof ADMIN_NOTICES;

/** The sentence for a code from a query string, or undefined for an unknown one. */
export function noticeText(code: string | undefined, id?: string): string | undefined {
  if (!code || !Object.hasOwn(ADMIN_NOTICES, code)) return undefined;
  const safeId = id && /^\d{1,16}$/.test(id) ? id : "";
  return ADMIN_NOTICES[code as AdminNotice].replace("{id}", safeId).replace(/ {2,}/g, " ");
}

/** Which notices are problems (shown as alerts) rather than confirmations. */
export const PROBLEM_NOTICES: ReadonlySet<AdminNotice> = new Set([
  "wrong", "rate-limited", "closed", "foreign-origin", "session-ended", "bad-form", "not-found", "not-allowed",
  "reply-empty", "reply-invalid", "reply-gone", "reply-too-deep", "reply-name", "commenter-unsure",
  "link-invalid", "link-expired", "unsubscribe-invalid", "unsubscribe-expired", "verify-expired",
]);

/** The tab a query's `state` names; pending by default. */
export function stateOfQuery(value: string | undefined): CommentState {
  return (INBOX_STATES as readonly string[]).includes(value ?? "") ? (value as CommentState) : "pending";
}

/** The page of a tab a query names (`?page=3`): a whole number from 1, else 1. */
export function pageOfQuery(value: string | undefined): number {
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}
