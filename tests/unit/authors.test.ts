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

  it("gives a bio and links set per language in the page's language, else the default language's; a plain string is every language's", () => {
    const bilingual = {
      language: "en",
      author: { name: "Ann", id: "ann" },
      authors: {
        ann: {
          name: "Ann",
          bio: { en: "Writes in English.", fr: "Écrit en français." },
          links: { en: [{ label: "Website", href: "https://ann.example" }], fr: [{ label: "Site web", href: "https://ann.example" }] },
        },
        bob: { name: "Bob", bio: { en: "English only." }, links: [{ label: "GitHub", href: "https://github.com/bob" }] },
      },
    };
    expect(siteAuthor(bilingual, "fr")).toEqual({ id: "ann", name: "Ann", bio: "Écrit en français.", links: [{ label: "Site web", href: "https://ann.example" }] });
    expect(siteAuthor(bilingual)).toMatchObject({ bio: "Writes in English.", links: [{ label: "Website" }] });
    expect(resolveAuthors(["bob"], bilingual, "fr")).toEqual([{ id: "bob", name: "Bob", bio: "English only.", links: [{ label: "GitHub", href: "https://github.com/bob" }] }]);
    expect(resolveAuthors([], settings, "fr")[0].bio).toBe("Gentoo developer.");
  });

  it("fails the build for a bio given in a language the site does not have", () => {
    const input = {
      title: "T",
      description: "D",
      language: "en",
      siteUrl: "https://x.example",
      author: { name: "Ann" },
      authors: { ann: { name: "Ann", bio: { en: "Hi.", de: "Hallo." } } },
    };
    expect(() => resolveSite(input, {})).toThrow('site.config.ts: authors: ann: bio: "de" is not a language of this site (en)');
  });
});
