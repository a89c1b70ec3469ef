/**
 * The header's links in one language. The site's own sections move under the
 * language's prefix and take the dictionary's label; any other configured
 * link (an About page, an external site) is kept as written, since it exists
 * once. Pure: the caller passes the prefix and the language's `t`.
 */
import type { NavLink } from "../../site.config";
import type { MessageKey } from "./dictionary";

/** The built-in sections a nav link may point at, and the label each takes in another language. */
export const SECTION_LABELS: Readonly<Record<string, MessageKey>> = {
  "/blog": "nav.blog",
  "/archive": "nav.archive",
  "/tags": "nav.tags",
  "/categories": "nav.categories",
};

export interface LocalizeNavOptions {
  /** The language's URL prefix: "" for the default language, `/fr` for French. */
  prefix: string;
  t: (key: MessageKey) => string;
  /** The site's default language; without it, the language with no prefix is the default. */
  defaultLanguage?: string;
}

/**
 * `nav` for readers of `lang`. The default language's nav is returned as
 * configured (labels included); in another language `/blog` becomes
 * `/fr/blog`, labelled `t("nav.blog")`.
 */
export function localizeNav(nav: readonly NavLink[], lang: string, { prefix, t, defaultLanguage }: LocalizeNavOptions): NavLink[] {
  const isDefault = defaultLanguage === undefined ? prefix === "" : lang === defaultLanguage;
  if (isDefault) return [...nav];
  return nav.map((link) => {
    const key = Object.hasOwn(SECTION_LABELS, link.href) ? SECTION_LABELS[link.href] : undefined;
    return key ? { label: t(key), href: `${prefix}${link.href}` } : link;
  });
}
