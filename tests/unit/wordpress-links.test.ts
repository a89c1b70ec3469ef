import { describe, expect, it } from "vitest";
import { buildLinkMap } from "@/lib/wordpress/links";

const map = buildLinkMap(
  [
    { id: "10", link: "http://old.example.com/2010/05/03/hello-world/", oldSlugs: ["hello-world", "hello"], target: "/blog/hello-world" },
    { id: "13", link: "http://old.example.com/%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82/", oldSlugs: ["привет"], target: "/blog/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82" },
    { id: "2", link: "http://old.example.com/about/", oldSlugs: ["about"], target: "/about" },
  ],
  ["http://old.example.com", "http://old.example.com"],
);

describe("links between posts", () => {
  it("maps the permalink with or without the host, scheme or www", () => {
    expect(map.target("http://old.example.com/2010/05/03/hello-world/")).toBe("/blog/hello-world");
    expect(map.target("https://www.old.example.com/2010/05/03/hello-world")).toBe("/blog/hello-world");
    expect(map.target("/2010/05/03/hello-world/")).toBe("/blog/hello-world");
  });
  it("maps /?p=ID and /?page_id=ID, keeping the fragment", () => {
    expect(map.target("http://old.example.com/?p=10#comments")).toBe("/blog/hello-world#comments");
    expect(map.target("/?page_id=2")).toBe("/about");
    expect(map.target("/index.php?p=10")).toBe("/blog/hello-world");
    expect(map.target("/?p=999")).toBeUndefined();
  });
  it("maps /slug/ and date-based paths, old slugs too", () => {
    expect(map.target("/hello-world/")).toBe("/blog/hello-world");
    expect(map.target("/2010/05/hello-world")).toBe("/blog/hello-world");
    expect(map.target("/2010/hello/")).toBe("/blog/hello-world");
  });
  it("maps non-Latin permalinks, encoded or not", () => {
    expect(map.target("http://old.example.com/привет/")).toBe("/blog/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82");
    expect(map.target("/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82")).toBe("/blog/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82");
  });
  it("leaves other sites, other paths and non-web links alone", () => {
    expect(map.target("http://elsewhere.example/2010/05/03/hello-world/")).toBeUndefined();
    expect(map.target("/category/garden/hello-world/")).toBeUndefined();
    expect(map.target("/wp-content/uploads/2010/05/photo.jpg")).toBeUndefined();
    expect(map.target("mailto:ann@example.com")).toBeUndefined();
    expect(map.target("#top")).toBeUndefined();
  });
  it("takes a site's sub-folder off", () => {
    const sub = buildLinkMap([{ id: "1", link: "https://example.com/blog/2020/01/x/", oldSlugs: ["x"], target: "/blog/x" }], ["https://example.com/blog"]);
    expect(sub.target("https://example.com/blog/2020/01/x/")).toBe("/blog/x");
    expect(sub.target("https://example.com/blog/x/")).toBe("/blog/x");
    expect(sub.target("https://example.com/blog/?p=1")).toBe("/blog/x");
  });
});
