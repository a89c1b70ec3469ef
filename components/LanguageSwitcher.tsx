import { translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** One language of the page: its label in itself ("Français"), and the page in it. */
export interface LanguageLink {
  code: string;
  label: string;
  /** Final: absolute path with the base path, as the caller built it. */
  href: string;
  current: boolean;
}

/**
 * The page in each of the site's languages: plain links that work without
 * JavaScript. Plain <a>, not next/link: another language has its own root
 * layout (`<html lang>`), so a full page load is what crossing over takes.
 * The current language is named for screen readers only (the page itself
 * is in it); the others are shown, so the header keeps one line on a wide
 * screen in every language.
 */
export function LanguageSwitcher({
  links,
  lang = site.language,
  className = "",
}: {
  links: readonly LanguageLink[];
  lang?: string;
  className?: string;
}) {
  return (
    <nav aria-label={translator(lang)("language.switcherLabel")} className={`text-sm ${className}`}>
      <ul className="flex items-center gap-x-1">
        {links.map((link) => (
          <li key={link.code}>
            {link.current ? (
              <span
                aria-current="true"
                lang={link.code}
                className="sr-only"
              >
                {link.label}
              </span>
            ) : (
              <a
                href={link.href}
                hrefLang={link.code}
                lang={link.code}
                className="header-control focus-ring h-9 px-2"
              >
                {link.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
