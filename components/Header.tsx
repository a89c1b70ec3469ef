import Link from "next/link";
import { site } from "@/site.config";
import { localizeNav } from "@/lib/i18n/nav";
import { languagePrefix, pathIn, siteLanguage, translator } from "@/lib/i18n/site";
import { searchProps, themeLabels } from "@/lib/i18n/ui";
import { LanguageSwitcher, type LanguageLink } from "./LanguageSwitcher";
import { ThemeToggle } from "./ThemeToggle";
import { SearchButton } from "./search/SearchButton";

/**
 * The site's title, its sections and search in `lang`, and, given the page in
 * two languages or more (`languageLinks`), the language switcher.
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
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-4">
        {/* The title and the switcher share the first line on a phone. */}
        <div className="flex flex-wrap items-center gap-x-3">
          {/* No prefetch on sight for the header's links: on every page they would
              fetch four other pages (and parse them on the main thread) while
              this one loads. A click fetches the page it opens. */}
          <Link href={pathIn(lang, "/")} prefetch={false} className="text-xl font-bold tracking-tight text-zinc-900 dark:text-white">
            {siteLanguage(lang).title}
          </Link>
          {languageLinks.length >= 2 && <LanguageSwitcher links={languageLinks} lang={lang} />}
        </div>
        {/* Wraps on a phone: every link, search and the theme toggle stay on screen. */}
        <nav aria-label={t("header.navLabel")} className="-mx-2 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm font-medium sm:mx-0">
          {nav.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              prefetch={false}
              className="rounded-md px-2 py-2 text-zinc-700 sm:px-3 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
            >
              {link.label}
            </Link>
          ))}
          <SearchButton location={search.location} labels={search.labels} locale={search.locale} />
          <ThemeToggle labels={themeLabels(lang)} />
        </nav>
      </div>
    </header>
  );
}
