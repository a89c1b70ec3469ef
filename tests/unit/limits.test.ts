import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstInvalidUtf8, frontMatterProblem, MAX_FRONT_MATTER_BYTES, MAX_POST_BYTES, MAX_TAGS, readPostFile, tagCountProblems } from "@/lib/build/limits";
import { formatProblem } from "@/lib/frontmatter";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-limits-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (bytes: string | Buffer) => {
  const target = path.join(dir, "x.md");
  fs.writeFileSync(target, bytes);
  return readPostFile(target, "x.md");
};

describe("a post file", () => {
  it("over the size limit is one problem, and is not read", () => {
    expect(file(Buffer.alloc(MAX_POST_BYTES + 1, "a")).problems.map(formatProblem)).toEqual(["x.md: is 1.0 MB, over the limit of 1.0 MB for a post"]);
  });

  it("that is empty, or holds a NUL byte, is no post", () => {
    expect(file("").problems.map(formatProblem)).toEqual(["x.md: is empty"]);
    expect(file(Buffer.from([0x2d, 0x2d, 0x00, 0xff])).problems.map(formatProblem)).toEqual(["x.md: is not text (a NUL byte at byte 2)"]);
  });

  it("with invalid UTF-8 builds, with a warning naming the first bad byte", () => {
    const read = file(Buffer.concat([Buffer.from("---\ntitle: é\n"), Buffer.from([0xc3, 0x28])]));
    expect(read.problems).toEqual([]);
    expect(read.warnings).toEqual(["x.md: invalid UTF-8 at byte 14; shown as \uFFFD"]);
    expect(read.source).toContain("\uFFFD");
  });
});

describe("the first invalid UTF-8 byte", () => {
  it("is found where the WHATWG decoder would stop", () => {
    expect(firstInvalidUtf8(Buffer.from("héllo 🚀"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // cut short
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });
});

describe("front matter limits", () => {
  it("measures the front matter before YAML sees it", () => {
    const big = `---\ntitle: x\nfiller: "${"x".repeat(MAX_FRONT_MATTER_BYTES)}"\n---\nBody`;
    expect(formatProblem(frontMatterProblem("x.md", big)!)).toBe("x.md: front matter: is 65 KB, over the limit of 64 KB");
    expect(frontMatterProblem("x.md", `---\ntitle: x\n---\n${"x".repeat(MAX_FRONT_MATTER_BYTES * 2)}`)).toBeUndefined();
  });

  it("counts tags and categories as given, as a list or a comma-separated string", () => {
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`);
    expect(tagCountProblems("x.md", { tags: many, categories: many.join(",") }).map(formatProblem)).toEqual([
      "x.md: tags: 101 given, over the limit of 100",
      "x.md: categories: 101 given, over the limit of 100",
    ]);
    expect(tagCountProblems("x.md", { tags: many.slice(1) })).toEqual([]);
  });
});
