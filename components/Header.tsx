import Link from "next/link";
import { site } from "@/site.config";
import { localizeNav } from "@/lib/i18n/nav";
import { languagePrefix, pathIn, siteLanguage, translator } from "@/lib/i18n/site";
import { searchProps, themeLabels } from "@/lib/i18n/ui";
import { HeaderMenu } from "./HeaderMenu";
import { LanguageSwitcher, type LanguageLink } from "./LanguageSwitcher";
import { ThemeToggle } from "./ThemeToggle";
import { SearchButton } from "./search/SearchButton";

/**
 * The site's title, its sections and search in `lang`, and, given the page in
 * two languages or more (`languageLinks`), the language switcher: one row,
 * sticky, at every width. From 768 px the sections and the switcher are in
 * the row; on a phone they are in a menu beside search and the theme toggle.
 * (Both forms are in the page; CSS shows one, so one `Main` navigation is
 * ever visible or in the accessibility tree.)
 */
export function Header({ lang = site.language, languageLinks = [] }: { lang?: string; languageLinks?: LanguageLink[] }) {
  const t = translator(lang);
  const nav = localizeNav(site.nav, lang, {
    prefix: languagePrefix(lang),
    t,
    defaultLanguage: site.language,
    labels: siteLanguage(lang).navLabels,
  });
  const search = searchProps(lang);
  const switcher = languageLinks.length >= 2;
  // No prefetch on sight for the header's links: on every page they would
  // fetch four other pages (and parse them on the main thread) while this
  // one loads. A click fetches the page it opens.
  const links = (className: string) =>
    nav.map((link) => (
      <li key={link.href}>
        <Link href={link.href} prefetch={false} className={className}>
          {link.label}
        </Link>
      </li>
    ));
  return (
    <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/95 backdrop-blur supports-backdrop-filter:bg-white/85 dark:border-zinc-800 dark:bg-zinc-950/95 dark:supports-backdrop-filter:bg-zinc-950/85">
      <div className="mx-auto flex h-(--header-height) max-w-page items-center gap-1 px-4">
        <Link
          href={pathIn(lang, "/")}
          prefetch={false}
          className="focus-ring mr-auto min-w-0 truncate rounded-md text-xl font-bold tracking-tight text-zinc-900 dark:text-white"
        >
          {siteLanguage(lang).title}
        </Link>
        {switcher && <LanguageSwitcher links={languageLinks} lang={lang} className="hidden md:block" />}
        <nav aria-label={t("header.navLabel")} className="hidden md:block">
          <ul className="flex items-center text-sm font-medium">{links("header-control focus-ring h-9 whitespace-nowrap")}</ul>
        </nav>
        {/* The last icon's edge, not its touch target's, meets the column's edge. */}
        <div className="-mr-2.5 flex items-center gap-1">
          <SearchButton location={search.location} labels={search.labels} locale={search.locale} />
          <ThemeToggle labels={themeLabels(lang)} />
          <HeaderMenu label={t("header.menu")}>
            <nav aria-label={t("header.navLabel")}>
              <ul className="text-base font-medium">{links("header-control focus-ring w-full justify-start px-3")}</ul>
            </nav>
            {switcher && (
              <LanguageSwitcher links={languageLinks} lang={lang} className="mt-2 border-t border-zinc-200 pt-2 dark:border-zinc-700" />
            )}
          </HeaderMenu>
        </div>
      </div>
    </header>
  );
}
