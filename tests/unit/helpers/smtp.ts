/**
 * A real SMTP server on loopback (the `smtp-server` package) that keeps what
 * it receives, for the comment e-mail tests, and the few MIME readings they
 * need: headers, and the text or HTML part decoded.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A loopback SMTP server on `listenPort` of 127.0.0.1 (0: any free port), handing each message it receives to `onMessage`. */
export async function listenSmtp(listenPort: number, onMessage: (message: Received) => void): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        onMessage({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", resolve));
  return server;
}

/** Listens on `listenPort` of 127.0.0.1 (0: any free port) and keeps what it receives. */
export async function startSmtp(listenPort = 0): Promise<{ url: string; port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = await listenSmtp(listenPort, (message) => received.push(message));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The message's headers, unfolded, by lowercase name (the first of each). */
export function headersOf(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const at = line.indexOf(":");
    if (at > 0 && !headers.has(line.slice(0, at).toLowerCase())) headers.set(line.slice(0, at).toLowerCase(), line.slice(at + 1).trim());
  }
  return headers;
}

/** The header names of the message, lowercase, in order (repeats kept). */
export function headerNames(raw: string): string[] {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  return head.split(/\r?\n/).map((line) => line.slice(0, Math.max(0, line.indexOf(":"))).toLowerCase());
}

/** An RFC 2047 encoded header (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`) decoded. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
  // Every other byte of the part is ASCII; %-escape the rest of `%` first.
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
}

/** The decoded body of the message's part of `type` (text/plain, text/html). */
export function partOf(raw: string, type: "text/plain" | "text/html"): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  for (const part of parts) {
    const [head, ...rest] = part.split(/\r?\n\r?\n/);
    if (!new RegExp(`content-type:\\s*${type.replace("/", "\\/")}`, "i").test(head)) continue;
    const body = rest.join("\r\n\r\n").replace(/\r?\n--[^\r\n]+--\s*$/, "");
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
    return body;
  }
  throw new Error(`no ${type} part`);
}

/** Waits until `count` messages arrived (sending returns once the server accepted them; this is for sends run in the background). */
export async function waitFor(received: Received[], count: number, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (received.length < count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
}
