/**
 * What follows a change to the stored comments, in one place: the post's
 * page is revalidated (an approval shows within seconds, without a
 * rebuild: revalidate.ts `commentsChanged`, called while answering the request), the author
 * hears of a new comment, its writer gets the link that verifies their
 * address when the comment store said it is due, and a reply that becomes
 * visible sends its notices (the `after...` functions, which routes run in `after()` so the
 * answer does not wait for the mail server). E-mail failures are logged
 * and never undo or fail the change.
 */
import type { CommentsContext, CommentState } from "./context";
import type { MailContext } from "./mail/notify";
import { mailNewComment, mailReplyNotices, mailVerification } from "./mail/notify";
import { inboxComment } from "./inbox";
import { releaseVerificationMail } from "./notices";

const logged = async (what: string, work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (error) {
    console.error(`comments: ${what} failed: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 300)}`);
  }
};

/**
 * A reader's comment was stored: tell the author; shown at once (moderation
 * let it through), tell those it answers; `verification` (submit.ts), send
 * its writer the link that verifies their address.
 */
export async function afterCommentStored(
  ctx: CommentsContext,
  mail: MailContext | undefined,
  comment: { id: string; state: CommentState; verification?: boolean },
) {
  if (!mail) {
    // Nothing can be sent after all: give the claim back rather than make the address wait a day.
    if (comment.verification) await logged(`giving back the verification of comment ${comment.id}`, () => giveBack(ctx, comment.id));
    return;
  }
  await logged(`e-mail about comment ${comment.id}`, () => mailNewComment(ctx, mail, comment.id));
  if (comment.verification) await logged(`verification e-mail of comment ${comment.id}`, () => mailVerification(ctx, mail, comment.id));
  if (comment.state === "approved") await logged(`reply notices of comment ${comment.id}`, () => mailReplyNotices(ctx, mail, comment.id));
}

async function giveBack(ctx: CommentsContext, id: string) {
  const comment = await inboxComment(ctx, id);
  if (comment?.email) await releaseVerificationMail(ctx.db, comment.email, new Date(comment.date));
}

/** The author moved a comment, or replied (`from` pending, `to` approved): a reply shown for the first time sends its notices. */
export async function afterModeration(ctx: CommentsContext, mail: MailContext | undefined, change: { id: string; from: CommentState; to: CommentState }) {
  if (mail && change.from === "pending" && change.to === "approved") {
    await logged(`reply notices of comment ${change.id}`, () => mailReplyNotices(ctx, mail, change.id));
  }
}
