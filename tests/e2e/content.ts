/** What the tests expect, read from the posts themselves (not from the build). */
import fs from "node:fs";
import path from "node:path";
import { checkSource } from "../../lib/build/checks";
import { siteLanguageRules } from "../../lib/frontmatter";

export const contentDir = path.resolve(process.env.CONTENT_DIR || "content/blog");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return /\.(md|mdx)$/i.test(e.name) ? [full] : [];
  });
}

const files = walk(contentDir).map((f) => ({
  relPath: path.relative(contentDir, f).split(path.sep).join("/"),
  source: fs.readFileSync(f, "utf8"),
}));

/** The default language's posts: the ones the English pages list (another language's are under /<lang>/, i18n.spec.ts). */
const posts = files.flatMap((file) => checkSource(file).post ?? []).filter((p) => p.meta.lang === siteLanguageRules.defaultLanguage);

/** Slugs of drafts and scheduled posts: a link to one is a build warning, and a 404 until it is published. */
export const unpublishedSlugs = new Set(posts.filter((p) => !p.published).map((p) => p.meta.slug));

export const publishedPosts = posts
  .filter((p) => p.published)
  // Newest first; same instant: by title, as the site orders them.
  .sort((a, b) => b.meta.date.instant.localeCompare(a.meta.date.instant) || a.meta.title.localeCompare(b.meta.title));

/** Set by scripts/e2e.ts: CONTENT_DIR holds the real WordPress corpus. */
export const isCorpus = process.env.E2E_CORPUS === "1";

/** The folder inside CONTENT_DIR holding tests/fixtures/content, if scripts/e2e.ts put it there. */
const fixturesFolder = process.env.E2E_FIXTURES;
const isFixture = (relPath: string) => Boolean(fixturesFolder) && relPath.startsWith(`${fixturesFolder}/`);

/** The published posts of the content itself, without the test fixtures. */
export const contentPosts = publishedPosts.filter((p) => !isFixture(p.relPath));

/** Code-heavy posts: one with code blocks that name no language, one with several languages. */
export const codePosts = isCorpus
  ? {
      unlabelled: { path: "/blog/renaming-and-reshaping-scylla-tables-using-scylla-migrator", firstCode: "CREATE TABLE IF NOT EXISTS ids_by_partnerid(" },
      manyLanguages: { path: "/blog/create-beautiful-and-localized-documentations-and-websites-using-mkdocs-github" },
    }
  : {
      unlabelled: { path: "/blog/writing-posts", firstCode: "$ npm run build" },
      manyLanguages: { path: "/blog/writing-posts" },
    };
