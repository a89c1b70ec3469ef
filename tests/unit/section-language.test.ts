import { describe, expect, it } from "vitest";
import { notFoundLanguage, sectionLanguageOf } from "@/lib/server/section-language";

// The shipped site.config.ts: English, and French under /fr.
describe("the 404 page's language (lib/server/section-language.ts)", () => {
  it("is the language of the address's section: /fr/... is French, anything else the default", () => {
    expect(sectionLanguageOf("/fr/no-such-page")).toBe("fr");
    expect(sectionLanguageOf("/fr/blog/no-such-post")).toBe("fr");
    expect(sectionLanguageOf("/fr")).toBe("fr");
    expect(sectionLanguageOf("/no-such-page")).toBe("en");
    expect(sectionLanguageOf("/french/x")).toBe("en");
    expect(sectionLanguageOf("/de/x")).toBe("en");
    expect(sectionLanguageOf("/")).toBe("en");
    expect(sectionLanguageOf("/%E2/x")).toBe("en");
  });

  it("takes from the header only a language that has a section", () => {
    const sections = ["en", "fr"];
    expect(notFoundLanguage("fr", sections)).toBe("fr");
    expect(notFoundLanguage("de", sections)).toBe("en");
    expect(notFoundLanguage("<script>", sections)).toBe("en");
    expect(notFoundLanguage(null, sections)).toBe("en");
    // French is declared, but no French post is published: there is no French section to send readers to.
    expect(notFoundLanguage("fr", ["en"])).toBe("en");
  });
});
