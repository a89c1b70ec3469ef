import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { createProcessor } from "@mdx-js/mdx";
import { isTooDeep, MAX_NESTING, nestingDepth, NestingError, sourceNestingDepth } from "@/lib/markdown/nesting";
import { renderMarkdown } from "@/lib/markdown/render";
import { renderMdxToHtml } from "@/lib/markdown/mdx-html";

const md = (text: string) => unified().use(remarkParse).parse(text);
const mdx = (text: string) => createProcessor().parse(text);
const ctx = { title: "T", root: "/nowhere", file: "/nowhere/x.md" };

describe("nesting depth", () => {
  it("counts lists, block quotes and emphasis without recursion", () => {
    expect(nestingDepth(md("- a\n  - b\n    - c"))).toBe(8);
    expect(nestingDepth(md(">".repeat(1000) + " deep"), MAX_NESTING)).toBeGreaterThan(MAX_NESTING);
  });

  it("counts the elements raw HTML opens, across HTML blocks, but not void or optional-end ones", () => {
    expect(nestingDepth(md("<div>\n\ntext\n\n</div>"))).toBe(3);
    expect(nestingDepth(md("<p>a<br><img src=x><li>b<li>c"))).toBe(1);
    expect(nestingDepth(md("<div>".repeat(300)))).toBeGreaterThan(MAX_NESTING);
  });

  it("counts MDX elements and the expressions inside them", () => {
    expect(nestingDepth(mdx("<A><B>x</B></A>"))).toBeLessThan(10);
    expect(nestingDepth(mdx(`{${"[".repeat(300)}${"]".repeat(300)}}`))).toBeGreaterThan(MAX_NESTING);
  });
});

describe("nesting read from the source, before the parser", () => {
  it("counts block quotes, list markers and the indentation that nests lists", () => {
    expect(sourceNestingDepth("> > - a")).toBe(3);
    expect(sourceNestingDepth("- a\n  - b\n    - c")).toBe(3);
    expect(sourceNestingDepth("- ".repeat(100_000) + "x", MAX_NESTING)).toBeGreaterThan(MAX_NESTING);
  });

  it("counts emphasis and brackets left open in a paragraph, and skips fenced code", () => {
    expect(sourceNestingDepth("*a **b** c* and _d_ [e [f]]")).toBe(2);
    expect(sourceNestingDepth("*a ".repeat(300) + "x")).toBe(300);
    expect(sourceNestingDepth("```\n" + "> ".repeat(300) + "\n```\n")).toBe(0);
  });

  it("stops a deep list before the parser, whose time grows with the square of the depth", async () => {
    const started = Date.now();
    await expect(renderMarkdown("- ".repeat(100_000) + "x", ctx)).rejects.toBeInstanceOf(NestingError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("a post nested deeper than the limit", () => {
  it("is a NestingError for Markdown, before any recursive stage runs", async () => {
    await expect(renderMarkdown("- ".repeat(400) + "x", ctx)).rejects.toBeInstanceOf(NestingError);
    await expect(renderMarkdown("*a ".repeat(300) + "x" + " a*".repeat(300), ctx)).rejects.toBeInstanceOf(NestingError);
  });

  it("is a NestingError for MDX", async () => {
    const error = await renderMdxToHtml("<div>".repeat(1000) + "x" + "</div>".repeat(1000), ctx, {}).catch((e: unknown) => e);
    expect(isTooDeep(error)).toBe(true);
  });

  it("renders as usual just under the limit", async () => {
    const html = (await renderMarkdown(">".repeat(MAX_NESTING - 10) + " fine", ctx)).html;
    expect(html.match(/<blockquote>/g)).toHaveLength(MAX_NESTING - 10);
  });

  it("counts a stack overflow as too deep", () => {
    expect(isTooDeep(new RangeError("Maximum call stack size exceeded"))).toBe(true);
    expect(isTooDeep(new Error("other"))).toBe(false);
  });
});
