import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runContentStep } from "@/lib/build/step";
import { formatProblem } from "@/lib/frontmatter";
import { staticMdxComponents } from "@/components/mdx/static-components";

const project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-mdx-"));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

/** The content step's verdict on `2024/post.mdx` holding `source`: its problem lines. */
async function check(source: string) {
  const root = fs.mkdtempSync(path.join(project, "posts-"));
  fs.mkdirSync(path.join(root, "2024"));
  fs.writeFileSync(path.join(root, "2024/post.mdx"), source);
  const result = await runContentStep({
    root,
    projectDir: project,
    site: { wordpressPermalinks: false, redirects: [], title: "Test", language: "en" },
    mdxComponents: staticMdxComponents,
  });
  return result.problems.map(formatProblem);
}

describe("MDX errors in the content step", () => {
  it("accepts components, expressions and attribute expressions", async () => {
    expect(await check('---\ntitle: x\ndate: 2024-01-01\n---\n\n<Callout title={"a".toUpperCase()}>{2 + 2}</Callout>\n')).toEqual([]);
  });

  it("names the file and the line of the file where MDX breaks", async () => {
    const source = "---\ntitle: x\ndate: 2024-01-01\n---\n\nfine\n\nbroken {\n";
    expect(await check(source)).toEqual([expect.stringMatching(/^2024\/post\.mdx: body: line 8: MDX error: /)]);
  });

  it("reports an unclosed tag", async () => {
    expect(await check("---\ntitle: x\ndate: 2024-01-01\n---\n<div>\n\nno end\n")).toEqual([
      expect.stringMatching(/^2024\/post\.mdx: body: line 5: MDX error: Expected a closing tag for `<div>`$/),
    ]);
  });
});
