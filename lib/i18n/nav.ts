/**
 * The header's links in one language. The site's own sections move under the
 * language's prefix and take the dictionary's label; any other configured
 * link (an About page, an external site) keeps its address, since it exists
 * once, and takes the language's own label when the config gives one. Pure: the caller passes the prefix and the language's `t`.
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
  /** The language's own labels for other links, by href (site.config.ts `languages.<code>.navLabels`). */
  labels?: Readonly<Record<string, string>>;
}

/**
 * `nav` for readers of `lang`. The default language's nav is returned as
 * configured (labels included); in another language `/blog` becomes
 * `/fr/blog`, labelled `t("nav.blog")`.
 */
export function localizeNav(nav: readonly NavLink[], lang: string, { prefix, t, defaultLanguage, labels = {} }: LocalizeNavOptions): NavLink[] {
  const isDefault = defaultLanguage === undefined ? prefix === "" : lang === defaultLanguage;
  if (isDefault) return [...nav];
  return nav.map((link) => {
    const key = Object.hasOwn(SECTION_LABELS, link.href) ? SECTION_LABELS[link.href] : undefined;
    if (key) return { label: t(key), href: `${prefix}${link.href}` };
    return Object.hasOwn(labels, link.href) ? { ...link, label: labels[link.href] } : link;
  });
}
