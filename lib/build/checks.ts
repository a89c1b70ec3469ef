/**
 * Whole-collection checks run before every build: front matter of every file,
 * and slugs shared between posts. Returns problems (the build fails) and
 * warnings (printed, the build goes on).
 */
import matter from "gray-matter";
import YAML from "yaml";
import { readFrontmatter, isPublished, siteLanguageRules, type ContentProblem, type PostMeta } from "../frontmatter";
import type { LanguageRules } from "../i18n/languages";
import { groupTranslations } from "../i18n/translations";
import { normalizeNewlines } from "./newlines";
import { checkSeries } from "../data/series";
import { frontMatterProblem, tagCountProblems } from "./limits";

export interface SourceFile {
  /** Path relative to the content folder, POSIX. */
  relPath: string;
  source: string;
}

export interface ParsedSource {
  data: Record<string, unknown>;
  body: string;
}

/** Splits front matter from body (YAML 1.2: dates stay text, read by lib/web/dates.ts). */
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

/** One file's front matter: its problems, or the post it describes. */
export function checkSource(
  file: SourceFile,
  now: Date = new Date(),
  languages: LanguageRules = siteLanguageRules,
): { problems: ContentProblem[]; post?: CheckedPost } {
  const tooLarge = frontMatterProblem(file.relPath, file.source);
  if (tooLarge) return { problems: [tooLarge] };
  let parsed: ParsedSource;
  try {
    parsed = parseSource(file.source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { problems: [{ file: file.relPath, field: "front matter", message: `is not valid YAML: ${reason}` }] };
  }
  if (Object.keys(parsed.data).length === 0) {
    return { problems: [{ file: file.relPath, field: "front matter", message: "is missing: a post begins with its title and date between two --- lines" }] };
  }
  const tooMany = tagCountProblems(file.relPath, parsed.data);
  if (tooMany.length > 0) return { problems: tooMany };
  const result = readFrontmatter(parsed.data, file.relPath, languages);
  if (!result.meta) return { problems: result.problems };
  return {
    problems: [],
    post: { relPath: file.relPath, meta: result.meta, body: parsed.body, published: isPublished(result.meta, now) },
  };
}

/**
 * Slugs shared between posts of one language (`x.md` and `x.fr.md` may both
 * be `x`): two published posts is a problem naming both files; an
 * unpublished post beside the published one is only a warning.
 */
export function checkSlugs(posts: ReadonlyArray<Pick<CheckedPost, "relPath" | "published"> & { meta: Pick<PostMeta, "slug" | "lang"> }>): {
  problems: ContentProblem[];
  warnings: string[];
} {
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  const bySlug = new Map<string, Array<(typeof posts)[number]>>();
  for (const post of posts) {
    const key = `${post.meta.lang}\0${post.meta.slug}`;
    const group = bySlug.get(key) ?? [];
    group.push(post);
    bySlug.set(key, group);
  }
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    const slug = group[0].meta.slug;
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

/** Problems and warnings of the whole collection: slugs, series and translations. */
export function checkCollection(
  posts: ReadonlyArray<Pick<CheckedPost, "relPath" | "published" | "meta">>,
  now: Date = new Date(),
): { problems: ContentProblem[]; warnings: string[] } {
  const slugs = checkSlugs(posts);
  const translations = groupTranslations(posts, now);
  return {
    problems: [...slugs.problems, ...checkSeries(posts), ...translations.problems],
    warnings: [...slugs.warnings, ...translations.warnings],
  };
}
