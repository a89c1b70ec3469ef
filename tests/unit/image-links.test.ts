import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";

const root = path.resolve("tests/fixtures/content");
const ctx = { title: "T", root, file: path.join(root, "2020/2020-01-01-hello.md") };
const html = async (body: string) => (await renderMarkdown(body, ctx)).html;

describe("a link around an image", () => {
  it("is named after the full-size image it opens when the image has no alt text", async () => {
    expect(await html("[![](https://example.com/up/news-cop.png)](https://example.com/up/news-cop.png)")).toContain(
      '<a href="https://example.com/up/news-cop.png" aria-label="Full-size image: news-cop.png">',
    );
  });

  it("is named after its destination when that is a page", async () => {
    expect(await html("[![](https://example.com/x.png)](https://example.com/docs/install/)")).toContain(
      'aria-label="Link to https://example.com/docs/install/"',
    );
  });

  it("names a link around a local image without alt text, shown as a <picture> of copies", async () => {
    const out = await html("[![](images/dot.png)](images/dot.png)");
    expect(out).toMatch(/<a href="\/_content\/2020\/images\/dot\.png" aria-label="Full-size image: dot\.png"><picture>/);
    // The link the site adds around a lone local image too.
    expect(await html("![](images/dot.png)")).toMatch(/<a href="[^"]*dot\.png" class="image-original" aria-label="Full-size image: dot\.png"><picture>/);
    expect(await html("[![A dot](images/dot.png)](images/dot.png)")).not.toContain("aria-label");
  });

  it("keeps the name its image's alt text or its own text gives it", async () => {
    expect(await html("[![A cat](https://example.com/cat.png)](https://example.com/cat.png)")).not.toContain("aria-label");
    expect(await html("[![](https://example.com/cat.png) the cat](https://example.com/cat.png)")).not.toContain("aria-label");
  });
});
