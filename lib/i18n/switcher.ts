/**
 * The language switcher's links for one page: to the page's own translation
 * in each language that has it, else to that language's home page (never to
 * a page that does not exist).
 */
import { underPrefix } from "../web/urls";

export interface SwitcherLink {
  code: string;
  label: string;
  /** Site path (no base path). */
  href: string;
  current: boolean;
}

export function switcherLinks(
  /** The languages with a section, the default first. */
  sections: ReadonlyArray<{ code: string; label: string; isDefault: boolean }>,
  current: string,
  /** The page in each language that has it: site paths by code. */
  page: Readonly<Record<string, string>>,
): SwitcherLink[] {
  if (sections.length < 2) return [];
  return sections.map((language) => ({
    code: language.code,
    label: language.label,
    href: page[language.code] ?? underPrefix(language.isDefault ? "" : `/${language.code}`, "/"),
    current: language.code === current,
  }));
}
