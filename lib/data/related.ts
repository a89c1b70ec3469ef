/**
 * Related posts: the posts that share the most tags and categories with a
 * post (counted by their URL slugs, so `Data Science` and `data-science`
 * are one), never the post itself; ties go to the newer post, then to the
 * slug, so the order never changes from one build to the next.
 */
import type { Collection, PostSummary } from "./collection";
import { taxonomySlug } from "../web/slugs";

/** What a related-post link shows. */
export type RelatedPost = Pick<PostSummary, "slug" | "title" | "day">;

export const RELATED_COUNT = 3;

type Taxonomies = Pick<Collection, "tags" | "categories">;

interface Index {
  posts: PostSummary[];
  /** Each tag's and category's posts, as positions in `posts`. */
  groups: { tags: Map<string, Int32Array>; categories: Map<string, Int32Array> };
  /** Per position, shared terms counted so far (zeroed again after each post). */
  scores: Int32Array;
}

/** Positions instead of objects: a blog's big tags hold thousands of posts, and every post looks at all of them. */
const indexes = new WeakMap<Taxonomies, Index>();

function indexOf(collection: Taxonomies): Index {
  let index = indexes.get(collection);
  if (index) return index;
  const position = new Map<string, number>();
  const posts: PostSummary[] = [];
  const positions = (groups: Taxonomies["tags"]) => {
    const out = new Map<string, Int32Array>();
    for (const [slug, group] of groups) {
      out.set(
        slug,
        Int32Array.from(group.posts, (post) => {
          let at = position.get(post.slug);
          if (at === undefined) {
            position.set(post.slug, (at = posts.length));
            posts.push(post);
          }
          return at;
        }),
      );
    }
    return out;
  };
  const groups = { tags: positions(collection.tags), categories: positions(collection.categories) };
  index = { posts, groups, scores: new Int32Array(posts.length) };
  indexes.set(collection, index);
  return index;
}

/** Whether a ranks before b: more shared terms, then newer, then by slug. */
function before(a: PostSummary, scoreA: number, b: PostSummary, scoreB: number): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  if (a.instant !== b.instant) return a.instant > b.instant;
  return a.slug < b.slug;
}

export function relatedPosts(
  post: Pick<PostSummary, "slug" | "tags" | "categories">,
  collection: Taxonomies,
  count = RELATED_COUNT,
): RelatedPost[] {
  const { posts, groups, scores } = indexOf(collection);
  const touched: number[] = [];
  const count_ = (kind: "tags" | "categories", names: string[]) => {
    for (const slug of new Set(names.map(taxonomySlug))) {
      for (const at of groups[kind].get(slug) ?? []) {
        if (scores[at] === 0) touched.push(at);
        scores[at] += 1;
      }
    }
  };
  count_("tags", post.tags);
  count_("categories", post.categories);
  // The best `count`, kept in order while scanning, rather than a sort of every candidate.
  const best: number[] = [];
  for (const at of touched) {
    const candidate = posts[at];
    if (candidate.slug === post.slug) continue;
    const last = best[best.length - 1];
    if (best.length === count && !before(candidate, scores[at], posts[last], scores[last])) continue;
    let i = best.length;
    while (i > 0 && before(candidate, scores[at], posts[best[i - 1]], scores[best[i - 1]])) i -= 1;
    best.splice(i, 0, at);
    if (best.length > count) best.pop();
  }
  const result = best.map((at) => ({ slug: posts[at].slug, title: posts[at].title, day: posts[at].day }));
  for (const at of touched) scores[at] = 0;
  return result;
}
