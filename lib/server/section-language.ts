/**
 * The language of the 404 page. Next serves one page for every address no
 * route has (app/global-not-found.tsx) and does not tell it the address, so
 * proxy.server.ts, which sees every address outside the default language's
 * own sections, names the section's language in a request header.
 */
import { languageOfFirstSegment } from "../i18n/site";
import { decodeSegment } from "../web/slugs";
import { site } from "../../site.config";

/** The request header the proxy sets to the language of the address's section. */
export const SECTION_LANGUAGE_HEADER = "x-quire-section-language";

/** The language whose section a site path (base path removed) is in: `/fr/x` -> `fr`; the default language's otherwise. */
export function sectionLanguageOf(pathname: string): string {
  return languageOfFirstSegment(decodeSegment(pathname.split("/")[1] ?? ""));
}

/**
 * The language the 404 page is in, from the proxy's header: one of the
 * languages that have a section (`sections`, those with a published post);
 * the default language's for any other.
 */
export function notFoundLanguage(header: string | null, sections: readonly string[]): string {
  const lang = languageOfFirstSegment(header ?? "");
  return sections.includes(lang) ? lang : site.language;
}
