/**
 * Posts checked the way a build checks them: written to a content folder and
 * run through the content step (lib/build/step.ts), which checks each file's
 * front matter and then the collection (slugs, series, translations).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runContentStep } from "@/lib/build/step";
import { readManifest } from "@/lib/data/documents";
import { isPublished, type ContentProblem, type PostMeta } from "@/lib/frontmatter";
import type { LanguageRules } from "@/lib/i18n/languages";
import { staticMdxComponents } from "@/components/mdx/static-components";

export interface CheckedByStep {
  /** Sorted by file, as a build prints them. */
  problems: ContentProblem[];
  /** What `npm run dev` prints and a build lets pass (shared slugs, translations). */
  warnings: string[];
  /** The posts that passed, in the order of `files`. */
  posts: Array<{ relPath: string; meta: PostMeta; published: boolean }>;
}

export async function checkedByStep(
  files: ReadonlyArray<{ relPath: string; source: string }>,
  now: Date,
  languages?: LanguageRules,
): Promise<CheckedByStep> {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-checks-"));
  try {
    const root = path.join(project, "posts");
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(root, file.relPath)), { recursive: true });
      fs.writeFileSync(path.join(root, file.relPath), file.source);
    }
    const site = { wordpressPermalinks: false, redirects: [], title: "Test", language: "en" };
    const result = await runContentStep({ root, projectDir: project, site, mdxComponents: staticMdxComponents, now, languages });
    const entries = readManifest(project);
    return {
      problems: result.problems,
      warnings: result.slugWarnings,
      posts: files.flatMap(({ relPath }) => {
        const entry = entries.get(relPath);
        return entry ? [{ relPath, meta: entry.meta, published: isPublished(entry.meta, now) }] : [];
      }),
    };
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
}
