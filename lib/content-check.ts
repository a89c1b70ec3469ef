/**
 * Whole-collection checks run before every build: front matter of every file,
 * and slugs shared between posts. Returns problems (the build fails) and
 * warnings (printed, the build goes on).
 */
import matter from "gray-matter";
import YAML from "yaml";
import { readFrontmatter, isPublished, type ContentProblem, type PostMeta } from "./frontmatter";
import { normalizeNewlines } from "./content/newlines";
import { checkSeries } from "./series";

export interface SourceFile {
  /** Path relative to the content folder, POSIX. */
  relPath: string;
  source: string;
}

export interface ParsedSource {
  data: Record<string, unknown>;
  body: string;
}

/** Splits front matter from body the way Contentlayer does (YAML 1.2: dates stay text). */
export function parseSource(source: string): ParsedSource {
  const parsed = matter(normalizeNewlines(source), { engines: { yaml: (text: string) => YAML.parse(text) ?? {} } });
  return { data: (parsed.data ?? {}) as Record<string, unknown>, body: parsed.content };
}

export interface CheckedPost {
  relPath: string;
  meta: PostMeta;
  body: string;
  published: boolean;
}

export interface CheckResult {
  problems: ContentProblem[];
  warnings: string[];
  posts: CheckedPost[];
}

/** One file's front matter: its problems, or the post it describes. */
export function checkSource(file: SourceFile, now: Date = new Date()): { problems: ContentProblem[]; post?: CheckedPost } {
  let parsed: ParsedSource;
  try {
    parsed = parseSource(file.source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { problems: [{ file: file.relPath, field: "front matter", message: `is not valid YAML: ${reason}` }] };
  }
  const result = readFrontmatter(parsed.data, file.relPath);
  if (!result.meta) return { problems: result.problems };
  return {
    problems: [],
    post: { relPath: file.relPath, meta: result.meta, body: parsed.body, published: isPublished(result.meta, now) },
  };
}

/**
 * Slugs shared between posts: two published posts is a problem naming both
 * files; an unpublished post beside the published one is only a warning.
 */
export function checkSlugs(posts: ReadonlyArray<Pick<CheckedPost, "relPath" | "published"> & { meta: Pick<PostMeta, "slug"> }>): {
  problems: ContentProblem[];
  warnings: string[];
} {
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const bySlug = new Map<string, Array<(typeof posts)[number]>>();
  for (const post of posts) {
    const group = bySlug.get(post.meta.slug) ?? [];
    group.push(post);
    bySlug.set(post.meta.slug, group);
  }
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    const published = group.filter((p) => p.published);
    if (published.length > 1) {
      problems.push({
        file: published[0].relPath,
        field: "slug",
        message: `"${slug}" is also the slug of ${published
          .slice(1)
          .map((p) => p.relPath)
          .join(", ")}; published posts need distinct slugs`,
      });
    } else {
      const files = group.map((p) => p.relPath).join(", ");
      warnings.push(`slug "${slug}" is shared by ${files}; ${published[0] ? `${published[0].relPath} is published and wins` : "none is published"}`);
    }
  }
  return { problems, warnings };
}

export function checkPosts(files: SourceFile[], now: Date = new Date()): CheckResult {
  const problems: ContentProblem[] = [];
  const posts: CheckedPost[] = [];
  for (const file of files) {
    const checked = checkSource(file, now);
    problems.push(...checked.problems);
    if (checked.post) posts.push(checked.post);
  }
  const slugs = checkSlugs(posts);
  problems.push(...slugs.problems, ...checkSeries(posts));
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { problems, warnings: slugs.warnings, posts };
}
