/**
 * The archive: every post, grouped by the year of its date, newest year
 * first, each year's posts newest first (the order of the collection).
 */
import type { PostSummary } from "./collection";

export interface ArchiveYear {
  year: string;
  posts: PostSummary[];
}

/** Groups posts (newest first) by year, keeping their order. */
export function groupByYear(posts: readonly PostSummary[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const post of posts) {
    const year = post.day.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.posts.push(post);
    else years.push({ year, posts: [post] });
  }
  return years;
}
