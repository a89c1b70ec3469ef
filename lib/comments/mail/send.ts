/**
 * Sending the comment e-mails through the SMTP server of the environment
 * (settings.ts), with nodemailer. A failure is one line in the log and
 * never an error for the caller: the comment is stored before any e-mail
 * about it is sent, and stays whatever the mail server says.
 */
import nodemailer from "nodemailer";
import type { MailMessage } from "./compose";
import type { MailSettings } from "./settings";

export interface Mailer {
  /** Sends one message; resolves whether or not it went (a failure is logged). */
  send(message: MailMessage, about: string): Promise<boolean>;
}

export function createMailer(settings: MailSettings, log: (line: string) => void = console.error): Mailer {
  const transport = nodemailer.createTransport(settings.transport as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(message, about) {
      // The last guard before a header: one plain address, or nothing is sent (fields.ts refused such an address at the form already).
      if (!isPlainAddress(message.to)) {
        log(`comments: e-mail ${about} not sent: the recipient is not one plain address`);
        return false;
      }
      try {
        await transport.sendMail({
          from: settings.from,
          to: { name: "", address: message.to },
          subject: message.subject,
          text: message.text,
          html: message.html,
          ...(message.unsubscribe ? { list: { unsubscribe: message.unsubscribe } } : {}),
        });
        return true;
      } catch (error) {
        log(`comments: e-mail ${about} not sent: ${oneLineError(error)}`);
        return false;
      }
    },
  };
}

/** One address, `local@domain`, with no space, control character, comma, angle bracket or quote that could add a recipient or a header. */
export function isPlainAddress(address: string): boolean {
  return typeof address === "string" && address.length <= 254 && /^[^\s@<>,;:"()\[\]\\\u0000-\u001f\u007f-\u009f\u2028\u2029]+@[^\s@<>,;:"()\[\]\\\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/.test(address);
}

const oneLineError = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim().slice(0, 300);
