/**
 * The strings and settings server components hand to client components
 * (which import neither the dictionaries nor site.config.ts), for one language.
 */
import type { SearchProps } from "../search/labels";
import { servedSearchLocation } from "../web/urls";
import { languagePrefix, pathIn, pluralMessage, siteLanguage, translator } from "./site";

/** ThemeToggle's labels (components/ThemeToggle.tsx `ThemeToggleLabels`). */
export function themeLabels(lang: string) {
  const t = translator(lang);
  return { toLight: t("theme.toLight"), toDark: t("theme.toDark"), toggle: t("theme.toggle") };
}

/** What SearchButton and SearchPage need for `lang`: its index, strings, locale and search page. */
export function searchProps(lang: string): SearchProps {
  const t = translator(lang);
  return {
    location: servedSearchLocation(languagePrefix(lang)),
    labels: {
      button: t("search.button"),
      label: t("search.label"),
      placeholder: t("search.placeholder"),
      results: t("search.results"),
      unavailable: t("search.unavailable"),
      noMatch: t("search.noMatch"),
      keys: t("search.keys"),
      close: t("search.close"),
      count: pluralMessage(lang, "search.count"),
    },
    locale: siteLanguage(lang).locale,
    pagePath: pathIn(lang, "/search"),
  };
}
