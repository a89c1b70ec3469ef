/**
 * What the search components (components/search, client components) are given by their server
 * parent: where the language's index is, its strings and its locale. Plain
 * data, no imports of the dictionaries or site settings (client bundles stay
 * small); lib/i18n/ui.ts `searchProps(lang)` builds it on the server.
 */
import type { PluralMessage } from "../i18n/plural";
import type { SearchLocation } from "../web/urls";

export interface SearchLabels {
  /** The header button: "Search". */
  button: string;
  /** The dialog's and the input's accessible name: "Search posts". */
  label: string;
  placeholder: string;
  /** The dialog's list of results. */
  results: string;
  unavailable: string;
  noMatch: string;
  /** The dialog's keyboard help (not shown on touch screens). */
  keys: string;
  /** The dialog's close button. */
  close: string;
  /** "{count} results", in its plural forms, filled in the browser. */
  count: PluralMessage;
}

export interface SearchProps {
  /** The language's index, paths under the base path (lib/web/urls `servedSearchLocation`). */
  location: SearchLocation;
  labels: SearchLabels;
  /** How result dates are written ("fr-FR"). */
  locale: string;
  /** The language's search page, without the base path (`/search`, `/fr/search`): where the page's form goes. */
  pagePath: string;
}

/**
 * The default language's strings in English: SearchPage's default when it
 * is given none (the routes pass `searchProps(lang)`); a unit test holds them
 * equal to the English dictionary.
 */
export const ENGLISH_SEARCH_LABELS: SearchLabels = {
  button: "Search",
  label: "Search posts",
  placeholder: "Search posts…",
  results: "Results",
  unavailable: "Search is unavailable right now.",
  noMatch: "No posts match.",
  keys: "↑ ↓ to move · Enter to open · Esc to close",
  close: "Close",
  count: { forms: { one: "{count} result", other: "{count} results" }, locale: "en" },
};
