import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changedLines, reportLines, summarizeWarnings, summaryLine, takeShownLines, writeShownLines } from "@/lib/build/report";

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

describe("summaryLine", () => {
  const counts = {
    posts: 6,
    published: 5,
    rendered: 6,
    assets: { copied: 1 },
    images: { made: 0, reused: 6 },
    pages: { pages: 1 },
    redirects: 9,
    search: { indexed: 5, shardsWritten: 431 },
  };

  it("under npm run dev, says what an author reads: posts, published, pages, the folder, the time", () => {
    expect(summaryLine(counts, { folder: "content/blog", assetDir: "_content", ms: 1340, dev: true })).toBe(
      "Content: 6 posts (5 published), 1 standalone page, from content/blog (1.3 s)",
    );
  });

  it("for a build, gives every count, in good grammar for one", () => {
    expect(summaryLine(counts, { folder: "content/blog", assetDir: "_content", ms: 1340, dev: false })).toBe(
      "Content: 6 posts (5 published, 6 rendered), 1 file copied to public/_content, from content/blog; image copies: 0 made, 6 from the cache; " +
        "1 standalone page; 9 old URLs redirect; search: 5 posts indexed, 431 shards written (1.3 s)",
    );
  });
});

describe("npm run dev's two runs of the step", () => {
  it("the watcher's first run prints nothing the --dev run printed, only what changed since, once", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-report-"));
    try {
      const file = path.join(dir, "report.json");
      const problem = { file: "a.md", field: "date", message: "is required" };
      const atStart = reportLines([problem], ["b.md: linked file not found: x.pdf"]);
      writeShownLines(file, atStart);
      const printed = takeShownLines(file)!;
      expect(changedLines(printed, reportLines([problem], ["b.md: linked file not found: x.pdf"]))).toEqual({ shown: [], fixed: [] });
      expect(changedLines(printed, reportLines([], ["b.md: linked file not found: x.pdf"]))).toEqual({ shown: [], fixed: ["fixed: a.md: date: is required"] });
      // Taken once: a watcher started later on its own prints everything.
      expect(takeShownLines(file)).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run dev's script (package.json)", () => {
  const dev = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.dev;

  it("runs the step once to print, then the watcher and Next side by side", () => {
    expect(dev).toMatch(/^node --import tsx scripts\/prepare-content\.ts --dev && concurrently /);
    expect(dev).toContain('"node --import tsx scripts/prepare-content.ts --watch"');
  });

  it("starts Next with its telemetry off, so its first run prints no telemetry notice (docs/configuration.md says how to turn it on)", () => {
    expect(dev).toContain('"NEXT_TELEMETRY_DISABLED=1 next dev"');
  });
});
