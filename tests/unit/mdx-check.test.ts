import { describe, expect, it } from "vitest";
import { parseSource } from "@/lib/content-check";
import { formatProblem } from "@/lib/frontmatter";
import { bodyStartLine, checkMdx } from "@/lib/mdx-check";

async function check(source: string) {
  const problem = await checkMdx("2024/post.mdx", parseSource(source).body, bodyStartLine(source));
  return problem && formatProblem(problem);
}

describe("checkMdx", () => {
  it("accepts components, expressions and attribute expressions", async () => {
    expect(await check('---\ntitle: x\n---\n\n<Callout title={"a".toUpperCase()}>{2 + 2}</Callout>\n')).toBeUndefined();
  });

  it("names the file and the line of the file where MDX breaks", async () => {
    const source = "---\ntitle: x\ndate: 2024-01-01\n---\n\nfine\n\nbroken {\n";
    expect(await check(source)).toMatch(/^2024\/post\.mdx: body: line 8: MDX error: /);
  });

  it("reports an unclosed tag", async () => {
    expect(await check("---\ntitle: x\n---\n<div>\n\nno end\n")).toMatch(/^2024\/post\.mdx: body: line 4: MDX error: Expected a closing tag for `<div>`$/);
  });
});
