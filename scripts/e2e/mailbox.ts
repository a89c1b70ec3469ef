/**
 * The comments targets' mail server: a real SMTP server on loopback (the
 * `smtp-server` package) that writes each message it receives as one JSON
 * file ({ from, to, raw }) into a folder, where every spec and every
 * Playwright worker can read it (tests/e2e/mailbox.ts). Started by the
 * target's server command, in the background of the same shell: Playwright
 * stops it with the site.
 *
 *   tsx scripts/e2e/mailbox.ts <port> <folder>
 */
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export const MAILBOX_DIR = "e2e-mail";

function listen(port: number, dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const message = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        };
        // Written whole under a temporary name, then renamed: a reader never sees half a message.
        const name = `${Date.now()}-${String(++count).padStart(5, "0")}.json`;
        fs.writeFileSync(path.join(dir, `.${name}`), JSON.stringify(message));
        fs.renameSync(path.join(dir, `.${name}`), path.join(dir, name));
        done();
      });
    },
  });
  server.listen(port, "127.0.0.1");
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/e2e/mailbox.ts")) {
  const [port, dir = MAILBOX_DIR] = process.argv.slice(2);
  if (!port) {
    console.error("usage: tsx scripts/e2e/mailbox.ts <port> [folder]");
    process.exit(2);
  }
  listen(Number(port), dir);
}
