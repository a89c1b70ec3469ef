import { describe, expect, it } from "vitest";
import { fromThisSite } from "@/lib/comments/origin";

const url = "http://127.0.0.1:3000/comments";
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("where a comments form was sent from (lib/comments/origin.ts)", () => {
  it("is this site by Origin, by Referer when there is no Origin, or by the proxy's host", () => {
    for (const unnamed of ["allow", "refuse"] as const) {
      expect(fromThisSite(url, headers({ host: "blog.example.org", "sec-fetch-site": "same-origin", origin: "https://blog.example.org" }), unnamed)).toBe(true);
      expect(fromThisSite(url, headers({ host: "blog.example.org", referer: "https://blog.example.org/admin/comments" }), unnamed)).toBe(true);
      expect(fromThisSite(url, headers({ host: "127.0.0.1:3000", "x-forwarded-host": "blog.example.org", origin: "https://blog.example.org" }), unnamed)).toBe(true);
    }
  });

  it("is refused from another site, a look-alike host, an opaque origin or what the browser calls cross-site, for every form", () => {
    for (const unnamed of ["allow", "refuse"] as const) {
      for (const sent of <Record<string, string>[]>[
        { origin: "https://evil.example" },
        { origin: "https://blog.example.org.evil.example" },
        { origin: "null" },
        { origin: "not a url" },
        { referer: "https://evil.example/blog.example.org" },
        { "sec-fetch-site": "cross-site" },
        { "sec-fetch-site": "same-site", origin: "https://blog.example.org" },
      ]) {
        expect(fromThisSite(url, headers({ host: "blog.example.org", ...sent }), unnamed), JSON.stringify(sent)).toBe(false);
      }
    }
  });

  it("without any source, is taken only where the form carries a signed token of its own (the reader's)", () => {
    expect(fromThisSite(url, headers({ host: "blog.example.org" }), "allow")).toBe(true);
    expect(fromThisSite(url, headers({ host: "blog.example.org" }), "refuse")).toBe(false);
  });
});
