/**
 * The site's languages: how `site.config.ts` declares them, how they resolve,
 * and which language a post is in (its `.<lang>.md` file suffix, its `lang:`
 * front matter field, or else the default language).
 */

/** One language as `site.config.ts` declares it. */
export interface LanguageSettings {
  /** Its own name, shown in the language switcher ("Français"). */
  label: string;
  /** BCP 47 locale for dates and numbers ("fr-FR"); default: the language's code. */
  locale?: string;
  /** The site's title and description in this language; default: the site's. */
  title?: string;
  description?: string;
  /**
   * The header's other links in this language, by the href `nav` gives them
   * (`{ "/about": "À propos" }`); the site's own sections (`/blog`, `/tags`...)
   * are translated by the dictionary. Default: as `nav` writes them.
   */
  navLabels?: Readonly<Record<string, string>>;
}

/** A language as the rest of Quire reads it: every default applied. */
export interface Language {
  /** The code: `<html lang>`, the `/<code>/` URL prefix, the `.<code>.md` file suffix. */
  code: string;
  label: string;
  locale: string;
  title: string;
  description: string;
  /** The default language's URLs have no prefix. */
  isDefault: boolean;
  /** Labels of the header's configured links in this language, by href. */
  navLabels: Readonly<Record<string, string>>;
}

/** What a post's language is checked against: the declared codes, the default first. */
export interface LanguageRules {
  defaultLanguage: string;
  codes: readonly string[];
}

/** A code is a URL segment and a file suffix: `fr`, `pt-br`, `zh-hant`. */
const CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/**
 * The declared languages, the default first, then in the order written. With
 * no `languages` the site has one, `language`, labelled by its code.
 */
export function resolveLanguages(
  defaultCode: string,
  declared: Readonly<Record<string, LanguageSettings>> | undefined,
  fallback: { title: string; description: string },
): Language[] {
  const entries = Object.entries(declared ?? { [defaultCode]: { label: defaultCode } });
  if (!entries.some(([code]) => code === defaultCode)) {
    throw new Error(
      `site.config.ts: languages: the default language "${defaultCode}" (language) is not declared (declared: ${entries.map(([c]) => c).join(", ")})`,
    );
  }
  const languages = entries.map(([code, settings]): Language => {
    if (!CODE.test(code)) {
      throw new Error(`site.config.ts: languages: "${code}" is not a usable language code (lowercase, such as "fr" or "pt-br")`);
    }
    const locale = settings.locale ?? code;
    try {
      Intl.getCanonicalLocales(locale);
    } catch {
      throw new Error(`site.config.ts: languages: ${code}: locale "${locale}" is not a BCP 47 locale`);
    }
    if (!settings.label?.trim()) throw new Error(`site.config.ts: languages: ${code}: label is required`);
    return {
      code,
      label: settings.label,
      locale,
      title: settings.title ?? fallback.title,
      description: settings.description ?? fallback.description,
      isDefault: code === defaultCode,
      navLabels: settings.navLabels ?? {},
    };
  });
  return [...languages.filter((l) => l.isDefault), ...languages.filter((l) => !l.isDefault)];
}

export function languageRules(languages: readonly Pick<Language, "code" | "isDefault">[]): LanguageRules {
  return { defaultLanguage: languages.find((l) => l.isDefault)?.code ?? languages[0].code, codes: languages.map((l) => l.code) };
}

const POST_EXTENSION = /\.(md|mdx)$/i;
/** `name.<suffix>.md`: the part between the last two dots. */
const SUFFIX = /\.([A-Za-z0-9-]+)\.(md|mdx)$/i;

/** The declared code a post file's suffix names (`x.fr.md` -> `fr`), if any. */
export function languageSuffix(relPath: string, rules: LanguageRules): string | undefined {
  const suffix = SUFFIX.exec(relPath)?.[1].toLowerCase();
  return suffix && rules.codes.includes(suffix) ? suffix : undefined;
}

/**
 * The post's path without its language suffix: `2014/x.fr.md` -> `2014/x.md`.
 * Only a declared code is a suffix; `notes-2.7.md` keeps its name.
 */
export function withoutLanguageSuffix(relPath: string, rules: LanguageRules): string {
  const lang = languageSuffix(relPath, rules);
  return lang ? relPath.replace(SUFFIX, ".$2") : relPath;
}

/**
 * Whether a suffix names a real language this site does not declare
 * (`x.de.md` on an English and French site). Two-letter codes only: a
 * three-letter suffix is far more often part of a name (`notes.old.md`).
 */
function undeclaredLanguage(suffix: string): boolean {
  if (!/^[a-z]{2}(?:-[a-z0-9]{2,8})*$/i.test(suffix)) return false;
  try {
    return new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(suffix) !== undefined;
  } catch {
    return false;
  }
}

export type PostLanguage = { lang: string; problem?: undefined } | { lang?: undefined; problem: string };

/**
 * A post's language: its `lang:` field, else its file suffix, else the
 * default. A problem (the message of a `lang` content problem) when the field
 * names no declared language, contradicts the suffix, or the suffix names a
 * real language the site does not declare (a `lang:` field keeps such a
 * suffix as part of the name).
 */
export function postLanguage(relPath: string, field: unknown, rules: LanguageRules): PostLanguage {
  const allowed = `allowed: ${rules.codes.join(", ")}`;
  const suffix = languageSuffix(relPath, rules);
  if (field !== undefined && field !== null && field !== "") {
    if (typeof field !== "string") return { problem: `must be a language code (${allowed}), got ${JSON.stringify(field)}` };
    const code = rules.codes.find((c) => c === field.trim().toLowerCase());
    if (!code) return { problem: `"${field}" is not a language of this site (${allowed})` };
    if (suffix && suffix !== code) return { problem: `"${field}" contradicts the file name's ".${suffix}" suffix` };
    return { lang: code };
  }
  if (suffix) return { lang: suffix };
  const written = SUFFIX.exec(relPath)?.[1];
  if (written && POST_EXTENSION.test(relPath) && undeclaredLanguage(written)) {
    return { problem: `the file name's ".${written}" suffix is not a language of this site (${allowed})` };
  }
  return { lang: rules.defaultLanguage };
}
