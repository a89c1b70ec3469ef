/**
 * Where comment e-mails go, from the environment, checked once:
 *
 * - `SMTP_URL`: the mail server, `smtp://user:password@host:587` (STARTTLS
 *   when the server offers it) or `smtps://...:465` (TLS from the start);
 *   or `SMTP_HOST` with `SMTP_PORT` (default 587), `SMTP_USER`, `SMTP_PASS`.
 * - `QUIRE_AUTHOR_EMAIL`: the author's address, told of each new comment.
 * - `MAIL_FROM`: the sender (`Blog <comments@example.com>`); default the
 *   author's address.
 *
 * Without a server, or without the author's address, no e-mail is sent
 * (undefined here); comments work the same.
 */
import { checkEmail } from "../fields";

export interface MailSettings {
  /** A nodemailer SMTP transport: a URL, or host and port with optional login. */
  transport: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  /** The author's address. */
  authorEmail: string;
  from: { name: string; address: string };
}

const address = (name: string, value: string): string => {
  const check = checkEmail(value);
  if ("error" in check || !check.value) throw new Error(`${name} must be one e-mail address (name@example.com), got ${JSON.stringify(value)}`);
  return check.value;
};

/** `Name <address>` or a bare address. */
function parseFrom(value: string): { name: string; address: string } {
  const named = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  const name = (named?.[1] ?? "").replace(/^"(.*)"$/, "$1");
  if (/[\p{Cc}]/u.test(name)) throw new Error("MAIL_FROM must be one line");
  return { name, address: address("MAIL_FROM", named ? named[2] : value) };
}

export function readMailSettings(env: Record<string, string | undefined> = process.env): MailSettings | undefined {
  const url = env.SMTP_URL?.trim();
  const host = env.SMTP_HOST?.trim();
  const to = env.QUIRE_AUTHOR_EMAIL?.trim();
  if ((!url && !host) || !to) return undefined;
  let transport: MailSettings["transport"];
  if (url) {
    if (!/^smtps?:\/\/[^/]/i.test(url)) throw new Error(`SMTP_URL must start with smtp:// or smtps:// (smtp://user:password@host:587), got one starting "${url.split(":")[0]}:"`);
    transport = url;
  } else {
    const port = Number(env.SMTP_PORT || 587);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`SMTP_PORT must be a port number, got ${JSON.stringify(env.SMTP_PORT)}`);
    const user = env.SMTP_USER ?? "";
    transport = { host: host!, port, secure: port === 465, ...(user ? { auth: { user, pass: env.SMTP_PASS ?? "" } } : {}) };
  }
  const authorEmail = address("QUIRE_AUTHOR_EMAIL", to);
  return { transport, authorEmail, from: env.MAIL_FROM?.trim() ? parseFrom(env.MAIL_FROM) : { name: "", address: authorEmail } };
}
