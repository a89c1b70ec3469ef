/**
 * `npm run new -- "Title" [--lang <code>]`: writes a new draft post,
 * `<content folder>/<year>/<day>-<slug>[.<code>].md`, with its front matter
 * filled (lib/new-post.ts), and prints its path. An existing file is never
 * overwritten.
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/content-folders";
import { siteLanguageRules } from "../lib/frontmatter";
import { newPost, parseNewPostArgs } from "../lib/new-post";

function main() {
  const { title, lang } = parseNewPostArgs(process.argv.slice(2));
  const post = newPost({ title, lang, now: new Date(), languages: siteLanguageRules });
  const file = path.join(contentDir(), ...post.relPath.split("/"));
  const relative = path.relative(process.cwd(), file);
  const shown = relative.startsWith("..") ? file : relative;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // `wx`: fails when the file exists, in the same call that creates it.
    fs.writeFileSync(file, post.text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new Error(`${shown} already exists; give the post another title`);
    throw error;
  }
  console.log(shown);
}

try {
  main();
} catch (error) {
  console.error(`npm run new: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
