/**
 * The posts an e2e build sees: the real WordPress corpus (or CONTENT_DIR, or
 * the sample posts when the corpus is absent) plus the hand-written fixture
 * posts of tests/fixtures/content under `_fixtures/`, copied into the
 * workspace. A copy, not a symlink: the content walkers do not follow
 * symlinked folders, and nothing a test does can reach the original.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { copyTree } from "./workspace";
import { SERVED, writeHostilePosts } from "../../tests/fixtures/hostile";

export const FIXTURES_FOLDER = "_fixtures";

export interface ContentSetup {
  /** Environment for the build and the tests: CONTENT_DIR and what it holds. */
  env: Record<string, string>;
  /** One line for the log. */
  description: string;
}

/** The real corpus beside the project, as this machine lays it out. */
export function corpusPath(project: string): string {
  return path.resolve(project, "../shared/corpus/ultrabug-tech-blog");
}

export function corpusWithFixtures(workspace: string, project: string): ContentSetup {
  const corpus = corpusPath(project);
  const source = process.env.CONTENT_DIR
    ? path.resolve(project, process.env.CONTENT_DIR)
    : fs.existsSync(corpus)
      ? corpus
      : path.join(project, "content/blog");
  const isCorpus = source === corpus;
  return withFixtures(
    workspace,
    project,
    source,
    isCorpus,
    isCorpus || process.env.CONTENT_DIR ? "" : ` [${corpus} not found: the sample posts instead]`,
  );
}

/**
 * The sample blog's French posts, added to a copy of the corpus (never to the
 * corpus itself): the translation of "Europython 2014", beside the corpus's
 * own post of that name, and a post in French only. The build is then
 * bilingual, as the sample blog is; without them it has one language.
 */
export const FRENCH_SAMPLE_POSTS = [
  { from: "2014/2014-08-01-europython-2014.fr.md", to: "2014/2014-08-01-europython-2014.fr.md" },
  { from: "2024/2024-06-15-un-blog-en-deux-langues.md", to: "_sample-fr/2024-06-15-un-blog-en-deux-langues.md" },
];

/** The corpus plus the fixtures, made bilingual with the sample's French posts (start, standalone, export, basepath). */
export function bilingualCorpusWithFixtures(workspace: string, project: string): ContentSetup {
  const setup = corpusWithFixtures(workspace, project);
  if (setup.env.E2E_CORPUS !== "1") return setup; // the sample posts are bilingual already
  for (const post of FRENCH_SAMPLE_POSTS) {
    const target = path.join(setup.env.CONTENT_DIR, post.to);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(project, "content/blog", post.from), target);
  }
  return {
    env: { ...setup.env, E2E_BILINGUAL: "1" },
    description: `${setup.description} + the sample's ${FRENCH_SAMPLE_POSTS.length} French posts`,
  };
}

/** The sample posts plus the fixtures: a small build (the `vercel` target). */
export function sampleWithFixtures(workspace: string, project: string): ContentSetup {
  return withFixtures(workspace, project, path.join(project, "content/blog"), false, "");
}

function withFixtures(workspace: string, project: string, source: string, isCorpus: boolean, note: string): ContentSetup {
  const dir = path.join(workspace, "e2e-content");
  const posts = copyTree(source, dir);
  const fixtures = copyTree(path.join(project, "tests/fixtures/content"), path.join(dir, FIXTURES_FOLDER));
  return {
    env: { CONTENT_DIR: dir, E2E_CORPUS: isCorpus ? "1" : "", E2E_FIXTURES: FIXTURES_FOLDER },
    description: `${path.relative(project, source) || "."} (${posts} files)${note} + tests/fixtures/content (${fixtures} files)`,
  };
}

/** A scratch copy of the sample posts, which a test may edit (the `dev` target). */
export function sampleCopy(workspace: string, project: string): ContentSetup {
  const copy = contentCopy(workspace, project, path.join(project, "content/blog"));
  return { ...copy, description: `a scratch copy of ${copy.description}` };
}

