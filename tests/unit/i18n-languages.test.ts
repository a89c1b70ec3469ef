import { describe, expect, it } from "vitest";
import { checkedByStep } from "./helpers/checked-by-step";
import { languageRules, postLanguage, resolveLanguages, withoutLanguageSuffix, type LanguageRules } from "@/lib/i18n/languages";
import { formatProblem, readFrontmatter } from "@/lib/frontmatter";
import { intendedAddress } from "@/lib/build/problems";
import { resolveSite, site, type SiteSettings } from "@/site.config";

const rules: LanguageRules = { defaultLanguage: "en", codes: ["en", "fr"] };
const base = { title: "Europython 2014", date: "2014-08-01" };
const now = new Date("2024-06-01T00:00:00Z");

describe("languages in site.config.ts", () => {
  const settings: SiteSettings = { title: "T", description: "D", author: { name: "A" }, language: "en", siteUrl: "https://example.com" };

  it("gives a one-language config one language, the one it names, with the site's title", () => {
    expect(resolveSite(settings, {}).languages).toEqual([
      { code: "en", label: "en", locale: "en", title: "T", description: "D", isDefault: true, navLabels: {} },
    ]);
    expect(resolveSite(settings, {}).language).toBe("en");
  });

  it("puts the default first and fills each language's locale, title and description", () => {
    const languages = resolveSite(
      { ...settings, language: "fr", languages: { en: { label: "English" }, fr: { label: "Français", locale: "fr-FR", title: "Le T" } } },
      {},
    ).languages;
    expect(languages.map((l) => [l.code, l.label, l.locale, l.title, l.description, l.isDefault])).toEqual([
      ["fr", "Français", "fr-FR", "Le T", "D", true],
      ["en", "English", "en", "T", "D", false],
    ]);
  });

  it("refuses a default language that is not declared, and codes that cannot be a URL segment", () => {
    expect(() => resolveLanguages("en", { fr: { label: "Français" } }, settings)).toThrow(
      'site.config.ts: languages: the default language "en" (language) is not declared (declared: fr)',
    );
    expect(() => resolveLanguages("en", { en: { label: "English" }, "fr/ca": { label: "x" } }, settings)).toThrow(/"fr\/ca" is not a usable language code/);
    expect(() => resolveLanguages("en", { en: { label: "English", locale: "not a locale!" } }, settings)).toThrow(/locale "not a locale!"/);
  });

  it("ships English (default) and French", () => {
    expect(site.language).toBe("en");
    expect(site.languages.map((l) => [l.code, l.label])).toEqual([
      ["en", "English"],
      ["fr", "Français"],
    ]);
    expect(languageRules(site.languages)).toEqual(rules);
  });
});

