/**
 * Whole-collection checks run before every build: front matter of every file,
 * and slugs shared between posts. Returns problems (the build fails) and
 * warnings (printed, the build goes on).
 */
import matter from "gray-matter";
import YAML from "yaml";
import { readFrontmatter, isPublished, type ContentProblem, type PostMeta } from "./frontmatter";
import { normalizeNewlines } from "./content/mirror";

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

export interface CheckResult {
  problems: ContentProblem[];
  warnings: string[];
  posts: Array<{ relPath: string; meta: PostMeta; body: string; published: boolean }>;
}

export function checkPosts(files: SourceFile[], now: Date = new Date()): CheckResult {
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const posts: CheckResult["posts"] = [];

  for (const file of files) {
    let parsed: ParsedSource;
    try {
      parsed = parseSource(file.source);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      problems.push({ file: file.relPath, field: "front matter", message: `is not valid YAML: ${reason}` });
      continue;
    }
    const result = readFrontmatter(parsed.data, file.relPath);
    problems.push(...result.problems);
    if (result.meta) {
      posts.push({
        relPath: file.relPath,
        meta: result.meta,
        body: parsed.body,
        published: isPublished(result.meta, now),
      });
    }
  }

  const bySlug = new Map<string, typeof posts>();
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
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { problems, warnings, posts };
}
