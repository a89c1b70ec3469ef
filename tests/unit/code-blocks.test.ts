import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { renderMdxToHtml } from "@/lib/markdown/mdx-html";
import { staticMdxComponents } from "@/components/mdx/static-components";
import { CODE_THEMES } from "@/lib/markdown/code-themes";
import { languageLabel } from "@/lib/markdown/code-blocks";
import { hasCodeBlocks, withoutCodeToolbars } from "@/lib/markdown/code-toolbar";
import { htmlToText } from "@/lib/search/html-text";

const root = path.resolve("tests/fixtures/content");
const ctx = { title: "T", root, file: path.join(root, "2020/2020-01-01-hello.md") };
// MDX has no indented code blocks, so the third block is fenced as plain text.
const body = "Intro with `inline` code.\n\n```ts\nconst a = 1;\n```\n\n```\nbare fence\n```\n\n```text\nplain text\n```\n";

const labels = (html: string) => [...html.matchAll(/<span class="code-language">([^<]*)<\/span>/g)].map((m) => m[1]);
const buttons = (html: string) => html.match(/<button[^>]*data-copy-code[^>]*>/g) ?? [];

describe.each([
  ["md", async () => (await renderMarkdown(body, ctx)).html],
  ["mdx", () => renderMdxToHtml(body, ctx, staticMdxComponents)],
])("code blocks of a .%s post", (_, render) => {
  it("name their language when it has one, and only then", async () => {
    expect(labels(await render())).toEqual(["TypeScript"]);
  });

  it("each get one copy button, hidden until the page's script can make it work", async () => {
    const found = buttons(await render());
    expect(found).toHaveLength(3);
    for (const button of found) {
      expect(button).toMatch(/type="button"/);
      expect(button).toMatch(/aria-label="Copy code"/);
      expect(button).toMatch(/hidden/);
    }
  });

  it("carry both themes' text and background colours, unlabelled ones included", async () => {
    const pres = (await render()).match(/<pre[^>]*>/g) ?? [];
    expect(pres).toHaveLength(3);
    for (const pre of pres) {
      expect(pre).toContain(`--shiki-light-bg:${CODE_THEMES.light.background}`);
      expect(pre).toContain(`--shiki-dark-bg:${CODE_THEMES.dark.background}`);
      expect(pre).toMatch(/--shiki-light:#[0-9a-f]{6}/i);
    }
  });

  it("leave feeds and search with the code but no toolbar", async () => {
    const html = await render();
    expect(hasCodeBlocks(html)).toBe(true);
    const clean = withoutCodeToolbars(html);
    expect(clean).not.toContain("<button");
    expect(clean).not.toContain("code-language");
    expect(htmlToText(clean)).toMatch(/const a = 1 ?; bare fence plain text$/);
  });
});

describe("languageLabel", () => {
  it("gives Shiki's name for a language or alias, nothing for plain text", () => {
    expect(languageLabel("bash")).toBe("Shell");
    expect(languageLabel("yml")).toBe("YAML");
    expect(languageLabel("plaintext")).toBeUndefined();
    expect(languageLabel("text")).toBeUndefined();
    expect(languageLabel(undefined)).toBeUndefined();
  });

  it("keeps a language Shiki does not know as the author wrote it", () => {
    expect(languageLabel("cql-ish")).toBe("cql-ish");
  });
});

it("an indented code block gets the same toolbar and colours as a fenced one", async () => {
  const { html } = await renderMarkdown("Text.\n\n    indented block\n", ctx);
  expect(buttons(html)).toHaveLength(1);
  expect(labels(html)).toEqual([]);
  expect(html).toMatch(/<pre style="--shiki-light:#[0-9a-f]{6}/i);
});

it("a post without code blocks needs no copy script", async () => {
  expect(hasCodeBlocks((await renderMarkdown("Just `inline` code.", ctx)).html)).toBe(false);
});
