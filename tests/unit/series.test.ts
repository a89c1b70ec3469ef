import { describe, expect, it } from "vitest";
import { buildCollection, type PostDocument } from "@/lib/data/collection";
import { formatProblem, readFrontmatter } from "@/lib/frontmatter";
import { checkSeries } from "@/lib/data/series";

const doc = (slug: string, day: string, extra: Record<string, unknown> = {}): PostDocument => ({
  post: {
    relPath: `${slug}.md`,
    meta: readFrontmatter({ title: slug.toUpperCase(), date: day, slug, ...extra }, `${slug}.md`).meta!,
    format: "md",
    summary: "",
    readingMinutes: 1,
  },
});

const collection = buildCollection(
  [
    doc("setup", "2020-03-01", { series: "Gentoo on ZFS", seriesOrder: 1 }),
    doc("boot", "2020-01-01", { series: "gentoo-on-zfs", seriesOrder: 2 }),
    doc("extra", "2019-01-01", { series: "Gentoo on ZFS" }),
    doc("later", "2021-01-01", { series: "Gentoo on ZFS" }),
    doc("draft", "2020-02-01", { series: "Gentoo on ZFS", seriesOrder: 3, draft: true }),
    doc("alone", "2020-01-01"),
  ],
  { now: new Date("2030-01-01") },
);

describe("series", () => {
  it("orders the published parts by seriesOrder, then the unnumbered ones oldest first; one series whatever the spelling", () => {
    const series = collection.series.get("gentoo-on-zfs")!;
    expect(series.name).toBe("Gentoo on ZFS");
    expect(series.parts.map((p) => p.slug)).toEqual(["setup", "boot", "extra", "later"]);
    expect([...collection.series.keys()]).toEqual(["gentoo-on-zfs"]);
  });

  it("gives each part its series, and a post outside any none", () => {
    expect(collection.bySlug.get("boot")!.series!.parts).toHaveLength(4);
    expect(collection.bySlug.get("alone")!.series).toBeUndefined();
  });

  it("names both files when two published parts take the same place", () => {
    const post = (relPath: string, seriesOrder: number, published = true) => ({
      relPath,
      published,
      meta: { series: "Gentoo on ZFS", seriesOrder, lang: "en" },
    });
    expect(checkSeries([post("b.md", 1), post("a.md", 1), post("c.md", 1, false), post("d.md", 2)]).map(formatProblem)).toEqual([
      'b.md: seriesOrder: 1 is also the place of a.md in the series "Gentoo on ZFS"; give each part its own',
    ]);
  });

  it("reads seriesOrder as a whole number and says what is wrong otherwise", () => {
    const base = { title: "x", date: "2020-01-01", series: "S" };
    expect(readFrontmatter({ ...base, seriesOrder: "2" }, "a.md").meta?.seriesOrder).toBe(2);
    expect(readFrontmatter({ ...base, seriesOrder: 1.5 }, "a.md").problems.map(formatProblem)).toEqual([
      "a.md: seriesOrder: must be a whole number (1, 2, ...), got 1.5",
    ]);
    expect(readFrontmatter({ title: "x", date: "2020-01-01", seriesOrder: 1 }, "a.md").problems.map(formatProblem)).toEqual([
      "a.md: seriesOrder: is set but series is not: name the series this post is a part of",
    ]);
    expect(readFrontmatter({ ...base, series: ["a"] }, "a.md").problems.map(formatProblem)).toEqual(["a.md: series: must be a string"]);
  });
});
