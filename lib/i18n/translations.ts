/**
 * Translations: posts that share a base name in one folder (`x.md`,
 * `x.fr.md`) or a `translationKey` are one post in several languages. Each
 * keeps its own slug, title, tags, date and publishing rules; a group holds
 * at most one published post per language.
 */
import { isPublished, type ContentProblem, type PostMeta } from "../frontmatter";

export interface TranslatablePost {
  /** Path relative to the content folder (POSIX). */
  relPath: string;
  meta: Pick<PostMeta, "lang" | "translationKey" | "slug" | "draft" | "status" | "date">;
}

/** One published translation, for the language switcher and hreflang links. */
export interface Translation {
  lang: string;
  slug: string;
}

/**
 * The post's path without extension and language suffix: what its
 * translations in the same folder share (`2014/x.fr.md` -> `2014/x`).
 */
export function translationBase(relPath: string, lang: string): string {
  const stem = relPath.replace(/\.(md|mdx)$/i, "");
  const suffix = `.${lang}`;
  return stem.toLowerCase().endsWith(suffix) ? stem.slice(0, -suffix.length) : stem;
}

export interface TranslationGroups<P extends TranslatablePost> {
  /** Each post's group (every member, published or not), by path; a post alone is a group of one. */
  groupOf: Map<string, P[]>;
  /** Two published posts of one language in one group: one line naming both files. */
  problems: ContentProblem[];
  /** The same with an unpublished post: the published one wins (printed by `npm run dev`). */
  warnings: string[];
}

/**
 * Groups posts into translations: linked by a shared base name in one folder
 * or a shared `translationKey`, directly or through another post.
 */
export function groupTranslations<P extends TranslatablePost>(posts: readonly P[], now: Date = new Date()): TranslationGroups<P> {
  // Union-find over the two links.
  const parent = posts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWith = new Map<string, number>();
  posts.forEach((post, i) => {
    const keys = [`base\0${translationBase(post.relPath, post.meta.lang)}`];
    if (post.meta.translationKey) keys.push(`key\0${post.meta.translationKey}`);
    for (const key of keys) {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else parent[find(i)] = find(first);
    }
  });
  const members = new Map<number, P[]>();
  const sorted = posts.map((post, i) => ({ post, i })).sort((a, b) => a.post.relPath.localeCompare(b.post.relPath));
  for (const { post, i } of sorted) {
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), post]);
  }

  const groupOf = new Map<string, P[]>();
  const problems: ContentProblem[] = [];
  const warnings: string[] = [];
  for (const group of members.values()) {
    for (const post of group) groupOf.set(post.relPath, group);
    if (group.length < 2) continue;
    const byLang = new Map<string, P[]>();
    for (const post of group) byLang.set(post.meta.lang, [...(byLang.get(post.meta.lang) ?? []), post]);
    for (const [lang, same] of byLang) {
      if (same.length < 2) continue;
      const published = same.filter((p) => isPublished(p.meta, now));
      const [first, ...others] = published.length > 1 ? published : same;
      const field = same.some((p) => p.meta.translationKey) ? "translationKey" : "lang";
      const link = first.meta.translationKey ? `translationKey "${first.meta.translationKey}"` : "base name";
      if (published.length > 1) {
        problems.push({
          file: first.relPath,
          field,
          message: `${others.map((p) => p.relPath).join(", ")} is also its "${lang}" translation (by ${link}); a post has one translation per language`,
        });
      } else {
        const winner = published[0] ? `${published[0].relPath} is published and wins` : "none is published";
        warnings.push(`translation: ${same.map((p) => p.relPath).join(", ")} are all "${lang}" translations of one post; ${winner}`);
      }
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { groupOf, problems, warnings };
}

/**
 * The published translations of `post` in other languages, in `languages`
 * order (then by code): what its language switcher and hreflang links offer.
 * A draft, a WordPress status other than `publish` or a future date keeps a
 * translation out.
 */
export function publishedTranslations(
  post: TranslatablePost,
  groups: Pick<TranslationGroups<TranslatablePost>, "groupOf">,
  languages: readonly string[] = [],
  now: Date = new Date(),
): Translation[] {
  const order = (lang: string) => {
    const i = languages.indexOf(lang);
    return i === -1 ? languages.length : i;
  };
  const seen = new Set<string>([post.meta.lang]);
  const out: Translation[] = [];
  for (const other of groups.groupOf.get(post.relPath) ?? []) {
    if (seen.has(other.meta.lang) || !isPublished(other.meta, now)) continue;
    seen.add(other.meta.lang);
    out.push({ lang: other.meta.lang, slug: other.meta.slug });
  }
  return out.sort((a, b) => order(a.lang) - order(b.lang) || a.lang.localeCompare(b.lang));
}
