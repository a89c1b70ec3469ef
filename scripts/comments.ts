/**
 * `npm run comments -- <command>`, the comments store's tools:
 *
 *   hash-password   reads the admin password from standard input (one line;
 *                   pipe it from a password manager, or type it) and prints
 *                   the value for QUIRE_ADMIN_PASSWORD_HASH, so the password
 *                   itself never sits in the server's environment.
 *   import [--dry-run]
 *                   takes every post's comments file (`<post>.comments.json`,
 *                   as the WordPress import writes them) of CONTENT_DIR into
 *                   the store (lib/comments/imported.ts): they are then
 *                   moderated and answered like the others. Run again, it
 *                   adds only what the store does not know.
 */
import { randomBytes } from "node:crypto";
import readline from "node:readline";
import { hashAdminPassword } from "../lib/comments/admin";
import { closeCommentsStore, commentsStore } from "../lib/comments/store";
import { commentsFilesIn } from "../lib/comments/import-files";
import { storeImported } from "../lib/comments/imported";
import { contentDir } from "../lib/content-folders";
import { siteLanguageRules } from "../lib/frontmatter";
import { site } from "../site.config";

const USAGE = [
  "usage: npm run --silent comments -- hash-password   (the password on standard input)",
  "       npm run comments -- import [--dry-run]       (the comments files of CONTENT_DIR into the store)",
].join("\n");

async function readLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Admin password (at least 12 characters): ");
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

async function importFiles(dryRun: boolean): Promise<number> {
  if (!site.comments) {
    console.error("comments: comments are off: turn them on (`comments` in site.config.ts or QUIRE_COMMENTS=on) before taking files into the store");
    return 1;
  }
  const root = contentDir();
  const found = commentsFilesIn(root, siteLanguageRules);
  for (const problem of found.problems) console.warn(`comments: ${problem}`);
  const total = found.files.reduce((n, file) => n + file.comments.length, 0);
  if (dryRun) {
    console.log(`comments: ${plural(total, "comment")} in ${plural(found.files.length, "comments file")} of ${root} (dry run: nothing stored)`);
    return 0;
  }
  // Taking files in signs nothing and hashes no address: a server's COMMENTS_SECRET is not needed here.
  const store = await commentsStore(site.comments, { ...process.env, COMMENTS_SECRET: process.env.COMMENTS_SECRET || randomBytes(32).toString("base64url") });
  let added = 0;
  let known = 0;
  try {
    for (const file of found.files) {
      const count = await storeImported(store, file.postKey, file.comments);
      added += count.added;
      known += count.known;
    }
  } finally {
    await closeCommentsStore();
  }
  console.log(`comments: ${plural(added, "comment")} from ${plural(found.files.length, "comments file")} stored, ${plural(known, "comment")} already there`);
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === "hash-password" && rest.length === 0) {
      console.log(hashAdminPassword(await readLine()));
      return 0;
    }
    if (command === "import" && rest.every((arg) => arg === "--dry-run")) return await importFiles(rest.length > 0);
  } catch (error) {
    console.error(`comments: ${(error as Error).message}`);
    return 1;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
