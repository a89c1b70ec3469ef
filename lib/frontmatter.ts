/**
 * Front matter rules from SITE-CONTRACT.md: what a post may say about itself,
 * normalized into one shape, with one readable problem per invalid field.
 */
import { parsePostDate, type PostDate } from "./web/dates";
import { postSlug } from "./web/slugs";
import { languageRules, postLanguage, withoutLanguageSuffix, type LanguageRules } from "./i18n/languages";
import { site } from "../site.config";

/** The site's languages, which a post's language is checked against unless told otherwise. */
export const siteLanguageRules: LanguageRules = languageRules(site.languages);

export interface PostMeta {
  title: string;
  date: PostDate;
  lastmod?: PostDate;
  tags: string[];
  categories: string[];
  summary?: string;
  slug: string;
  draft: boolean;
  /** Shown in the home page's featured list. */
  featured: boolean;
  /** The series this post is a part of, and its place in it (lib/data/series.ts). */
  series?: string;
  seriesOrder?: number;
  /** WordPress export status; anything but `publish` is unpublished. */
  status?: string;
  authors: string[];
  images: string[];
  canonicalUrl?: string;
  aliases: string[];
  /** Its language's code: `lang:`, else the file suffix (`x.fr.md`), else the default (lib/i18n/languages.ts). */
  lang: string;
  /** Posts sharing it, or a base name in one folder, are translations of each other (lib/i18n/translations.ts). */
  translationKey?: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** `<file>: <field>: <message>`, or `<file>: <message>` for a problem of the whole file (no field). */
export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

type Result = { meta: PostMeta; problems: [] } | { meta?: undefined; problems: ContentProblem[] };

/** Validates raw front matter (as parsed from YAML) for the post at `file`, in one of `languages`. */
export function readFrontmatter(data: Record<string, unknown>, file: string, languages: LanguageRules = siteLanguageRules): Result {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });

  const title = typeof data.title === "number" ? String(data.title) : data.title;
  if (title === undefined || title === null || (typeof title === "string" && !title.trim())) {
    problem("title", "is required");
  } else if (typeof title !== "string") {
    problem("title", "must be a string");
  }

  let date: PostDate | undefined;
  if (data.date === undefined || data.date === null || data.date === "") {
    problem("date", "is required");
  } else {
    const parsed = parsePostDate(data.date);
    if ("error" in parsed) problem("date", parsed.error);
    else date = parsed;
  }

  let lastmod: PostDate | undefined;
  const rawLastmod = data.lastmod ?? data.updated ?? data.modified;
  if (rawLastmod !== undefined && rawLastmod !== null && rawLastmod !== "") {
    const parsed = parsePostDate(rawLastmod);
    if ("error" in parsed) problem("lastmod", parsed.error);
    else lastmod = parsed;
  }

  const tags = stringList(data.tags, "tags", problem);
  const categories = stringList(data.categories, "categories", problem);
  const authors = stringList(data.authors ?? data.author, data.authors ? "authors" : "author", problem);
  const images = stringList(data.images ?? data.featured_image, data.images ? "images" : "featured_image", problem);
  const aliases = stringList(data.aliases, "aliases", problem);

  const summary = optionalString(data.summary, "summary", problem);
  const explicitSlug = optionalString(data.slug, "slug", problem);
  const canonicalUrl = optionalString(data.canonicalUrl, "canonicalUrl", problem);
  const status = optionalString(data.status, "status", problem);

  const draft = optionalBoolean(data.draft, "draft", problem);
  const featured = optionalBoolean(data.featured, "featured", problem);
  const series = optionalString(data.series, "series", problem)?.trim() || undefined;
  let seriesOrder: number | undefined;
  if (data.seriesOrder !== undefined && data.seriesOrder !== null) {
    const n = typeof data.seriesOrder === "string" && /^\d+$/.test(data.seriesOrder.trim()) ? Number(data.seriesOrder) : data.seriesOrder;
    if (typeof n === "number" && Number.isInteger(n) && n >= 0) seriesOrder = n;
    else problem("seriesOrder", `must be a whole number (1, 2, ...), got ${JSON.stringify(data.seriesOrder)}`);
    if (!series) problem("seriesOrder", "is set but series is not: name the series this post is a part of");
  }

  const language = postLanguage(file, data.lang, languages);
  if (language.problem) problem("lang", language.problem);
  const translationKey = optionalString(data.translationKey, "translationKey", problem);

  // `x.fr.md` is the French `x`: the suffix is no part of the slug.
  const slug = postSlug(withoutLanguageSuffix(file, languages), explicitSlug);
  if (!slug) problem("slug", "is empty");
  else if (/[/\\?#%]/.test(slug) || slug === "." || slug === "..") {
    problem("slug", `"${slug}" cannot be used in a URL (no / \\ ? # % allowed)`);
  }

  if (problems.length > 0 || !date || typeof title !== "string" || !language.lang) return { problems };
  return {
    meta: {
      title: title.trim(),
      date,
      lastmod,
      tags,
      categories,
      summary,
      slug,
      draft,
      featured,
      series,
      seriesOrder,
      status,
      authors,
      images,
      canonicalUrl,
      aliases,
      lang: language.lang,
      ...(translationKey ? { translationKey } : {}),
    },
    problems: [],
  };
}

function stringList(
  value: unknown,
  field: string,
  problem: (field: string, message: string) => void,
): string[] {
  if (value === undefined || value === null || value === "") return [];
  const items = typeof value === "string" ? value.split(",") : value;
  if (!Array.isArray(items)) {
    problem(field, "must be a list or a comma-separated string");
    return [];
  }
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === "string" || typeof item === "number") {
      const text = String(item).trim();
      if (text && !out.includes(text)) out.push(text);
    } else if (item !== null) {
      problem(field, `every item must be text, got ${JSON.stringify(item)}`);
    }
  }
  return out;
}

/** A yes/no field: true, false, or the strings "true" and "false"; absent is false. */
function optionalBoolean(value: unknown, field: string, problem: (field: string, message: string) => void): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  problem(field, `must be true or false, got ${JSON.stringify(value)}`);
  return false;
}

function optionalString(
  value: unknown,
  field: string,
  problem: (field: string, message: string) => void,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") {
    problem(field, "must be a string");
    return undefined;
  }
  return value.trim() || undefined;
}

/**
 * A post is published when it is not a draft, its status (if any) is
 * `publish`, and its date is not in the future at `now` (build time).
 */
export function isPublished(
  meta: Pick<PostMeta, "draft" | "status" | "date">,
  now: Date = new Date(),
): boolean {
  if (meta.draft) return false;
  if (meta.status !== undefined && meta.status.toLowerCase() !== "publish") return false;
  return Date.parse(meta.date.instant) <= now.getTime();
}
