/**
 * UI strings per language: one dictionary per language (lib/i18n/dictionaries),
 * English the reference. A lookup falls back to the default language, then
 * to English, so a language with a partial dictionary still shows every
 * string; `missingMessages` lists what each language lacks, for the build to print.
 */
import { en } from "./dictionaries/en";
import { fr } from "./dictionaries/fr";

/** A string with `{name}` slots, or its plural forms (Intl.PluralRules categories) chosen by `{count}`. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

export type MessageKey = keyof typeof en;

/** A complete dictionary: a key left out is a type error. */
export type Dictionary = Record<MessageKey, Message>;

/** Dictionaries by language code; a site's own language may bring a partial one. */
export type Dictionaries = Readonly<Record<string, Partial<Dictionary>>>;

/** The dictionaries Quire ships. */
export const DICTIONARIES: Dictionaries = { en, fr };

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

export type MessageValues = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/** Fills `{name}` slots; a slot with no value stays as written, so a mistake shows. */
function fill(text: string, values: MessageValues): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));
}

/** Which dictionary answers `key` for `lang`: its own, else the default language's, else English. */
function lookup(key: MessageKey, lang: string, defaultLanguage: string, dictionaries: Dictionaries): { message: Message; lang: string } {
  for (const code of [lang, defaultLanguage]) {
    const message = dictionaries[code]?.[key];
    if (message !== undefined) return { message, lang: code };
  }
  return { message: en[key], lang: "en" };
}

export interface TranslatorOptions {
  /** Where a missing string comes from. */
  defaultLanguage: string;
  dictionaries?: Dictionaries;
}

/** `t(key, values)` for one language: the string, its plural form chosen by `values.count`. */
export function makeTranslator(lang: string, options: TranslatorOptions): (key: MessageKey, values?: MessageValues) => string {
  const dictionaries = options.dictionaries ?? DICTIONARIES;
  return (key, values = {}) => {
    const found = lookup(key, lang, options.defaultLanguage, dictionaries);
    const text =
      typeof found.message === "string"
        ? found.message
        : (found.message[pluralCategory(found.lang, Number(values.count ?? 0))] ?? found.message.other);
    return fill(text, values);
  };
}

/**
 * A message as written, before any slot is filled: its plural forms as they
 * are (a plain string becomes `{ other }`), for code that fills `{count}`
 * later, in the browser (lib/i18n/plural.ts), with the language it came from.
 */
export function messageForms(
  key: MessageKey,
  lang: string,
  options: TranslatorOptions,
): { lang: string; forms: { other: string } & Partial<Record<Intl.LDMLPluralRule, string>> } {
  const found = lookup(key, lang, options.defaultLanguage, options.dictionaries ?? DICTIONARIES);
  return { lang: found.lang, forms: typeof found.message === "string" ? { other: found.message } : { ...found.message } };
}

/** The keys each language's dictionary lacks (a language with no dictionary lacks them all); complete languages are left out. */
export function missingMessages(languages: readonly string[], dictionaries: Dictionaries = DICTIONARIES): Map<string, MessageKey[]> {
  const missing = new Map<string, MessageKey[]>();
  for (const lang of languages) {
    const keys = MESSAGE_KEYS.filter((key) => dictionaries[lang]?.[key] === undefined);
    if (keys.length > 0) missing.set(lang, keys);
  }
  return missing;
}

/** One line per incomplete language, as the build prints them. */
export function formatMissingMessages(
  missing: ReadonlyMap<string, readonly MessageKey[]>,
  defaultLanguage: string,
  dictionaries: Dictionaries = DICTIONARIES,
): string[] {
  const SHOWN = 12;
  return [...missing].map(([lang, keys]) => {
    const fallback = lang === defaultLanguage ? "en" : defaultLanguage;
    if (!Object.hasOwn(dictionaries, lang)) {
      return `UI strings: ${lang}: no dictionary, every string shown in ${fallback} (add lib/i18n/dictionaries/${lang}.ts with the keys of en.ts and register it in DICTIONARIES, lib/i18n/dictionary.ts)`;
    }
    const listed = keys.length > SHOWN ? `${keys.slice(0, SHOWN).join(", ")} and ${keys.length - SHOWN} more` : keys.join(", ");
    return `UI strings: ${lang}: ${keys.length} missing, shown in ${fallback}: ${listed}`;
  });
}

/** The words a render adds to a post's body (lib/markdown/pipeline.ts BodyLabels), in `lang`. */
export function bodyLabels(lang: string, defaultLanguage: string) {
  const t = makeTranslator(lang, { defaultLanguage });
  return {
    copyCode: t("code.copyLabel"),
    copy: t("code.copy"),
    copied: t("code.copied"),
    footnotes: t("footnotes.label"),
    backToReference: t("footnotes.backLabel"),
  };
}
