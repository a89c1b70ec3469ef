import { describe, expect, it } from "vitest";
import { checkSource } from "@/lib/build/checks";
import { formatProblem } from "@/lib/frontmatter";
import { checkedByStep } from "./helpers/checked-by-step";

const now = new Date("2024-06-01T00:00:00Z");
const post = (fm: string, body = "Body.") => `---\n${fm}\n---\n\n${body}\n`;

describe("the content step's checks", () => {
  it("accept the real export's front matter, unquoted dates and Windows line endings", async () => {
    const files = [
      { relPath: "2014/a.md", source: post('title: "A"\ndate: "2014-08-01"\ncategories:\n  - "linux"') },
      { relPath: "2014/b.md", source: post("title: B\ndate: 2014-08-02\nwp_id: 12").replace(/\n/g, "\r\n") },
    ];
    const result = await checkedByStep(files, now);
    expect(result.problems).toEqual([]);
    expect(result.posts[1].meta.date.day).toBe("2014-08-02");
    expect(checkSource(files[1], now).post!.body).not.toContain("\r");
  });

  it("name both files when two published posts share a slug", async () => {
    const files = [
      { relPath: "2019/2019-01-01-hello.md", source: post("title: A\ndate: 2019-01-01") },
      { relPath: "2020/2020-01-01-hello.md", source: post("title: B\ndate: 2020-01-01") },
    ];
    expect((await checkedByStep(files, now)).problems.map(formatProblem)).toEqual([
      '2019/2019-01-01-hello.md: slug: "hello" is also the slug of 2020/2020-01-01-hello.md; published posts need distinct slugs',
    ]);
  });

  it("only warn when drafts share a slug with the published post", async () => {
    const files = [
      { relPath: "a/hello.md", source: post("title: A\ndate: 2019-01-01") },
      { relPath: "b/hello.md", source: post("title: B\ndate: 2019-01-01\nstatus: draft") },
      { relPath: "c/hello.md", source: post("title: C\ndate: 2019-01-01\ndraft: true") },
    ];
    const result = await checkedByStep(files, now);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      'slug "hello" is shared by a/hello.md, b/hello.md, c/hello.md; a/hello.md is published and wins',
    ]);
  });

  it("report broken YAML as one line for the file", async () => {
    const result = await checkedByStep([{ relPath: "bad.md", source: "---\ntitle: [oops\n---\nx" }], now);
    expect(result.problems).toHaveLength(1);
    expect(formatProblem(result.problems[0])).toMatch(/^bad\.md: front matter: is not valid YAML: /);
  });

  it("report every problem of every file, one line each", async () => {
    const files = [
      { relPath: "a.md", source: post("date: 2021-02-30") },
      { relPath: "b.md", source: post("title: B\ndate: 2020-01-01\ntags: 5") },
    ];
    expect((await checkedByStep(files, now)).problems.map(formatProblem)).toEqual([
      "a.md: title: is required",
      'a.md: date: "2021-02-30" is not a real calendar date',
      "b.md: tags: must be a list or a comma-separated string",
    ]);
  });
});
