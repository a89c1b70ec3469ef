import { describe, expect, it } from "vitest";
import { formatCount } from "@/lib/i18n/plural";
import { pluralMessage, translator } from "@/lib/i18n/site";
import { searchProps, themeLabels } from "@/lib/i18n/ui";
import { ENGLISH_SEARCH_LABELS } from "@/lib/search/labels";

describe("formatCount", () => {
  it("fills {count} in the form the locale's plural rules choose", () => {
    const en = { forms: { one: "{count} result", other: "{count} results" }, locale: "en" };
    const fr = { forms: { one: "{count} résultat", other: "{count} résultats" }, locale: "fr-FR" };
    expect([0, 1, 2, 20].map((n) => formatCount(en, n))).toEqual(["0 results", "1 result", "2 results", "20 results"]);
    // French: zero and one take the singular.
    expect([0, 1, 2].map((n) => formatCount(fr, n))).toEqual(["0 résultat", "1 résultat", "2 résultats"]);
  });

  it("falls back to `other` for a category the message lacks, and leaves other slots alone", () => {
    const message = { forms: { other: "{count} hits in {place}" }, locale: "en" };
    expect(formatCount(message, 1)).toBe("1 hits in {place}");
  });

  it("agrees with the server's translator for every count", () => {
    for (const lang of ["en", "fr"]) {
      const t = translator(lang);
      const message = pluralMessage(lang, "search.count");
      for (const count of [0, 1, 2, 5, 21]) expect(formatCount(message, count)).toBe(t("search.count", { count }));
    }
  });
});

describe("pluralMessage", () => {
  it("hands over a message's forms unfilled, with the language's locale", () => {
    expect(pluralMessage("fr", "search.count")).toEqual({ forms: { one: "{count} résultat", other: "{count} résultats" }, locale: "fr-FR" });
    expect(pluralMessage("en", "search.count")).toEqual({ forms: { one: "{count} result", other: "{count} results" }, locale: "en" });
    // A plain string is its own `other` form.
    expect(pluralMessage("en", "search.title")).toEqual({ forms: { other: "Search" }, locale: "en" });
  });
});

describe("client components' props (lib/i18n/ui.ts)", () => {
  it("give the search page's English defaults exactly as the English dictionary has them", () => {
    expect(ENGLISH_SEARCH_LABELS).toEqual(searchProps("en").labels);
  });

  it("point each language at its own search index and page", () => {
    expect(searchProps("en")).toMatchObject({ location: { manifest: "/search.json", files: "/_quire/search" }, locale: "en", pagePath: "/search" });
    expect(searchProps("fr")).toMatchObject({
      location: { manifest: "/fr/search.json", files: "/_quire/search-fr" },
      locale: "fr-FR",
      pagePath: "/fr/search",
    });
    expect(searchProps("fr").labels.placeholder).toBe("Rechercher dans les articles…");
  });

  it("translate the theme toggle", () => {
    expect(themeLabels("fr")).toEqual({ toLight: "Passer au thème clair", toDark: "Passer au thème sombre", toggle: "Changer de thème" });
  });
});
