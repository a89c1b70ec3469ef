import { describe, expect, it } from "vitest";
import { shareLinks } from "@/lib/web/share";

describe("shareLinks", () => {
  const links = shareLinks("Café & crème: 100%?", "https://example.com/blog/café");
  const href = (name: string) => links.find((l) => l.name === name)!.href;

  it("offers Mastodon, Bluesky, LinkedIn, X and email, as plain links", () => {
    expect(links.map((l) => l.name)).toEqual(["Mastodon", "Bluesky", "LinkedIn", "X", "email"]);
    for (const link of links) expect(link.href).toMatch(/^(https:\/\/|mailto:)/);
  });

  it("carries the title and the URL, encoded so that no character breaks the link", () => {
    const url = new URL(href("X"));
    expect(url.hostname).toBe("x.com");
    expect(url.searchParams.get("text")).toBe("Café & crème: 100%?");
    expect(url.searchParams.get("url")).toBe("https://example.com/blog/café");
    expect(new URL(href("Bluesky")).searchParams.get("text")).toBe("Café & crème: 100%? https://example.com/blog/café");
    expect(new URL(href("LinkedIn")).searchParams.get("url")).toBe("https://example.com/blog/café");
    expect(new URL(href("Mastodon")).searchParams.get("url")).toBe("https://example.com/blog/café");
    expect(href("email")).toBe("mailto:?subject=Caf%C3%A9%20%26%20cr%C3%A8me%3A%20100%25%3F&body=https%3A%2F%2Fexample.com%2Fblog%2Fcaf%C3%A9");
  });
});
