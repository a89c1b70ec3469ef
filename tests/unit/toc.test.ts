import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { tocFromSource } from "@/lib/markdown/toc-from-source";

const root = path.resolve("tests/fixtures/content");
const ctx = { title: "T", root, file: path.join(root, "2020/2020-01-01-hello.md") };

const withFootnote = "## Setup\n\nSee the note.[^1]\n\n[^1]: The note.\n";
const withFootnotesSection = "## Setup\n\nSee the note.[^1]\n\n## Footnotes\n\nSome remarks.\n\n[^1]: The note.\n";

// .md posts collect their table of contents while rendering; .mdx posts from the source.
const tocOf = {
  md: async (body: string) => (await renderMarkdown(body, ctx)).toc,
  mdx: (body: string) => tocFromSource(body, "T"),
};

describe.each(Object.entries(tocOf))("the table of contents of a .%s post", (_, toc) => {
  it("leaves out the Footnotes label that footnotes add at the end", async () => {
    expect(await toc(withFootnote)).toEqual([{ id: "setup", text: "Setup", depth: 2 }]);
  });

  it("lists a Footnotes section the author wrote exactly once", async () => {
    const entries = await toc(withFootnotesSection);
    expect(entries.filter((e) => e.text === "Footnotes")).toEqual([{ id: "footnotes", text: "Footnotes", depth: 2 }]);
  });
});
