/**
 * Counted messages filled in the browser: a server component passes a
 * message's plural forms (lib/i18n/site.ts `pluralMessage`), a client
 * component fills `{count}` here with the language's plural rules. Imports
 * nothing, so client bundles stay free of the dictionaries and site settings.
 */

/** A message's plural forms (Intl.PluralRules categories), `other` always present. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The forms of one message and the locale whose rules choose among them. */
export interface PluralMessage {
  forms: PluralForms;
  locale: string;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * `{count}` filled in the form `count` takes in the message's locale ("1 result",
 * "0 résultat"), written as the server's `t` writes it; other slots stay as written.
 */
export function formatCount(message: PluralMessage, count: number): string {
  let pluralRules = rules.get(message.locale);
  if (!pluralRules) rules.set(message.locale, (pluralRules = new Intl.PluralRules(message.locale)));
  const form = message.forms[pluralRules.select(count)] ?? message.forms.other;
  return form.replace(/\{count\}/g, String(count));
}
