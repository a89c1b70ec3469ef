import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

// The proxy reads the table the content step wrote; here, the table of these posts.
vi.mock("@/lib/server/redirect-table", async () => {
  const { legacyRedirects: table } = await import("@/lib/server/redirects");
  const posts = [
    {
      slug: "hello",
      aliases: ["/?p=123", "/?page_id=9", "/2010/05/03/hello/"],
      date: { day: "2010-05-03" },
      categories: ["Linux"],
      tags: [],
      authors: [],
    },
  ];
  return { movedPaths: new Map(table(posts, { wordpressPermalinks: true, redirects: [] }).map((r) => [r.from, r.to])) };
});
import { proxy } from "@/proxy.server";

const answer = (url: string) => {
  const response = proxy(new NextRequest(url));
  return { status: response.status, location: response.headers.get("location") };
};

describe("the proxy", () => {
  it("sends /?p=123 and /?page_id=9 to their post in one 308, other query parameters kept", () => {
    expect(answer("http://localhost/?p=123")).toEqual({ status: 308, location: "http://localhost/blog/hello" });
    expect(answer("http://localhost/?page_id=9")).toEqual({ status: 308, location: "http://localhost/blog/hello" });
    expect(answer("http://localhost/?p=123&utm_source=feed")).toEqual({
      status: 308,
      location: "http://localhost/blog/hello?utm_source=feed",
    });
  });

  it("leaves the home page with any other query to the page", () => {
    for (const url of ["http://localhost/", "http://localhost/?utm_source=feed", "http://localhost/?p=999", "http://localhost/?p=x"]) {
      expect(answer(url).location, url).toBeNull();
    }
  });

  it("still sends an old path to its post, its query kept", () => {
    expect(answer("http://localhost/2010/05/03/hello/")).toEqual({ status: 308, location: "http://localhost/blog/hello" });
    expect(answer("http://localhost/2010/05/03/hello?p=1")).toEqual({ status: 308, location: "http://localhost/blog/hello?p=1" });
  });

  it("sends WordPress's archive addresses to Quire's in one hop, a fragment for a period", () => {
    expect(answer("http://localhost/2010/05/")).toEqual({ status: 308, location: "http://localhost/archive#month-2010-05" });
    expect(answer("http://localhost/category/parent/linux/")).toEqual({ status: 308, location: "http://localhost/categories/linux" });
    expect(answer("http://localhost/feed/atom/")).toEqual({ status: 308, location: "http://localhost/atom.xml" });
  });
});
