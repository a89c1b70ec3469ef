import { describe, expect, it } from "vitest";
import { emptyReport, formatReport, siteLanguage, siteSettings } from "@/lib/wordpress/report";
import { resolveLanguages } from "@/lib/i18n/languages";
import { progressLine, showsProgress } from "@/lib/wordpress/progress";

const channel = {
  title: "Ann's \"Blog\"",
  link: "http://old.example.com/",
  description: "",
  pubDate: "",
  language: "en-GB",
  wxrVersion: "1.2",
  baseSiteUrl: "http://old.example.com",
  baseBlogUrl: "http://old.example.com",
  authors: new Map<string, string>(),
};

describe("the report", () => {
  it("prints the site.config.ts settings as TypeScript, with wordpressPermalinks on", () => {
    const lines = siteSettings(channel).join("\n");
    expect(lines).toContain(`title: "Ann's \\"Blog\\"",`);
    expect(lines).toContain(`siteUrl: "http://old.example.com",`);
    expect(lines).toContain(`language: "en", // the export says "en-GB"`);
    expect(lines).toContain("wordpressPermalinks: true,");
    expect(lines).toMatch(/description: .*the export has none/);
  });

  it("prints a language code site.config.ts accepts", () => {
    for (const exported of ["en-US", "de", "pt_BR", "EN"]) {
      const code = siteLanguage(exported)!;
      expect(() => resolveLanguages(code, undefined, { title: "t", description: "d" }), exported).not.toThrow();
    }
    expect(siteLanguage("")).toBeUndefined();
  });

  it("counts by status, lists five missing images unless verbose, names what was left as text", () => {
    const report = emptyReport("export.xml");
    report.posts = { published: 3, draft: 1, private: 1 };
    report.skipped = { revision: 4, trash: 1 };
    report.images.missing = Array.from({ length: 7 }, (_, i) => ({ item: "A post", url: `http://x/wp-content/uploads/${i}.jpg` }));
    report.left = { "[bandcamp]": { count: 2, first: "A post" } };
    report.channel = channel;
    const text = formatReport(report);
    expect(text).toContain("posts: 5 (3 published, 1 draft, 1 private)");
    expect(text).toContain("skipped: 5 (4 revision, 1 trash)");
    expect(text).toContain("7 missing");
    expect(text).toContain("… and 2 more (--verbose lists every one)");
    expect(text).toContain(`[bandcamp] 2 (first in "A post")`);
    expect(formatReport(report, { verbose: true })).toContain("uploads/6.jpg");
    expect(formatReport(report, { dryRun: true })).toMatch(/^Dry run \(nothing written\)/);
  });
});

describe("the progress bar", () => {
  it("shows on a terminal for large exports only, never in CI", () => {
    expect(showsProgress(1000, true, {})).toBe(true);
    expect(showsProgress(1000, true, { CI: "true" })).toBe(false);
    expect(showsProgress(1000, false, {})).toBe(false);
    expect(showsProgress(10, true, {})).toBe(false);
  });
  it("draws the share done", () => {
    expect(progressLine(450, 1000, 20)).toBe("[#########-----------]  45% 450/1000");
  });
});
