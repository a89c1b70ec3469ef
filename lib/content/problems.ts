/**
 * Content problems as `npm run dev` shows them: the content step writes the
 * one-line messages of each broken post to a file, keyed by the URL slug the
 * post would have, and the post's page shows them instead of a 404.
 */
import { parseSource } from "../content-check";
import { formatProblem, type ContentProblem } from "../frontmatter";
import { postSlug } from "../slugs";

/** Where the content step writes the problems, relative to the project. */
export const PROBLEMS_FILE = ".contentlayer/quire-problems.json";

export interface PostProblems {
  /** The post's file, relative to the content folder. */
  file: string;
  /** The slug the post has, or would have once fixed. */
  slug: string;
  /** One line per problem, as the production build prints them. */
  lines: string[];
}

/** The slug a post would have, read as far as its front matter allows. */
export function intendedSlug(relPath: string, source: string): string {
  try {
    const { slug } = parseSource(source).data;
    return postSlug(relPath, typeof slug === "string" ? slug : undefined);
  } catch {
    return postSlug(relPath);
  }
}

/** Groups problems by post, in file order. */
export function groupProblems(problems: readonly ContentProblem[], sourceOf: (relPath: string) => string): PostProblems[] {
  const byFile = new Map<string, PostProblems>();
  for (const problem of problems) {
    const entry = byFile.get(problem.file) ?? {
      file: problem.file,
      slug: intendedSlug(problem.file, sourceOf(problem.file)),
      lines: [],
    };
    entry.lines.push(formatProblem(problem));
    byFile.set(problem.file, entry);
  }
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
}
