import { describe, expect, it } from "vitest";
import { EXAMPLE_SITE_URL, exampleAddressWarning, resolveSite, type SiteSettings } from "@/site.config";

const settings: SiteSettings = {
  title: "T",
  description: "D",
  author: { name: "A" },
  language: "en",
  siteUrl: "https://example.com/",
};

describe("resolveSite", () => {
  it("prerenders every post unless told otherwise", () => {
    expect(resolveSite(settings, {}).prerender).toBe("all");
  });

  it("takes a number of posts from the settings or from PRERENDER", () => {
    expect(resolveSite({ ...settings, prerender: 500 }, {}).prerender).toBe(500);
    expect(resolveSite(settings, { PRERENDER: "50" }).prerender).toBe(50);
    expect(resolveSite({ ...settings, prerender: 500 }, { PRERENDER: "all" }).prerender).toBe("all");
  });

  it("prerenders every post in a static export, which has no server to render later", () => {
    expect(resolveSite({ ...settings, prerender: 10 }, { NEXT_OUTPUT: "export" }).prerender).toBe("all");
  });

  it("refuses a prerender value that is not a whole number, naming the setting", () => {
    expect(() => resolveSite(settings, { PRERENDER: "ten" })).toThrow(/prerender \(or PRERENDER\) must be "all" or a whole number of posts, got "ten"/);
    expect(() => resolveSite({ ...settings, prerender: -1 }, {})).toThrow(/got -1/);
  });

  it("drops a trailing slash from the site URL and lets SITE_URL override it", () => {
    expect(resolveSite(settings, {}).siteUrl).toBe("https://example.com");
    expect(resolveSite(settings, { SITE_URL: "https://blog.example.org/" }).siteUrl).toBe("https://blog.example.org");
  });

  it("keeps the SITE_URL of the build in a server started without it, which a SITE_URL at start overrides", () => {
    expect(resolveSite(settings, {}, "https://built.example.org/").siteUrl).toBe("https://built.example.org");
    expect(resolveSite({ ...settings, siteUrl: EXAMPLE_SITE_URL }, { VERCEL_PROJECT_PRODUCTION_URL: "my-blog.vercel.app" }, "https://built.example.org").siteUrl).toBe(
      "https://built.example.org",
    );
    expect(resolveSite(settings, { SITE_URL: "https://now.example.org" }, "https://built.example.org").siteUrl).toBe("https://now.example.org");
  });

  it("takes Vercel's production address while the site's is still the example, and keeps an address of the owner's own", () => {
    const vercel = { VERCEL_PROJECT_PRODUCTION_URL: "my-blog.vercel.app" };
    expect(resolveSite({ ...settings, siteUrl: EXAMPLE_SITE_URL }, vercel).siteUrl).toBe("https://my-blog.vercel.app");
    expect(resolveSite(settings, vercel).siteUrl).toBe("https://example.com");
    expect(resolveSite({ ...settings, siteUrl: EXAMPLE_SITE_URL }, { ...vercel, SITE_URL: "https://blog.example.org" }).siteUrl).toBe("https://blog.example.org");
  });

  it("warns once, naming what to set, while the site's address is the example", () => {
    expect(exampleAddressWarning(resolveSite({ ...settings, siteUrl: EXAMPLE_SITE_URL }, {}))).toMatch(/example https:\/\/quire\.example\.com: .*Set SITE_URL \(or siteUrl in site\.config\.ts\)/);
    expect(exampleAddressWarning(resolveSite(settings, {}))).toBeUndefined();
    expect(exampleAddressWarning(resolveSite({ ...settings, siteUrl: EXAMPLE_SITE_URL }, { SITE_URL: "https://blog.example.org" }))).toBeUndefined();
  });
});
