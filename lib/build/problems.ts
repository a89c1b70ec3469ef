/**
 * Content problems as `npm run dev` shows them: the content step writes the
 * one-line messages of each broken post to a file, keyed by the URL slug the
 * post would have, and the post's page shows them instead of a 404.
 */
import { parseSource } from "./checks";
import { formatProblem, type ContentProblem } from "../frontmatter";
import { postSlug } from "../web/slugs";
import { postLanguage, withoutLanguageSuffix, type LanguageRules } from "../i18n/languages";

/** Where the content step writes the problems, relative to the project. */
export const PROBLEMS_FILE = ".contentlayer/quire-problems.json";

export interface PostProblems {
  /** The post's file, relative to the content folder. */
  file: string;
  /** The slug the post has, or would have once fixed. */
  slug: string;
  /** Its language, or the one it would have once fixed (the default when unclear). */
  lang?: string;
  /** One line per problem, as the production build prints them. */
  lines: string[];
}

/** The slug and language a post would have, read as far as its front matter allows. */
export function intendedAddress(relPath: string, source: string, languages: LanguageRules): { slug: string; lang: string } {
  const bare = withoutLanguageSuffix(relPath, languages);
  let data: Record<string, unknown> = {};
  try {
    data = parseSource(source).data;
  } catch {
    // Unreadable front matter: the file name decides.
  }
  const slug = postSlug(bare, typeof data.slug === "string" ? data.slug : undefined);
  return { slug, lang: postLanguage(relPath, data.lang, languages).lang ?? languages.defaultLanguage };
}

/** Groups problems by post, in file order. */
export function groupProblems(
  problems: readonly ContentProblem[],
  sourceOf: (relPath: string) => string,
  languages: LanguageRules,
): PostProblems[] {
  const byFile = new Map<string, PostProblems>();
  for (const problem of problems) {
    const entry = byFile.get(problem.file) ?? {
      file: problem.file,
      ...intendedAddress(problem.file, sourceOf(problem.file), languages),
      lines: [],
    };
    entry.lines.push(formatProblem(problem));
    byFile.set(problem.file, entry);
  }
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
}
