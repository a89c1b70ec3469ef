"use client";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { formatCount } from "@/lib/i18n/plural";
import { ENGLISH_SEARCH_LABELS, type SearchLabels } from "@/lib/search/labels";
import { servedSearchLocation, type SearchLocation } from "@/lib/web/urls";
import { Highlighted } from "./Highlighted";
import { ResultSummary } from "./ResultSummary";
import { useSearch } from "./useSearch";

/**
 * `/search?q=…` (`/fr/search?q=…`): the dialog's results as a page, with real
 * links. A route passes `searchProps(lang)` (lib/i18n/ui.ts); without them it
 * searches the default language's index under `basePath`, in English.
 */
export function SearchPage({
  basePath = "",
  location = servedSearchLocation("", basePath),
  labels = ENGLISH_SEARCH_LABELS,
  locale = labels.count.locale,
  pagePath = "/search",
}: {
  /** Only read when `location` is not given. */
  basePath?: string;
  location?: SearchLocation;
  labels?: SearchLabels;
  locale?: string;
  pagePath?: string;
}) {
  const params = useSearchParams();
  const router = useRouter();
  const [query, setQuery] = useState(params.get("q") ?? "");
  const { results, snippets, status } = useSearch(location, query, 20);
  return (
    <>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          router.replace(`${pagePath}?${new URLSearchParams({ q: query })}`);
        }}
      >
        <label htmlFor="search-page-input" className="sr-only">
          {labels.label}
        </label>
        <input
          id="search-page-input"
          type="search"
          name="q"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={labels.placeholder}
          className="w-full rounded-md border border-zinc-300 bg-transparent px-3 py-2 dark:border-zinc-700"
        />
      </form>
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {query.trim() && status === "done" ? formatCount(labels.count, results.length) : "\u00a0"}
      </p>
      <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
        {results.map((result) => (
          <li key={result.post.url} className="py-4">
            <h2 className="text-lg font-semibold">
              <Link href={result.post.url} className="hover:text-teal-800 dark:hover:text-teal-300">
                <Highlighted text={result.post.title} terms={result.hit.terms} />
              </Link>
            </h2>
            <ResultSummary result={result} snippet={snippets[result.hit.index]} locale={locale} />
          </li>
        ))}
      </ul>
    </>
  );
}
