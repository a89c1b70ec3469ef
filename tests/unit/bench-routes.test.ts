import { describe, expect, it } from "vitest";
import { generatedPageCount, manifestRouteCount } from "../../scripts/bench/routes";

describe("the benchmark's count of prerendered routes", () => {
  it("reads the total from next build's last 'Generating static pages' line", () => {
    const log = [
      "  Generating static pages using 1 worker (0/964) ...",
      "  Generating static pages using 1 worker (482/964) ",
      "\u001b[32m✓\u001b[39m Generating static pages using 1 worker (964/964) in 36.7s",
    ].join("\n");
    expect(generatedPageCount(log)).toBe(964);
  });

  it("has no count when the build never got to prerendering", () => {
    expect(generatedPageCount("  Generating static pages using 1 worker (0/964) ...\nError: build failed")).toBeUndefined();
  });

  it("counts every route of the prerender manifest", () => {
    const manifest = JSON.stringify({ version: 4, routes: { "/": {}, "/feed.xml": {}, "/blog/a": {} }, dynamicRoutes: { "/blog/[slug]": {} } });
    expect(manifestRouteCount(manifest)).toBe(3);
  });
});
