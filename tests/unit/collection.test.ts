import { describe, expect, it } from "vitest";
import { buildCollection, type PostDocument } from "@/lib/data/collection";
import { readFrontmatter } from "@/lib/frontmatter";

const now = new Date("2024-06-01T00:00:00Z");

function doc(relPath: string, fm: Record<string, unknown>): PostDocument {
  const { meta, problems } = readFrontmatter(fm, relPath);
  if (!meta) throw new Error(JSON.stringify(problems));
  return {
    post: { relPath, meta, format: "md", summary: "x", readingMinutes: 1 },
  };
}

const docs = [
  doc("a.md", { title: "Old", date: "2020-01-01", tags: ["Data Science", "python"], categories: "linux" }),
  doc("b.md", { title: "New", date: "2023-01-01", tags: ["data-science"] }),
  doc("c.md", { title: "Draft", date: "2022-01-01", draft: true, tags: ["secret"] }),
  doc("d.md", { title: "Future", date: "2030-01-01", tags: ["secret"] }),
  doc("e.md", { title: "Pending", date: "2021-01-01", status: "pending" }),
];

describe("buildCollection", () => {
  it("lists published posts only, newest first", () => {
    const { posts } = buildCollection(docs, { now });
    expect(posts.map((p) => p.title)).toEqual(["New", "Old"]);
  });

  it("never lets an unpublished post into a tag or category", () => {
    const { tags } = buildCollection(docs, { now });
    expect(tags.has("secret")).toBe(false);
  });

  it("shows drafts and scheduled posts in development, marked", () => {
    const { posts } = buildCollection(docs, { now, includeUnpublished: true });
    expect(posts.filter((p) => p.unpublished).map((p) => p.title).sort()).toEqual(["Draft", "Future", "Pending"]);
  });

  it("merges tags that differ only in case, spaces or dashes, with counts", () => {
    const { tags } = buildCollection(docs, { now });
    const group = tags.get("data-science")!;
    expect(group.term.count).toBe(2);
    expect(group.posts.map((p) => p.title)).toEqual(["New", "Old"]);
  });

  it("links each post to its neighbours once", () => {
    const { bySlug } = buildCollection(docs, { now });
    expect(bySlug.get("a")!.next?.title).toBe("New");
    expect(bySlug.get("a")!.previous).toBeUndefined();
    expect(bySlug.get("b")!.previous?.title).toBe("Old");
  });

  it("lets the published post win a slug shared with a draft", () => {
    const shared = [
      doc("x/draft.md", { title: "Draft copy", date: "2020-01-01", slug: "same", draft: true }),
      doc("y/live.md", { title: "Live", date: "2019-01-01", slug: "same" }),
    ];
    expect(buildCollection(shared, { now, includeUnpublished: true }).bySlug.get("same")?.title).toBe("Live");
  });
});
