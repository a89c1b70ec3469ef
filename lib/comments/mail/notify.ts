/**
 * Which e-mails a change to the comments sends, and to whom: the author
 * hears of each new comment (with signed approve and delete links while it
 * waits, a delete link once shown); when a reply is shown, those who asked
 * for notices on the comment it answers hear of it, each with their own
 * signed unsubscribe link; under `first`, a commenter whose address is not
 * verified yet gets the link that verifies it (once a day at most:
 * notices.ts claimVerificationMail decided it when the comment was stored).
 * Nothing here throws for a mail problem: the comment is already stored.
 */
import { nowOf, type CommentsContext } from "../context";
import { checkEmail } from "../fields";
import { inboxComment } from "../inbox";
import { releaseVerificationMail, subscribersOfReply } from "../notices";
import { shownId } from "../merge";
import { actionLinkPath, ADMIN_PATH, commentAnchor, unsubscribeLinkPath, verifyLinkPath } from "../paths";
import { actionToken, unsubscribeToken, VERIFY_LINK_DAYS, verifyEmailToken } from "../tokens";
import { newCommentMail, replyNoticeMail, verificationMail } from "./compose";
import type { Mailer } from "./send";

/** What the e-mails say about the site: its title, absolute URLs, a post's title and path from its key. */
export interface MailSite {
  title: string;
  /** A site path made absolute (origin and base path). */
  url(path: string): string;
  post(postKey: string): { title: string; path: string } | undefined;
}

export interface MailContext {
  mailer: Mailer;
  authorEmail: string;
  site: MailSite;
}

const postFacts = (site: MailSite, postKey: string) => {
  const post = site.post(postKey);
  return { title: post?.title ?? postKey, url: site.url(post?.path ?? "/") };
};

/** Tells the author of a new comment (a reader's: the author's own replies need no e-mail). */
export async function mailNewComment(ctx: CommentsContext, mail: MailContext, id: string): Promise<boolean> {
  const comment = await inboxComment(ctx, id);
  if (!comment || comment.byAuthor) return false;
  const now = nowOf(ctx);
  const message = newCommentMail(mail.authorEmail, {
    siteTitle: mail.site.title,
    post: postFacts(mail.site, comment.postKey),
    comment: { ...comment, reply: comment.parent !== undefined },
    links: {
      ...(comment.state === "pending" ? { approve: mail.site.url(actionLinkPath("approve", actionToken(ctx.keys, "approve", id, now))) } : {}),
      delete: mail.site.url(actionLinkPath("delete", actionToken(ctx.keys, "delete", id, now))),
      admin: mail.site.url(`${ADMIN_PATH}?state=${comment.state}`),
    },
  });
  return mail.mailer.send(message, `about comment ${id} to the author`);
}

/** Tells those who asked for notices on the comment a now-shown reply answers; how many were sent. */
export async function mailReplyNotices(ctx: CommentsContext, mail: MailContext, replyId: string): Promise<number> {
  const reply = await inboxComment(ctx, replyId);
  if (!reply || reply.state !== "approved") return 0;
  const now = nowOf(ctx);
  const post = postFacts(mail.site, reply.postKey);
  let sent = 0;
  for (const subscriber of await subscribersOfReply(ctx, replyId)) {
    const message = replyNoticeMail(subscriber.email, {
      siteTitle: mail.site.title,
      post,
      replyUrl: `${post.url}#${commentAnchor(shownId({ id: replyId }))}`,
      reply: { name: reply.name, text: reply.text },
      unsubscribe: mail.site.url(unsubscribeLinkPath(unsubscribeToken(ctx.keys, subscriber.subscriptionId, now))),
    });
    if (await mail.mailer.send(message, `of reply ${replyId} (notice ${subscriber.subscriptionId})`)) sent += 1;
  }
  return sent;
}

/**
 * Sends the writer of a stored comment the link that verifies their
 * address (submit.ts answered `verification` for it). A sending that fails
 * gives the claim back, so the next comment may try again the same day.
 */
export async function mailVerification(ctx: CommentsContext, mail: MailContext, commentId: string): Promise<boolean> {
  const comment = await inboxComment(ctx, commentId);
  if (!comment?.email) return false;
  // The form let only one plain address through (fields.ts); a row written otherwise (an import) is not mailed a link.
  const check = checkEmail(comment.email);
  if (!("value" in check) || check.value !== comment.email) return false;
  const token = verifyEmailToken(ctx.keys, comment.email, nowOf(ctx));
  const message = verificationMail(comment.email, {
    siteTitle: mail.site.title,
    post: postFacts(mail.site, comment.postKey),
    link: mail.site.url(verifyLinkPath(token)),
    days: VERIFY_LINK_DAYS,
  });
  const sent = await mail.mailer.send(message, `verifying the address of comment ${commentId}`);
  if (!sent) await releaseVerificationMail(ctx.db, comment.email, new Date(comment.date));
  return sent;
}
