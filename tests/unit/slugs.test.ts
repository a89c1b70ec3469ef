import { describe, expect, it } from "vitest";
import { decodeSegment, postSlug, taxonomySlug } from "@/lib/web/slugs";
import { postPath, taxonomyPath } from "@/lib/web/urls";

describe("postSlug", () => {
  it("uses the file name without extension and date prefix; folders do not count", () => {
    expect(postSlug("2014/2014-08-01-europython-2014.md")).toBe("europython-2014");
    expect(postSlug("notes/deep/hello-world.mdx")).toBe("hello-world");
  });

  it("prefers the front matter slug and keeps non-ASCII letters", () => {
    expect(postSlug("2020/x.md", "café-crème")).toBe("café-crème");
    expect(postSlug("2020/über-uns.md")).toBe("über-uns");
  });

  it("turns a file name into a slug as a title is: spaces, punctuation and emoji to one hyphen, a leading date dropped", () => {
    expect(postSlug("2020/2020-03-07 emoji 🚀 name.md")).toBe("emoji-name");
    expect(postSlug("2020-03-08_underscore date.md")).toBe("underscore-date");
    expect(postSlug("Notes (v1.2), final!.mdx")).toBe("Notes-v1.2-final");
    expect(postSlug("my_notes.md")).toBe("my_notes");
    expect(postSlug("2020-01-01 日本語の記事.md")).toBe("日本語の記事");
    expect(postSlug("2020-01-01-a--b.md")).toBe("a--b");
  });
});

describe("taxonomySlug", () => {
  it("lets names that differ only in case, spaces or dashes share a page", () => {
    expect(taxonomySlug("Data Science")).toBe("data-science");
    expect(taxonomySlug("data-science")).toBe("data-science");
    expect(taxonomySlug("  DATA  -  science ")).toBe("data-science");
  });

  it("keeps other differences apart", () => {
    expect(taxonomySlug("C++")).not.toBe(taxonomySlug("C#"));
    expect(taxonomySlug("C++")).not.toBe(taxonomySlug("C"));
    expect(taxonomySlug("node.js")).not.toBe(taxonomySlug("nodejs"));
  });

  it("keeps non-ASCII letters", () => {
    expect(taxonomySlug("Économie")).toBe("économie");
    expect(taxonomySlug("日本語")).toBe("日本語");
  });
});

describe("URLs", () => {
  it("encodes slugs as one path segment", () => {
    expect(postPath("café")).toBe("/blog/caf%C3%A9");
    expect(taxonomyPath("tags", "c#")).toBe("/tags/c%23");
    expect(taxonomyPath("tags", "python", 2)).toBe("/tags/python/page/2");
  });

  it("decodes a segment back, leaving malformed encodings as they are", () => {
    expect(decodeSegment("caf%C3%A9")).toBe("café");
    expect(decodeSegment("%E0%A4%A")).toBe("%E0%A4%A");
  });
});
