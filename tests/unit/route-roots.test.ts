import { describe, expect, it, vi } from "vitest";

// The proxy's redirect table is the content step's output, absent from a fresh
// clone; this file tests the matcher, not the table.
vi.mock("@/lib/server/redirect-table", () => ({ movedPaths: new Map() }));
import { config } from "@/proxy.server";
import { ROUTE_ROOTS } from "@/lib/web/urls";
import { ID_PARAMETERS, legacyRedirects } from "@/lib/server/redirects";
import { isHostilePath, MAX_PATH_LENGTH } from "@/lib/server/request-guard";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * proxy.server.ts's matcher as it follows from MAX_PATH_LENGTH and ROUTE_ROOTS:
 * Next reads the file's `config` as a literal, so the file holds this written out.
 */
function derivedMatcher(): Array<string | { source: string; has: Array<{ type: string; key: string }> }> {
  const folders = ROUTE_ROOTS.filter((root) => !root.includes("."));
  const files = ROUTE_ROOTS.filter((root) => root.includes("."));
  return [
    "/(.*%.*)",
    "/(.*\\.\\..*)",
    // "/" and MAX_PATH_LENGTH more characters: longer than the guard allows.
    `/(.{${MAX_PATH_LENGTH},})`,
    // The home page, only with a query naming an old post or page.
    ...ID_PARAMETERS.map((key) => ({ source: "/", has: [{ type: "query", key }] })),
    `/((?!(?:${folders.map(escape).join("|")})(?!.*/$)(?:/|$)|(?:${files.map(escape).join("|")})$).+)`,
  ];
}

/** proxy.server.ts's catch-all matcher (the one for paths no route owns), as a RegExp. */
const catchAll = new RegExp(`^${String(config.matcher[config.matcher.length - 1])}$`);

describe("the proxy's matcher", () => {
  it("is the one ROUTE_ROOTS and MAX_PATH_LENGTH give (paste the expected list into proxy.server.ts when they change)", () => {
    expect(config.matcher).toEqual(derivedMatcher());
  });

  it("sends the proxy exactly the paths too long for the request guard", () => {
    const longest = `/${"a".repeat(MAX_PATH_LENGTH - 1)}`;
    const tooLong = `${longest}a`;
    const lengthMatcher = new RegExp(`^${String(config.matcher[2])}$`);
    expect([lengthMatcher.test(longest), isHostilePath(longest)]).toEqual([false, false]);
    expect([lengthMatcher.test(tooLong), isHostilePath(tooLong)]).toEqual([true, true]);
  });
});

describe("the paths the site's routes own (lib/web/urls ROUTE_ROOTS)", () => {
  it("never reach the proxy's catch-all, so pages, feeds and assets are served at full speed", () => {
    for (const root of ROUTE_ROOTS) {
      expect(catchAll.test(`/${root}`), `/${root}`).toBe(false);
      if (!root.includes(".")) expect(catchAll.test(`/${root}/x`), `/${root}/x`).toBe(false);
    }
  });

  it("leave every other path to the proxy, where old URLs live", () => {
    for (const path of ["/europython-2014", "/2014/08/01/europython-2014", "/feed", "/blogs", "/tagsoup", "/feed.xml.old"]) {
      expect(catchAll.test(path), path).toBe(true);
    }
  });

  it("can never be taken by an alias or a WordPress permalink", () => {
    const posts = ROUTE_ROOTS.map((root) => ({ slug: root, aliases: [`/${root}`, `/${root}/old`] }));
    expect(legacyRedirects(posts, { wordpressPermalinks: true, redirects: [] })).toEqual([]);
  });
});
