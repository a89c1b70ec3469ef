/**
 * `npm run comments -- hash-password`: reads the admin password from
 * standard input (one line; pipe it from a password manager, or type it)
 * and prints the value for QUIRE_ADMIN_PASSWORD_HASH, so the password
 * itself never sits in the server's environment.
 */
import readline from "node:readline";
import { hashAdminPassword } from "../lib/comments/admin";

const USAGE = "usage: npm run --silent comments -- hash-password   (the password on standard input)";

async function readLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Admin password (at least 12 characters): ");
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

async function main(args: string[]): Promise<number> {
  if (args[0] !== "hash-password" || args.length > 1) {
    console.error(USAGE);
    return 2;
  }
  try {
    console.log(hashAdminPassword(await readLine()));
    return 0;
  } catch (error) {
    console.error(`comments: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
