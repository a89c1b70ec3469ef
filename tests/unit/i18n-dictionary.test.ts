import { describe, expect, it } from "vitest";
import { DICTIONARIES, formatMissingMessages, makeTranslator, MESSAGE_KEYS, missingMessages, type Message } from "@/lib/i18n/dictionary";
import { en } from "@/lib/i18n/dictionaries/en";
import { formatDay } from "@/lib/web/dates";
import { formatDayIn, missingMessageLines, translator } from "@/lib/i18n/site";

const slots = (message: Message) =>
  [...new Set((typeof message === "string" ? [message] : Object.values(message)).flatMap((text) => text.match(/\{\w+\}/g) ?? []))].sort();

describe("UI dictionaries", () => {
  it("ship English and French with every string, nothing missing", () => {
    expect(Object.keys(DICTIONARIES)).toEqual(["en", "fr"]);
    expect(missingMessages(["en", "fr"])).toEqual(new Map());
    expect(missingMessageLines()).toEqual([]);
  });

  it("give each French string the slots of its English one", () => {
    for (const key of MESSAGE_KEYS) expect([key, slots(DICTIONARIES.fr[key]!)]).toEqual([key, slots(en[key])]);
  });

  it("fill slots and choose plural forms by the language's rules", () => {
    const t = makeTranslator("en", { defaultLanguage: "en" });
    const f = makeTranslator("fr", { defaultLanguage: "en" });
    expect(t("post.minRead", { minutes: 4 })).toBe("4 min read");
    expect(f("post.minRead", { minutes: 4 })).toBe("4 min de lecture");
    expect([0, 1, 2].map((count) => t("archive.yearCount", { count }))).toEqual(["0 posts", "1 post", "2 posts"]);
    // French: zero is singular.
    expect([0, 1, 2].map((count) => f("archive.yearCount", { count }))).toEqual(["0 article", "1 article", "2 articles"]);
    expect(t("series.position", { position: 2 })).toBe("Part 2 of {count} in the series");
  });

  it("fall back to the default language for a string a dictionary lacks, then to English", () => {
    const dictionaries = { en, fr: { "toc.title": "Sommaire" }, de: {} };
    const de = makeTranslator("de", { defaultLanguage: "fr", dictionaries });
    expect(de("toc.title")).toBe("Sommaire");
    expect(de("related.title")).toBe("Related posts");
    expect(makeTranslator("es", { defaultLanguage: "en", dictionaries })("toc.title")).toBe("Contents");
  });

  it("list what each language is missing, one line each for the build", () => {
    const dictionaries = { en, fr: { ...DICTIONARIES.fr, "toc.title": undefined, "related.title": undefined } };
    const missing = missingMessages(["en", "fr", "de"], dictionaries);
    expect(missing.get("fr")).toEqual(["toc.title", "related.title"]);
    expect(missing.get("de")).toHaveLength(MESSAGE_KEYS.length);
    expect(missing.has("en")).toBe(false);
    expect(formatMissingMessages(new Map([["fr", ["toc.title", "related.title"] as const]]), "en")).toEqual([
      "UI strings: fr: 2 missing, shown in en: toc.title, related.title",
    ]);
    // A language with no dictionary at all is told where one goes; a long list is cut short.
    expect(formatMissingMessages(new Map([["de", MESSAGE_KEYS]]), "en")).toEqual([
      "UI strings: de: no dictionary, every string shown in en (add lib/i18n/dictionaries/de.ts with the keys of en.ts and register it in DICTIONARIES, lib/i18n/dictionary.ts)",
    ]);
    const line = formatMissingMessages(new Map([["fr", MESSAGE_KEYS]]), "en")[0];
    expect(line).toMatch(new RegExp(`^UI strings: fr: ${MESSAGE_KEYS.length} missing, shown in en: header\\.navLabel, .* and ${MESSAGE_KEYS.length - 12} more$`));
  });

  it("bind to the site's languages", () => {
    expect(translator("fr")("toc.title")).toBe("Sommaire");
    expect(translator("xx")("toc.title")).toBe("Contents");
  });
});

describe("dates per language", () => {
  it("format a day as a French reader writes it", () => {
    expect(formatDay("2014-08-01", "fr-FR")).toBe("1 août 2014");
    expect(formatDayIn("2014-08-01", "fr")).toBe("1 août 2014");
    expect(formatDayIn("2024-12-31", "fr")).toBe("31 décembre 2024");
  });

  it("leave English dates as they are today", () => {
    expect(formatDayIn("2014-08-01", "en")).toBe("August 1, 2014");
    expect(formatDayIn("2014-08-01", "en")).toBe(formatDay("2014-08-01", "en"));
  });
});