/** The folder of hostile posts inside the `hostile` target's content. */
export const HOSTILE_FOLDER = "hostile";

/** The sample posts plus the hostile posts that build (tests/fixtures/hostile.ts SERVED): the `hostile` target. */
export function sampleWithHostilePosts(workspace: string, project: string): ContentSetup {
  const copy = contentCopy(workspace, project, path.join(project, "content/blog"));
  const names = writeHostilePosts(path.join(copy.env.CONTENT_DIR, HOSTILE_FOLDER), (name) => name in SERVED);
  return { ...copy, description: `${copy.description} + ${names.length} hostile posts that build` };
}

/** A copy of the posts in `source` and nothing else (no fixtures): what the README's screenshots show. */
export function contentCopy(workspace: string, project: string, source: string): ContentSetup {
  const dir = path.join(workspace, "e2e-content");
  const posts = copyTree(source, dir);
  return {
    env: { CONTENT_DIR: dir, E2E_CORPUS: source === corpusPath(project) ? "1" : "" },
    description: `${path.relative(project, source) || "."} (${posts} files)`,
  };
}

/** The real WordPress exports beside the project (../shared/wordpress): `betablog/`, `tight-loose-tight/`. */
export function wordpressExportsPath(project: string): string {
  return path.resolve(project, "../shared/wordpress");
}

/** Why a WordPress target has nothing to test on this machine, or undefined. */
export function missingWordpressExport(project: string, name: string): string | undefined {
  const file = path.join(wordpressExportsPath(project), name, "export.xml");
  return fs.existsSync(file) ? undefined : `${file} not found: the WordPress import is not tested end to end here`;
}

/**
 * One shared WordPress export imported by `npm run import` into the
 * workspace (with its uploads folder when it has one): the posts and pages
 * the `wordpress*` targets build. The specs read the export again for what
 * they expect (E2E_WORDPRESS_EXPORT).
 */
export function importedWordpress(name: string): (workspace: string, project: string) => ContentSetup {
  return (workspace, project) => {
    const folder = path.join(wordpressExportsPath(project), name);
    const file = path.join(folder, "export.xml");
    const uploads = path.join(folder, "uploads");
    const out = path.join(workspace, "wordpress-import");
    const args = ["--import", "tsx", "scripts/import.ts", "wordpress", file, "--out", out, ...(fs.existsSync(uploads) ? ["--uploads", uploads] : [])];
    const run = spawnSync(process.execPath, args, { cwd: workspace, encoding: "utf8", env: { ...process.env, CI: "true" } });
    if (run.status !== 0) throw new Error(`npm run import failed for ${file}:\n${run.stdout}${run.stderr}`);
    fs.writeFileSync(path.join(workspace, "wordpress-import.txt"), run.stdout);
    // Comments on, the imported ones taken into the embedded store before the build
    // (`npm run comments -- import`): a Node server moderates and answers them, an export shows them read-only.
    const comments = {
      QUIRE_COMMENTS: "on",
      QUIRE_DATA_DIR: path.join(workspace, "e2e-comments-data"),
      COMMENTS_SECRET: "e2e-wordpress-comments-secret-0123456789abcdef",
    };
    const content = { CONTENT_DIR: path.join(out, "blog"), PAGES_DIR: path.join(out, "pages") };
    const taken = spawnSync(process.execPath, ["--import", "tsx", "scripts/comments.ts", "import"], {
      cwd: workspace,
      encoding: "utf8",
      env: { ...process.env, ...content, ...comments, CI: "true" },
    });
    if (taken.status !== 0) throw new Error(`npm run comments -- import failed for ${file}:\n${taken.stdout}${taken.stderr}`);
    return {
      env: {
        ...content,
        ...comments,
        E2E_WORDPRESS_EXPORT: file,
        E2E_WORDPRESS_UPLOADS: fs.existsSync(uploads) ? "1" : "",
      },
      description: `${path.relative(project, file)} imported${fs.existsSync(uploads) ? " with its uploads" : ""} (${run.stdout.split("\n")[1]?.trim()}); ${taken.stdout.trim()}`,
    };
  };
}
