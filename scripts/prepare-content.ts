/**
 * Runs before Contentlayer and Next: checks every post (one line per problem,
 * no stack traces), compiles `.mdx` bodies to catch MDX errors with file and
 * line, copies the files beside the posts to public/_content/ and writes the
 * table of old URLs that proxy.server.ts redirects.
 */
import fs from "node:fs";
import path from "node:path";
import { checkPosts, parseSource, type SourceFile } from "../lib/content-check";
import { bodyStartLine, checkMdx } from "../lib/mdx-check";
import { formatProblem, type ContentProblem } from "../lib/frontmatter";
import { contentDir, CONTENT_ASSET_DIR } from "../lib/content-assets";
import { legacyRedirects, REDIRECTS_FILE } from "../lib/redirects";
import { site } from "../site.config";

const dev = process.argv.includes("--dev");
const root = contentDir();
const assetsOut = path.resolve("public", CONTENT_ASSET_DIR);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function toRel(file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

async function mdxProblems(sources: SourceFile[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const file of sources) {
    if (!file.relPath.toLowerCase().endsWith(".mdx")) continue;
    const problem = await checkMdx(file.relPath, parseSource(file.source).body, bodyStartLine(file.source));
    if (problem) problems.push(problem);
  }
  return problems;
}

function copyAssets(files: string[]): number {
  fs.rmSync(assetsOut, { recursive: true, force: true });
  let count = 0;
  for (const file of files) {
    if (/\.(md|mdx)$/i.test(file)) continue;
    const target = path.join(assetsOut, path.relative(root, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
    count += 1;
  }
  return count;
}

/** Contentlayer caches by file mtime only: start afresh when the inputs change meaning. */
function resetCacheWhenSettingsChange() {
  const stampFile = path.resolve(".contentlayer", "quire-settings.json");
  const stamp = JSON.stringify({ root, basePath: process.env.BASE_PATH ?? "" });
  const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : "";
  if (previous !== stamp) {
    fs.rmSync(path.resolve(".contentlayer"), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(stampFile), { recursive: true });
    fs.writeFileSync(stampFile, stamp);
  }
}

async function main() {
  if (!fs.existsSync(root)) {
    console.error(`Content folder not found: ${root} (set CONTENT_DIR)`);
    process.exit(1);
  }
  const files = walk(root);
  const sources: SourceFile[] = files
    .filter((f) => /\.(md|mdx)$/i.test(f))
    .map((f) => ({ relPath: toRel(f), source: fs.readFileSync(f, "utf8") }));

  const result = checkPosts(sources);
  const problems = [...result.problems, ...(await mdxProblems(sources))];
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} content problem${problems.length === 1 ? "" : "s"} in ${root}; nothing was built.`);
    process.exit(1);
  }
  if (dev) for (const w of result.warnings) console.warn(`warning: ${w}`);

  resetCacheWhenSettingsChange();
  const assets = copyAssets(files);
  const published = result.posts.filter((p) => p.published);
  const redirects = legacyRedirects(
    published.map((p) => p.meta),
    site,
  );
  fs.writeFileSync(path.resolve(REDIRECTS_FILE), `${JSON.stringify(redirects)}\n`);
  console.log(
    `Content: ${sources.length} posts (${published.length} published), ${assets} files copied to public/${CONTENT_ASSET_DIR}, from ${path.relative(process.cwd(), root) || "."}; ${redirects.length} old URLs redirect`,
  );
}

main();
