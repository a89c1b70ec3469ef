/**
 * The site's languages and UI strings, bound to `site.config.ts`: what routes
 * and components will read (lib/i18n/languages.ts, dictionary.ts hold the
 * rules, free of settings).
 */
import { site } from "../../site.config";
import { formatDay } from "../dates";
import type { Language } from "./languages";
import { formatMissingMessages, makeTranslator, missingMessages, type MessageKey, type MessageValues } from "./dictionary";

/** A declared language by code; the default language for any other. */
export function siteLanguage(code: string): Language {
  return site.languages.find((l) => l.code === code) ?? site.languages[0];
}

/** The UI strings of one language, falling back to the default language's. */
export function translator(lang: string): (key: MessageKey, values?: MessageValues) => string {
  return makeTranslator(siteLanguage(lang).code, { defaultLanguage: site.language });
}

/** A `YYYY-MM-DD` day as a reader of `lang` writes it ("1 août 2014"). */
export function formatDayIn(day: string, lang: string): string {
  return formatDay(day, siteLanguage(lang).locale);
}

/** What the build prints about the site's dictionaries: one line per language missing strings. */
export function missingMessageLines(): string[] {
  return formatMissingMessages(
    missingMessages(site.languages.map((l) => l.code)),
    site.language,
  );
}
