import { describe, expect, it } from "vitest";
import { Page, pageFields, Post, postAliases, postFields } from "@/contentlayer.config";
import { readFields, type FieldDefs } from "@/lib/content-model";
import { formatProblem, readFrontmatter } from "@/lib/frontmatter";

const read = (defs: FieldDefs, data: Record<string, unknown>, options = {}) => {
  const problems: string[] = [];
  const values = readFields(defs, data, (field, message) => problems.push(`${field}: ${message}`), options);
  return { values, problems };
};

describe("the content model (contentlayer.config.ts)", () => {
  it("is what Contentlayer's document types declare", () => {
    expect(Post.def().fields).toBe(postFields);
    expect(Page.def().fields).toBe(pageFields);
  });

  it("gives every field a type and a description", () => {
    for (const def of [...Object.values(postFields), ...Object.values(pageFields)]) {
      expect(def.type).toBeTruthy();
      expect(def.description).toBeTruthy();
    }
  });

  it("keeps every field a post sets, read into its type", () => {
    const { meta } = readFrontmatter(
      {
        title: "T",
        date: "2024-01-02",
        lastmod: "2024-02-03",
        tags: "a, b",
        categories: ["c"],
        authors: ["ann"],
        images: ["x.png"],
        aliases: ["/old/"],
        summary: "S",
        slug: "s",
        canonicalUrl: "https://elsewhere.example/t",
        guid: "http://old.example.com/?p=123",
        status: "publish",
        draft: "false",
        featured: true,
        series: "Z",
        seriesOrder: "2",
        lang: "fr",
        translationKey: "k",
      },
      "t.md",
    );
    expect(Object.keys(meta!).sort()).toEqual(Object.keys(postFields).sort());
    expect(meta).toMatchObject({ lastmod: { day: "2024-02-03" }, tags: ["a", "b"], draft: false, seriesOrder: 2, lang: "fr", guid: "http://old.example.com/?p=123" });
  });

  it("reads each alias under its field's name, the field's own spelling first", () => {
    for (const [alias, field] of Object.entries(postAliases)) {
      const value = field === "lastmod" ? "2024-05-06" : "written";
      const { meta } = readFrontmatter({ title: "T", date: "2024-01-01", [alias]: value }, "a.md");
      expect(JSON.stringify(meta?.[field])).toContain(value);
    }
    const { meta } = readFrontmatter({ title: "T", date: "2024-01-01", authors: ["Ann"], author: "Bob" }, "a.md");
    expect(meta?.authors).toEqual(["Ann"]);
  });

  it("names a problem by the spelling the author wrote", () => {
    const { problems } = readFrontmatter({ title: "T", date: "2024-01-01", featured_image: { a: 1 } }, "a.md");
    expect(problems.map(formatProblem)).toEqual(["a.md: featured_image: must be a list or a comma-separated string"]);
  });
});

describe("readFields", () => {
  const defs = {
    name: { type: "string", required: true },
    kind: { type: "enum", options: ["note", "essay"] },
    count: { type: "number" },
    on: { type: "boolean", default: false },
    labels: { type: "list", of: { type: "string" }, default: [] },
  } as const satisfies FieldDefs;

  it("applies defaults and leaves absent optional fields out", () => {
    expect(read(defs, { name: " x " })).toEqual({ values: { name: "x", on: false, labels: [] }, problems: [] });
  });

  it("tells of a missing required field, a value not allowed and a wrong type, one line each", () => {
    expect(read(defs, { name: "  ", kind: "poem", count: "many", on: "yes" }).problems).toEqual([
      "name: is required",
      'kind: must be one of note, essay, got "poem"',
      'count: must be a number, got "many"',
      'on: must be true or false, got "yes"',
    ]);
  });

  it("takes a number as text only when told to", () => {
    expect(read(defs, { name: 1984 }).problems).toEqual(["name: must be a string"]);
    expect(read(defs, { name: 1984 }, { numbersAsText: true }).values.name).toBe("1984");
  });
});
