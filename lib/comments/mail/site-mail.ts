/**
 * The e-mails of this site's process: the settings read once from the
 * environment (settings.ts), the mailer made once, and the site described
 * from site.config.ts and the post records. Undefined when e-mail is not
 * set up.
 */
import { getPostRecord } from "../../data/posts";
import { siteUrl } from "../../web/seo";
import { site } from "../../../site.config";
import { postPathOfKey } from "../paths";
import { parsePostKey } from "../post-key";
import type { MailContext, MailSite } from "./notify";
import { createMailer } from "./send";
import { readMailSettings } from "./settings";

export const siteForMail: MailSite = {
  title: site.title,
  url: siteUrl,
  post(postKey) {
    const key = parsePostKey(postKey);
    const path = postPathOfKey(postKey);
    const record = key && getPostRecord(key.slug, key.lang);
    return record && path ? { title: record.title, path } : undefined;
  },
};

const holder = globalThis as typeof globalThis & { __quireCommentMail?: { context: MailContext | undefined } };

/**
 * This process's mail context, or undefined without SMTP settings and the
 * author's address. A bad setting sends nothing and says why in one line of
 * the log; comments work the same.
 */
export function siteMail(): MailContext | undefined {
  if (!holder.__quireCommentMail) {
    let context: MailContext | undefined;
    try {
      const settings = readMailSettings();
      context = settings && { mailer: createMailer(settings), authorEmail: settings.authorEmail, site: siteForMail };
    } catch (error) {
      console.error(`comments: ${(error as Error).message}; no e-mail is sent`);
    }
    holder.__quireCommentMail = { context };
  }
  return holder.__quireCommentMail.context;
}
