import { describe, expect, it } from "vitest";
import { initials, resolveAuthors, siteAuthor } from "@/lib/data/authors";
import { resolveSite } from "@/site.config";

const settings = {
  author: { name: "Alexys Jacob", id: "ultrabug" },
  authors: {
    ultrabug: { name: "Alexys Jacob", bio: "Gentoo developer.", links: [{ label: "GitHub", href: "https://github.com/ultrabug" }] },
    ann: { name: "Ann Élise" },
  },
};

describe("authors", () => {
  it("gives a post that names nobody to the site's author, with their profile", () => {
    expect(resolveAuthors([], settings)).toEqual([
      { id: "ultrabug", name: "Alexys Jacob", bio: "Gentoo developer.", links: [{ label: "GitHub", href: "https://github.com/ultrabug" }] },
    ]);
  });

  it("matches each name by id or by name whatever the case, and keeps any other name as written", () => {
    expect(resolveAuthors(["ann", "ALEXYS JACOB", "Guest Writer"], settings).map((a) => [a.id, a.name])).toEqual([
      ["ann", "Ann Élise"],
      ["ultrabug", "Alexys Jacob"],
      [undefined, "Guest Writer"],
    ]);
  });

  it("never takes a name for an inherited property", () => {
    expect(resolveAuthors(["constructor", "__proto__"], settings)).toEqual([
      { name: "constructor", links: [] },
      { name: "__proto__", links: [] },
    ]);
  });

  it("falls back to the site author's name and URL without a profile", () => {
    expect(siteAuthor({ author: { name: "Solo", url: "https://solo.example" }, authors: {} })).toEqual({
      name: "Solo",
      links: [{ label: "Website", href: "https://solo.example" }],
    });
  });

  it("makes initials for an author without an avatar", () => {
    expect(initials("Ann Élise Martin")).toBe("AM");
    expect(initials("élise")).toBe("É");
  });

  it("refuses an id that cannot be a URL segment, and an author.id with no profile", () => {
    const base = { title: "t", description: "d", language: "en", siteUrl: "https://x.example" };
    expect(() => resolveSite({ ...base, author: { name: "A" }, authors: { "Ann Lee": { name: "Ann" } } }, {})).toThrow(
      'site.config.ts: authors: "Ann Lee" cannot be a URL segment',
    );
    expect(() => resolveSite({ ...base, author: { name: "A", id: "nobody" } }, {})).toThrow('author.id "nobody" is not one of authors');
  });
});
