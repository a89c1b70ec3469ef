import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import {
  decodeSlug,
  decodeText,
  draftFields,
  isoDate,
  markdownFile,
  offsetMinutes,
  pageName,
  publication,
  slugFromTitle,
} from "@/lib/wordpress/items";
import { readFrontmatter } from "@/lib/frontmatter";

describe("publication", () => {
  const state = (status: string, password = "") => publication({ status, password });
  it("publishes publish only; future stays scheduled", () => {
    expect(state("publish")).toBe("published");
    expect(state("future")).toBe("scheduled");
  });
  it("makes drafts of draft, pending, auto-draft, password-protected and unknown statuses", () => {
    expect(state("draft")).toBe("draft");
    expect(state("pending")).toBe("pending");
    expect(state("auto-draft")).toBe("auto-draft");
    expect(state("publish", "hunter2")).toBe("password-protected");
    expect(state("some-plugin-status")).toBe("draft");
  });
  it("keeps private apart and skips trash", () => {
    expect(state("private")).toBe("private");
    expect(state("trash")).toBeUndefined();
  });
  it("writes draft: true for everything unpublished, status: private only for private, nothing for scheduled", () => {
    expect(draftFields("private")).toEqual({ draft: true, status: "private" });
    expect(draftFields("pending")).toEqual({ draft: true });
    expect(draftFields("scheduled")).toEqual({});
    expect(draftFields("published")).toEqual({});
  });
});

describe("dates", () => {
  it("takes the offset from post_date against post_date_gmt", () => {
    expect(offsetMinutes("2010-05-03 14:22:00", "2010-05-03 12:22:00")).toBe(120);
    expect(isoDate("2010-05-03 14:22:00", "2010-05-03 12:22:00")).toBe("2010-05-03T14:22:00+02:00");
    expect(isoDate("2007-03-04 05:00:00", "2007-03-04 10:00:00")).toBe("2007-03-04T05:00:00-05:00");
    expect(isoDate("2010-01-01 00:10:00", "2009-12-31 18:40:00")).toBe("2010-01-01T00:10:00+05:30");
  });
  it("uses the fallback offset when the GMT time is 0000-00-00 (drafts)", () => {
    expect(isoDate("2011-02-01 10:00:00", "0000-00-00 00:00:00", 60)).toBe("2011-02-01T10:00:00+01:00");
  });
  it("has no date for 0000-00-00 or junk", () => {
    expect(isoDate("0000-00-00 00:00:00", "0000-00-00 00:00:00")).toBeUndefined();
    expect(isoDate("", "")).toBeUndefined();
    expect(isoDate("2010-02-30 10:00:00", "")).toBeUndefined();
  });
});

describe("titles and slugs", () => {
  it("decodes entities in titles", () => {
    expect(decodeText("Hello &#8220;World&#8221; &amp; more")).toBe("Hello \u201cWorld\u201d & more");
  });
  it("percent-decodes non-Latin slugs so they stay readable", () => {
    expect(decodeSlug("%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82")).toBe("привет");
    expect(decodeSlug("a%2fb")).toBe("a-b");
    expect(decodeSlug("100%-sure")).toBe("100-sure");
  });
  it("makes a slug from a title when the post has none", () => {
    expect(slugFromTitle("A Draft: Über Café!")).toBe("a-draft-über-café");
  });
  it("makes page names Quire accepts (lowercase ASCII, digits, dashes)", () => {
    expect(pageName("Über-mich")).toBe("ueber-mich");
    expect(pageName("café crème")).toBe("cafe-creme");
    expect(pageName("привет")).toBe("");
  });
});

describe("markdownFile", () => {
  it("writes YAML that reads back as the same values, quoting titles that look like numbers, dates or YAML", () => {
    const text = markdownFile(
      {
        title: "1984: \"Yes\" # not a comment",
        date: "2010-05-03T14:22:00+02:00",
        slug: "1984",
        categories: ["Garden & Yard"],
        tags: ["true", "no"],
        authors: ["Ann"],
        images: [],
        aliases: ["/2010/05/03/1984/", "/?p=10"],
        draft: true,
        status: "private",
      },
      "Body text.",
    );
    const { data, content } = matter(text);
    expect(data).toEqual({
      title: "1984: \"Yes\" # not a comment",
      date: "2010-05-03T14:22:00+02:00",
      slug: "1984",
      categories: ["Garden & Yard"],
      tags: ["true", "no"],
      authors: ["Ann"],
      aliases: ["/2010/05/03/1984/", "/?p=10"],
      draft: true,
      status: "private",
    });
    expect(content.trim()).toBe("Body text.");
    const read = readFrontmatter(data, "blog/2010/2010-05-03-1984.md");
    expect(read.problems).toEqual([]);
  });
});
