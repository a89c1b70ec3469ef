/**
 * The language of the 404 page. Next serves one page for every address no
 * route has (app/global-not-found.tsx) and does not tell it the address, so
 * proxy.server.ts, which sees every address outside the default language's
 * own sections, names the section's language in a request header.
 */
import { isOtherLanguage } from "../i18n/site";
import { site } from "../../site.config";

/** The request header the proxy sets to the language of the address's section. */
export const SECTION_LANGUAGE_HEADER = "x-quire-section-language";

/** The language whose section a site path (base path removed) is in: `/fr/x` -> `fr`; the default language's otherwise. */
export function sectionLanguageOf(pathname: string): string {
  const first = pathname.split("/")[1] ?? "";
  let segment: string;
  try {
    segment = decodeURIComponent(first).normalize("NFC");
  } catch {
    return site.language;
  }
  return isOtherLanguage(segment) ? segment : site.language;
}

/** The language the 404 page is in, from the proxy's header: only one of the site's languages counts. */
export function notFoundLanguage(header: string | null): string {
  return header && isOtherLanguage(header) ? header : site.language;
}
