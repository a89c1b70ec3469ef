import { describe, expect, it } from "vitest";
import { changedLines, reportLines, summarizeWarnings } from "@/lib/build/report";

const http = (file: string, n: number) => `${file}: http:// image, which browsers load over https:// or not at all: http://old.example/${n}.jpg`;

describe("summarizeWarnings", () => {
  it("sums up a kind of warning that many files share in one line naming the first three and how to list all", () => {
    const warnings = [http("a.md", 1), "b.md: linked file not found: x.pdf", http("c.md", 2), http("d.md", 3), http("e.md", 4), http("e.md", 5)];
    expect(summarizeWarnings(warnings, "npm run content -- --all-warnings")).toEqual([
      "http:// image, which browsers load over https:// or not at all: 4 files (a.md, c.md, d.md, ...); every one: npm run content -- --all-warnings",
      "b.md: linked file not found: x.pdf",
    ]);
  });

  it("keeps every line of a kind that three files or fewer share, and lines that name no file", () => {
    const warnings = [http("a.md", 1), http("b.md", 2), "translation: a.md, b.md are both fr", http("c.md", 3)];
    expect(summarizeWarnings(warnings, "--all")).toEqual([http("a.md", 1), http("b.md", 2), http("c.md", 3), "translation: a.md, b.md are both fr"]);
  });
});

describe("changedLines", () => {
  const problem = (date: string) => ({ file: "a.md", field: "date", message: `"${date}" is not a real calendar date` });

  it("prints a field that is still wrong in another way as a new line, never as fixed", () => {
    const before = reportLines([problem("2020-02-30")], []);
    const now = reportLines([problem("2020-02-31")], []);
    expect(changedLines(before, now)).toEqual({ shown: ['a.md: date: "2020-02-31" is not a real calendar date'], fixed: [] });
  });

  it("says fixed for a problem and a warning that are gone, and prints nothing for what stays", () => {
    const before = reportLines([problem("2020-02-30")], ["b.md: linked file not found: x.pdf"]);
    expect(changedLines(before, before)).toEqual({ shown: [], fixed: [] });
    expect(changedLines(before, reportLines([], []))).toEqual({
      shown: [],
      fixed: ['fixed: a.md: date: "2020-02-30" is not a real calendar date', "fixed: warning: b.md: linked file not found: x.pdf"],
    });
  });
});