describe("a post's language", () => {
  it("comes from the file suffix, then the lang field, else the default", () => {
    expect(postLanguage("2014/x.fr.md", undefined, rules)).toEqual({ lang: "fr" });
    expect(postLanguage("2014/x.fr.mdx", undefined, rules)).toEqual({ lang: "fr" });
    expect(postLanguage("2014/x.md", "fr", rules)).toEqual({ lang: "fr" });
    expect(postLanguage("2014/x.md", "FR", rules)).toEqual({ lang: "fr" });
    expect(postLanguage("2014/x.md", undefined, rules)).toEqual({ lang: "en" });
    expect(postLanguage("2014/x.fr.md", "fr", rules)).toEqual({ lang: "fr" });
  });

  it("keeps the suffix out of the slug, unless slug: says otherwise", () => {
    expect(readFrontmatter(base, "2014/2014-08-01-europython-2014.fr.md", rules).meta).toMatchObject({ slug: "europython-2014", lang: "fr" });
    expect(readFrontmatter({ ...base, slug: "europython-2014-fr" }, "2014/x.fr.md", rules).meta?.slug).toBe("europython-2014-fr");
    expect(withoutLanguageSuffix("2014/x.fr.mdx", rules)).toBe("2014/x.mdx");
  });

  it("leaves a dot in a name that is no language alone", () => {
    expect(readFrontmatter(base, "2019/python-2.7.md", rules).meta).toMatchObject({ slug: "python-2.7", lang: "en" });
    expect(readFrontmatter(base, "2019/notes.old.md", rules).meta).toMatchObject({ slug: "notes.old", lang: "en" });
  });

  it("fails an unknown code with one line naming the file, the field and the codes allowed", () => {
    expect(readFrontmatter({ ...base, lang: "de" }, "2014/x.md", rules).problems.map(formatProblem)).toEqual([
      '2014/x.md: lang: "de" is not a language of this site (allowed: en, fr)',
    ]);
    expect(readFrontmatter(base, "2014/x.de.md", rules).problems.map(formatProblem)).toEqual([
      '2014/x.de.md: lang: the file name\'s ".de" suffix is not a language of this site (allowed: en, fr)',
    ]);
    expect(readFrontmatter({ ...base, lang: "en" }, "2014/x.fr.md", rules).problems.map(formatProblem)).toEqual([
      '2014/x.fr.md: lang: "en" contradicts the file name\'s ".fr" suffix',
    ]);
    expect(readFrontmatter({ ...base, lang: ["fr"] }, "x.md", rules).problems.map(formatProblem)).toEqual([
      'x.md: lang: must be a language code (allowed: en, fr), got ["fr"]',
    ]);
  });

  it("lets lang: keep an undeclared suffix as part of the name", () => {
    expect(readFrontmatter({ ...base, lang: "en" }, "2014/x.de.md", rules).meta).toMatchObject({ slug: "x.de", lang: "en" });
  });

  it("on a one-language site, treats a French suffix as an undeclared language", () => {
    const english = { defaultLanguage: "en", codes: ["en"] };
    expect(readFrontmatter(base, "x.fr.md", english).problems.map(formatProblem)).toEqual([
      'x.fr.md: lang: the file name\'s ".fr" suffix is not a language of this site (allowed: en)',
    ]);
  });

  it("is where a broken post's problems are shown under npm run dev", () => {
    expect(intendedAddress("2014/2014-08-01-x.fr.md", "---\ndate: nope\n---\n", rules)).toEqual({ slug: "x", lang: "fr" });
    expect(intendedAddress("2014/x.md", "---\nlang: fr\nslug: y\n---\n", rules)).toEqual({ slug: "y", lang: "fr" });
    expect(intendedAddress("2014/x.md", "---\ntitle: [oops\n---\n", rules)).toEqual({ slug: "x", lang: "en" });
  });
});

describe("slugs per language", () => {
  const post = (fm: string) => `---\n${fm}\n---\n\nBody.\n`;

  it("lets a translation share its original's slug", async () => {
    const result = await checkedByStep(
      [
        { relPath: "2014/2014-08-01-europython-2014.md", source: post("title: A\ndate: 2014-08-01") },
        { relPath: "2014/2014-08-01-europython-2014.fr.md", source: post("title: B\ndate: 2014-08-01") },
      ],
      now,
      rules,
    );
    expect(result.problems).toEqual([]);
    expect(result.posts.map((p) => [p.meta.slug, p.meta.lang])).toEqual([
      ["europython-2014", "en"],
      ["europython-2014", "fr"],
    ]);
  });

  it("still names both files when two published posts of one language share a slug", async () => {
    const result = await checkedByStep(
      [
        { relPath: "a/hello.fr.md", source: post("title: A\ndate: 2019-01-01") },
        { relPath: "b/bonjour.md", source: post("title: B\ndate: 2019-01-01\nlang: fr\nslug: hello") },
        { relPath: "c/hello.md", source: post("title: C\ndate: 2019-01-01") },
      ],
      now,
      rules,
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'a/hello.fr.md: slug: "hello" is also the slug of b/bonjour.md; published posts need distinct slugs',
    ]);
  });
});
