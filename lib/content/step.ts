/**
 * The content step, run before Contentlayer (and again on every change while
 * `npm run dev` runs): read every post once, check it, mirror the good ones for
 * Contentlayer, copy the files beside them, and write the redirect table and
 * the list of problems. Nothing here prints; scripts/prepare-content.ts does.
 */
import fs from "node:fs";
import path from "node:path";
import { checkPosts, parseSource, type SourceFile } from "../content-check";
import { bodyStartLine, checkMdx } from "../mdx-check";
import type { ContentProblem } from "../frontmatter";
import { CONTENT_ASSET_DIR } from "../content-assets";
import { legacyRedirects, REDIRECTS_FILE } from "../redirects";
import { listContentFiles, writeIfChanged } from "./files";
import { MIRROR_DIR, syncMirror, type MirrorResult } from "./mirror";
import { syncAssets, type AssetSyncResult } from "./assets";
import { groupProblems, PROBLEMS_FILE, type PostProblems } from "./problems";
import type { RedirectSettings } from "../redirects";

export interface StepOptions {
  /** Absolute content folder. */
  root: string;
  /** Absolute project folder: generated files go under it. */
  projectDir: string;
  site: RedirectSettings;
  now?: Date;
}

export interface StepResult {
  problems: ContentProblem[];
  /** Problems grouped per post, for the dev server's pages. */
  postProblems: PostProblems[];
  warnings: string[];
  posts: number;
  published: number;
  assets: AssetSyncResult;
  mirror: MirrorResult;
  redirects: number;
}

/** MDX checks compile the body: remember each file's verdict until its text changes. */
const mdxVerdicts = new Map<string, { source: string; problem: ContentProblem | undefined }>();

async function mdxProblem(file: SourceFile): Promise<ContentProblem | undefined> {
  const known = mdxVerdicts.get(file.relPath);
  if (known?.source === file.source) return known.problem;
  let problem: ContentProblem | undefined;
  try {
    problem = await checkMdx(file.relPath, parseSource(file.source).body, bodyStartLine(file.source));
  } catch {
    problem = undefined; // front matter problems are reported by checkPosts
  }
  mdxVerdicts.set(file.relPath, { source: file.source, problem });
  return problem;
}

export async function runContentStep(options: StepOptions): Promise<StepResult> {
  const { root, projectDir } = options;
  const files = listContentFiles(root);
  const sources: SourceFile[] = files.posts.map((relPath) => ({
    relPath,
    source: fs.readFileSync(path.join(root, relPath), "utf8"),
  }));

  const checked = checkPosts(sources, options.now);
  const mdx = await Promise.all(sources.filter((f) => /\.mdx$/i.test(f.relPath)).map(mdxProblem));
  const problems = [...checked.problems, ...mdx.filter((p): p is ContentProblem => Boolean(p))].sort((a, b) =>
    a.file.localeCompare(b.file),
  );

  // A post whose own text is broken stays out of Contentlayer; a slug shared by
  // two good posts is a problem of the pair, and both stay in.
  const valid = new Set(checked.posts.map((p) => p.relPath));
  const broken = new Set(problems.filter((p) => !valid.has(p.file) || p.field === "body").map((p) => p.file));
  const good = sources.filter((f) => !broken.has(f.relPath));
  const mirror = syncMirror(path.join(projectDir, MIRROR_DIR), good);
  const assets = syncAssets(root, path.join(projectDir, "public", CONTENT_ASSET_DIR), files.assets);

  const published = checked.posts.filter((p) => p.published && !broken.has(p.relPath));
  const redirects = legacyRedirects(
    published.map((p) => p.meta),
    options.site,
  );
  writeIfChanged(path.join(projectDir, REDIRECTS_FILE), `${JSON.stringify(redirects)}\n`);

  const sourceByPath = new Map(sources.map((s) => [s.relPath, s.source]));
  const postProblems = groupProblems(problems, (relPath) => sourceByPath.get(relPath) ?? "");
  writeIfChanged(path.join(projectDir, PROBLEMS_FILE), `${JSON.stringify(postProblems)}\n`);

  return {
    problems,
    postProblems,
    warnings: checked.warnings,
    posts: sources.length,
    published: published.length,
    assets,
    mirror,
    redirects: redirects.length,
  };
}
