import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LanguageSwitcher } from "@/components/LanguageSwitcher";

const links = [
  { code: "en", label: "English", href: "/base/blog/x", current: false },
  { code: "fr", label: "Français", href: "/base/fr/blog/x", current: true },
];

describe("LanguageSwitcher", () => {
  it("is a labelled nav of plain links, the current language marked and not linked", () => {
    const html = renderToStaticMarkup(createElement(LanguageSwitcher, { links, lang: "fr" }));
    expect(html).toMatch(/^<nav aria-label="Langue"/);
    expect(html).toContain('<a href="/base/blog/x" hrefLang="en" lang="en"');
    expect(html).toMatch(/<span aria-current="true" lang="fr"[^>]*>Français<\/span>/);
    expect(html).not.toContain('href="/base/fr/blog/x"');
  });
});
