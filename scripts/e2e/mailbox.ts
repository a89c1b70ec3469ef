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
import { listenSmtp } from "../../tests/unit/helpers/smtp";

export const MAILBOX_DIR = "e2e-mail";

async function listen(port: number, dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = await listenSmtp(port, (message) => {
    // Written whole under a temporary name, then renamed: a reader never sees half a message.
    const name = `${Date.now()}-${String(++count).padStart(5, "0")}.json`;
    fs.writeFileSync(path.join(dir, `.${name}`), JSON.stringify(message));
    fs.renameSync(path.join(dir, `.${name}`), path.join(dir, name));
  });
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
  void listen(Number(port), dir);
}
