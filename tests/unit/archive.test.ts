import { describe, expect, it } from "vitest";
import { groupByYear } from "@/lib/data/archive";
import type { PostSummary } from "@/lib/data/collection";

const post = (slug: string, day: string): PostSummary => ({
  slug,
  title: slug,
  day,
  instant: `${day}T00:00:00.000Z`,
  summary: "",
  tags: [],
  categories: [],
  readingMinutes: 1,
  unpublished: false,
});

describe("groupByYear", () => {
  it("groups posts by the year of their day, newest year first, keeping each year's order", () => {
    const posts = [post("c", "2021-03-01"), post("b", "2021-01-05"), post("a", "2014-08-01"), post("z", "2013-12-31")];
    expect(groupByYear(posts).map((y) => [y.year, y.posts.map((p) => p.slug)])).toEqual([
      ["2021", ["c", "b"]],
      ["2014", ["a"]],
      ["2013", ["z"]],
    ]);
  });

  it("has no year for no posts", () => {
    expect(groupByYear([])).toEqual([]);
  });
});
