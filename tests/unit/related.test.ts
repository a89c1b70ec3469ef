import { describe, expect, it } from "vitest";
import { buildCollection, type PostDocument } from "@/lib/data/collection";
import { relatedPosts } from "@/lib/data/related";
import { readFrontmatter } from "@/lib/frontmatter";

const doc = (slug: string, day: string, tags: string[], categories: string[] = []): PostDocument => ({
  post: {
    relPath: `${slug}.md`,
    meta: readFrontmatter({ title: slug.toUpperCase(), date: day, tags, categories, slug }, `${slug}.md`).meta!,
    format: "md",
    summary: "",
    readingMinutes: 1,
  },
});

const collection = buildCollection(
  [
    doc("europython", "2014-08-01", ["python", "zeromq", "Consul"], ["linux"]),
    doc("consul-tips", "2015-01-01", ["consul", "python"], ["linux"]),
    doc("zeromq-talk", "2013-01-01", ["zeromq", "python"]),
    doc("python-old", "2010-01-01", ["python"]),
    doc("python-new", "2020-01-01", ["python"]),
    doc("gentoo", "2021-01-01", ["gentoo"], ["linux"]),
    doc("unrelated", "2022-01-01", ["cooking"]),
  ],
  { now: new Date("2030-01-01") },
);
const related = (slug: string) => relatedPosts(collection.bySlug.get(slug)!, collection).map((p) => p.slug);

describe("relatedPosts", () => {
  it("ranks by shared tags and categories, by slug (Consul = consul), never the post itself", () => {
    // consul-tips shares consul, python, linux (3); zeromq-talk shares zeromq, python (2).
    expect(related("europython")).toEqual(["consul-tips", "zeromq-talk", "gentoo"]);
  });

  it("breaks ties by the newer post, then the slug, so the order is stable", () => {
    // python-new and python-old share one tag with zeromq-talk; europython and consul-tips share one too.
    expect(related("zeromq-talk")).toEqual(["europython", "python-new", "consul-tips"]);
    expect(related("python-old")).toEqual(["python-new", "consul-tips", "europython"]);
  });

  it("finds nothing for a post that shares nothing", () => {
    expect(related("unrelated")).toEqual([]);
  });

  it("gives what a link needs: slug, title and day", () => {
    expect(relatedPosts(collection.bySlug.get("gentoo")!, collection)[0]).toEqual({ slug: "consul-tips", title: "CONSUL-TIPS", day: "2015-01-01" });
  });
});
