import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { renderMdxToHtml } from "@/lib/markdown/mdx-html";
import { staticMdxComponents } from "@/components/mdx/static-components";

const root = path.resolve("tests/fixtures/content");
const ctx = { title: "T", root, file: path.join(root, "2020/2020-01-01-hello.md") };
const body = "- [x] ship the **fix**\n- [ ] write the note\n  - [ ] nested step\n- plain item\n";

describe.each([
  ["md", async () => (await renderMarkdown(body, ctx)).html],
  ["mdx", () => renderMdxToHtml(body, ctx, staticMdxComponents)],
])("a task list in a .%s post", (_, render) => {
  it("names each checkbox after its own item's text", async () => {
    const checkboxes = (await render()).match(/<input[^>]*>/g) ?? [];
    expect(checkboxes).toHaveLength(3);
    expect(checkboxes[0]).toContain('aria-label="ship the fix"');
    expect(checkboxes[1]).toContain('aria-label="write the note"');
    expect(checkboxes[2]).toContain('aria-label="nested step"');
  });

  it("marks task items, and only them, for the bullet-less style", async () => {
    const html = await render();
    expect(html.match(/<li class="task-list-item">/g)).toHaveLength(3);
    expect(html).toContain("<li>plain item</li>");
  });
});
