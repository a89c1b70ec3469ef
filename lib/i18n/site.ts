/**
 * The site's languages and UI strings, bound to `site.config.ts`: what routes
 * and components will read (lib/i18n/languages.ts, dictionary.ts hold the
 * rules, free of settings).
 */
import { site } from "../../site.config";
import { formatDay } from "../web/dates";
import type { Language } from "./languages";
import { underPrefix } from "../web/urls";
import { formatMissingMessages, makeTranslator, messageForms, missingMessages, type MessageKey, type MessageValues } from "./dictionary";
import type { PluralMessage } from "./plural";

/** A declared language by code; the default language for any other. */
export function siteLanguage(code: string): Language {
  return site.languages.find((l) => l.code === code) ?? site.languages[0];
}

/** The UI strings of one language, falling back to the default language's. */
export function translator(lang: string): (key: MessageKey, values?: MessageValues) => string {
  return makeTranslator(siteLanguage(lang).code, { defaultLanguage: site.language });
}

/**
 * A message with a `{count}` slot, left unfilled, for a client component to
 * fill in the browser (lib/i18n/plural.ts `formatCount`): its forms and the
 * locale whose plural rules choose between them.
 */
export function pluralMessage(lang: string, key: MessageKey): PluralMessage {
  const found = messageForms(key, siteLanguage(lang).code, { defaultLanguage: site.language });
  // The rules of the language the forms came from (English, when every dictionary lacks them).
  return { forms: found.forms, locale: site.languages.find((l) => l.code === found.lang)?.locale ?? found.lang };
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

/** The URL prefix of a language's section: "" for the default language, `/fr` for French. */
export function languagePrefix(lang: string): string {
  const language = siteLanguage(lang);
  return language.isDefault ? "" : `/${language.code}`;
}

/** A site path (`/blog/x`) in a language's section (`/fr/blog/x`); the default language's stay as they are. */
export function pathIn(lang: string, path: string): string {
  return underPrefix(languagePrefix(lang), path);
}

/** Whether `code` is one of the site's languages other than the default (a `/<code>/` section). */
export function isOtherLanguage(code: string): boolean {
  return site.languages.some((l) => l.code === code && !l.isDefault);
}

/**
 * The language of an address by its first segment (decoded): that section's
 * (`/fr/...`), or the default language's for any other (`/about`, `/nope`).
 */
export function languageOfFirstSegment(segment: string): string {
  return isOtherLanguage(segment) ? segment : site.language;
}
