import { describe, expect, it } from "vitest";
import { formatProblem, isPublished, readFrontmatter } from "@/lib/frontmatter";

const base = { title: "Hello", date: "2014-08-01" };

describe("readFrontmatter", () => {
  it("normalizes the WordPress export shape", () => {
    const { meta } = readFrontmatter(
      { ...base, categories: ["linux"], tags: ["python", "uwsgi"], wp_id: 42, source_url: "http://x" },
      "2014/2014-08-01-hello.md",
    );
    expect(meta).toMatchObject({
      title: "Hello",
      slug: "hello",
      date: { day: "2014-08-01" },
      tags: ["python", "uwsgi"],
      categories: ["linux"],
      draft: false,
    });
  });

  it("accepts tags and categories as one comma-separated string", () => {
    const { meta } = readFrontmatter({ ...base, tags: "python, uwsgi ,", categories: "linux" }, "a.md");
    expect(meta?.tags).toEqual(["python", "uwsgi"]);
    expect(meta?.categories).toEqual(["linux"]);
  });

  it("reports one line per problem naming the file and the field", () => {
    const { problems } = readFrontmatter({ date: "2021-02-30", tags: { a: 1 } }, "posts/bad.md");
    expect(problems.map(formatProblem)).toEqual([
      "posts/bad.md: title: is required",
      'posts/bad.md: date: "2021-02-30" is not a real calendar date',
      "posts/bad.md: tags: must be a list or a comma-separated string",
    ]);
  });

  it("requires a date", () => {
    const { problems } = readFrontmatter({ title: "x" }, "a.md");
    expect(problems.map(formatProblem)).toEqual(["a.md: date: is required"]);
  });

  it("accepts author/featured_image singular forms", () => {
    const { meta } = readFrontmatter({ ...base, author: "Ann", featured_image: "images/a.jpg" }, "a.md");
    expect(meta?.authors).toEqual(["Ann"]);
    expect(meta?.images).toEqual(["images/a.jpg"]);
  });

  it("reads featured as true or false, and names anything else", () => {
    expect(readFrontmatter({ ...base, featured: true }, "a.md").meta?.featured).toBe(true);
    expect(readFrontmatter({ ...base, featured: "false" }, "a.md").meta?.featured).toBe(false);
    expect(readFrontmatter(base, "a.md").meta?.featured).toBe(false);
    expect(readFrontmatter({ ...base, featured: "yes" }, "a.md").problems.map(formatProblem)).toEqual([
      'a.md: featured: must be true or false, got "yes"',
    ]);
  });

  it("rejects a slug that cannot be a URL segment", () => {
    const { problems } = readFrontmatter({ ...base, slug: "a/b" }, "a.md");
    expect(problems[0]).toMatchObject({ field: "slug" });
  });
});

describe("isPublished", () => {
  const now = new Date("2024-01-01T00:00:00Z");
  const meta = (over: object) => readFrontmatter({ ...base, ...over }, "a.md").meta!;

  it("publishes a dated, non-draft post", () => {
    expect(isPublished(meta({}), now)).toBe(true);
  });

  it("does not publish drafts", () => {
    expect(isPublished(meta({ draft: true }), now)).toBe(false);
  });

  it("does not publish WordPress statuses other than publish", () => {
    expect(isPublished(meta({ status: "draft" }), now)).toBe(false);
    expect(isPublished(meta({ status: "private" }), now)).toBe(false);
    expect(isPublished(meta({ status: "publish" }), now)).toBe(true);
  });

  it("does not publish future posts until their time has come", () => {
    expect(isPublished(meta({ date: "2024-01-01T00:00:01Z" }), now)).toBe(false);
    expect(isPublished(meta({ date: "2023-12-31T23:59:59Z" }), now)).toBe(true);
  });
});
