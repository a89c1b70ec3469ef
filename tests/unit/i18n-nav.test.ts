import { describe, expect, it } from "vitest";
import { localizeNav } from "@/lib/i18n/nav";
import { makeTranslator } from "@/lib/i18n/dictionary";
import { site } from "@/site.config";

const nav = [
  { label: "Blog", href: "/blog" },
  { label: "Archive", href: "/archive" },
  { label: "Tags", href: "/tags" },
  { label: "Categories", href: "/categories" },
  { label: "About", href: "/about" },
  { label: "GitHub", href: "https://github.com/example" },
];
const fr = makeTranslator("fr", { defaultLanguage: "en" });
const en = makeTranslator("en", { defaultLanguage: "en" });

describe("localizeNav", () => {
  it("moves the built-in sections under the language's prefix, with the dictionary's labels", () => {
    expect(localizeNav(nav, "fr", { prefix: "/fr", t: fr })).toEqual([
      { label: "Blog", href: "/fr/blog" },
      { label: "Archives", href: "/fr/archive" },
      { label: "Mots-clés", href: "/fr/tags" },
      { label: "Catégories", href: "/fr/categories" },
      { label: "About", href: "/about" },
      { label: "GitHub", href: "https://github.com/example" },
    ]);
  });

  it("keeps any other link as configured: a page, an external site, a section's sub-path", () => {
    const other = [
      { label: "Now", href: "/now" },
      { label: "Python", href: "/tags/python" },
      { label: "Blog!", href: "/blog/" },
    ];
    expect(localizeNav(other, "fr", { prefix: "/fr", t: fr })).toEqual(other);
  });

  it("returns the default language's nav unchanged, configured labels included", () => {
    const custom = [{ label: "Writing", href: "/blog" }, ...nav.slice(1)];
    expect(localizeNav(custom, "en", { prefix: "", t: en })).toEqual(custom);
    expect(localizeNav(custom, "en", { prefix: "", t: en, defaultLanguage: "en" })).toEqual(custom);
    // Another language, even with the same label: the dictionary's.
    expect(localizeNav(custom, "fr", { prefix: "/fr", t: fr, defaultLanguage: "en" })[0]).toEqual({ label: "Blog", href: "/fr/blog" });
  });

  it("follows the declared default language when one is given", () => {
    // A French-default site showing its English section.
    expect(localizeNav(nav.slice(0, 2), "en", { prefix: "/en", t: en, defaultLanguage: "fr" })).toEqual([
      { label: "Blog", href: "/en/blog" },
      { label: "Archive", href: "/en/archive" },
    ]);
    expect(localizeNav(nav.slice(0, 2), "fr", { prefix: "", t: fr, defaultLanguage: "fr" })).toEqual(nav.slice(0, 2));
  });

  it("does not change the nav it is given", () => {
    const copy = structuredClone(site.nav);
    localizeNav(site.nav, "fr", { prefix: "/fr", t: fr });
    expect(site.nav).toEqual(copy);
  });
});

describe("localizeNav with the language's own labels", () => {
  it("relabels a configured link by its href, keeping its address", () => {
    const nav = [
      { label: "Blog", href: "/blog" },
      { label: "About", href: "/about" },
      { label: "Code", href: "https://example.com" },
    ];
    const t = (key: string) => ({ "nav.blog": "Blog (fr)" })[key] ?? key;
    expect(localizeNav(nav, "fr", { prefix: "/fr", t: t as never, defaultLanguage: "en", labels: { "/about": "À propos" } })).toEqual([
      { label: "Blog (fr)", href: "/fr/blog" },
      { label: "À propos", href: "/about" },
      { label: "Code", href: "https://example.com" },
    ]);
  });
});
