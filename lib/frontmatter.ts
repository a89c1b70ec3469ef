/**
 * A post's front matter, read by the content model (contentlayer.config.ts)
 * into one shape, with one readable problem per invalid field, and the rules
 * of SITE-CONTRACT.md that are more than a field's type: the slug, the
 * language, a series' order, and when a post is published.
 */
import { postAliases, postFields } from "../contentlayer.config";
import { readFields, type FieldsOf } from "./content-model";
import { postSlug } from "./web/slugs";
import { languageRules, postLanguage, withoutLanguageSuffix, type LanguageRules } from "./i18n/languages";
import { site } from "../site.config";

/** The site's languages, which a post's language is checked against unless told otherwise. */
export const siteLanguageRules: LanguageRules = languageRules(site.languages);

/**
 * A post's front matter as read (contentlayer.config.ts postFields), with
 * its slug and language always resolved.
 */
export type PostMeta = FieldsOf<typeof postFields> & { slug: string; lang: string };

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

/**
 * Validates raw front matter (as parsed from YAML) for the post at `file`, in
 * one of `languages`: each field by its definition in the content model, and
 * the rules that are more than a type here.
 */
export function readFrontmatter(data: Record<string, unknown>, file: string, languages: LanguageRules = siteLanguageRules): Result {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });

  let lang: string | undefined;
  const fields = readFields(postFields, data, problem, {
    aliases: postAliases,
    // WordPress exports hold numeric titles and slugs (`title: 1984`).
    numbersAsText: true,
    rules: {
      seriesOrder: (value, { spelled, read }) => {
        if (value === undefined || value === null) return undefined;
        const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
        const whole = typeof n === "number" && Number.isInteger(n) && n >= 0;
        if (!whole) problem(spelled, `must be a whole number (1, 2, ...), got ${JSON.stringify(value)}`);
        if (!read.series) problem(spelled, "is set but series is not: name the series this post is a part of");
        return whole ? n : undefined;
      },
      // `lang:`, else the file's `.<code>.md` suffix, else the default language.
      lang: (value, { spelled }) => {
        const language = postLanguage(file, value, languages);
        if (language.problem) problem(spelled, language.problem);
        return (lang = language.lang);
      },
    },
  });

  // `x.fr.md` is the French `x`: the suffix is no part of the slug.
  const slug = postSlug(withoutLanguageSuffix(file, languages), fields.slug);
  if (!slug) problem("slug", "is empty");
  else if (/[/\\?#%]/.test(slug) || slug === "." || slug === "..") {
    problem("slug", `"${slug}" cannot be used in a URL (no / \\ ? # % allowed)`);
  }

  if (problems.length > 0 || !lang) return { problems };
  return { meta: { ...(fields as FieldsOf<typeof postFields>), slug, lang }, problems: [] };
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
