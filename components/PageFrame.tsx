import type { ReactNode } from "react";
import { Header } from "./Header";
import { getSectionLanguages } from "@/lib/data/posts";
import { siteLanguage } from "@/lib/i18n/site";
import { switcherLinks } from "@/lib/i18n/switcher";
import { withBasePath } from "@/lib/web/urls";
import { site } from "@/site.config";

/**
 * A page's header and main column. On a site in several languages each page
 * renders its own header (not the layout) because the header's language
 * switcher links to this page's own translations, which only the page knows.
 * A one-language site has no switcher: its layout renders the header
 * (components/SiteShell.tsx), once for every page.
 */
export function PageFrame({
  lang = site.language,
  languages = {},
  children,
}: {
  lang?: string;
  /** The page in each language that has it (site paths by code): the switcher's targets. */
  languages?: Readonly<Record<string, string>>;
  children: ReactNode;
}) {
  const sections = getSectionLanguages();
  const links = switcherLinks(sections.map(siteLanguage), lang, languages).map((link) => ({
    ...link,
    href: withBasePath(link.href),
  }));
  return (
    <>
      {sections.length > 1 && <Header lang={lang} languageLinks={links} />}
      <main id="main" className="mx-auto w-full max-w-page flex-1 px-4 py-6 sm:py-10">
        {children}
      </main>
    </>
  );
}
