import { describe, expect, it } from "vitest";
import { blogPostingJsonLd, pageMetadata, siteUrl } from "@/lib/web/seo";

const original = "https://elsewhere.example/2024/cross-posted";
const post = { title: "T", summary: "S", slug: "t", instant: "2024-01-01T00:00:00Z", tags: [], authors: [], images: [] };

describe("a cross-posted article (canonicalUrl:)", () => {
  it("names the original as its canonical link", () => {
    expect(pageMetadata({ path: "/blog/t", canonicalUrl: original }).alternates?.canonical).toBe(original);
  });

  it("names the original as its og:url", () => {
    const openGraph = pageMetadata({ path: "/blog/t", canonicalUrl: original }).openGraph as { url?: string };
    expect(openGraph.url).toBe(original);
  });

  it("names the original as its JSON-LD url, on this site's page", () => {
    const data = JSON.parse(blogPostingJsonLd({ ...post, canonicalUrl: original }, "/blog/t")) as { url: string; mainEntityOfPage: string };
    expect(data.url).toBe(original);
    expect(data.mainEntityOfPage).toBe(siteUrl("/blog/t"));
  });
});

describe("a post of this site only", () => {
  it("is its own canonical link, og:url and JSON-LD url", () => {
    const own = siteUrl("/blog/t");
    const metadata = pageMetadata({ path: "/blog/t" });
    expect(metadata.alternates?.canonical).toBe(own);
    expect((metadata.openGraph as { url?: string }).url).toBe(own);
    expect((JSON.parse(blogPostingJsonLd(post, "/blog/t")) as { url: string }).url).toBe(own);
  });
});
