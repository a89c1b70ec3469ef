/**
 * Series: posts that name the same `series` in their front matter are parts
 * of it, in `seriesOrder` (then date) order. Names that differ only in case,
 * spaces or dashes are one series, as tags are (lib/web/slugs.ts).
 */
import type { ContentProblem, PostMeta } from "../frontmatter";
import { taxonomySlug } from "../web/slugs";

/** One part, as a series list shows it. */
export interface SeriesPart {
  slug: string;
  title: string;
  day: string;
}

export interface Series {
  slug: string;
  name: string;
  parts: SeriesPart[];
}

interface Part extends SeriesPart {
  instant: string;
  series?: string;
  seriesOrder?: number;
}

/** Parts with an order first, by it; then the others, oldest first; then by slug. */
function partOrder(a: Part, b: Part): number {
  const ao = a.seriesOrder ?? Number.POSITIVE_INFINITY;
  const bo = b.seriesOrder ?? Number.POSITIVE_INFINITY;
  if (ao !== bo) return ao < bo ? -1 : 1;
  return a.instant.localeCompare(b.instant) || a.slug.localeCompare(b.slug);
}

/** Every series of `posts` (published ones, one per slug), by series slug. */
export function buildSeries(posts: readonly Part[]): Map<string, Series> {
  const groups = new Map<string, Part[]>();
  for (const post of posts) {
    if (!post.series) continue;
    const slug = taxonomySlug(post.series);
    if (!slug) continue;
    const group = groups.get(slug) ?? [];
    group.push(post);
    groups.set(slug, group);
  }
  const result = new Map<string, Series>();
  for (const [slug, group] of groups) {
    group.sort(partOrder);
    result.set(slug, {
      slug,
      name: group[0].series!,
      parts: group.map(({ slug: partSlug, title, day }) => ({ slug: partSlug, title, day })),
    });
  }
  return result;
}

/** Two published parts of one series, in one language, at the same place: one line naming both files. */
export function checkSeries(
  posts: ReadonlyArray<{ relPath: string; published: boolean; meta: Pick<PostMeta, "series" | "seriesOrder" | "lang"> }>,
): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const post of [...posts].sort((a, b) => a.relPath.localeCompare(b.relPath))) {
    const { series, seriesOrder } = post.meta;
    if (!post.published || !series || seriesOrder === undefined) continue;
    // A translated series has its parts at the same places in each language.
    const key = `${post.meta.lang}\0${taxonomySlug(series)}\0${seriesOrder}`;
    const other = seen.get(key);
    if (other) {
      problems.push({
        file: post.relPath,
        field: "seriesOrder",
        message: `${seriesOrder} is also the place of ${other} in the series "${series}"; give each part its own`,
      });
    } else {
      seen.set(key, post.relPath);
    }
  }
  return problems;
}
