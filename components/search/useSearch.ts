"use client";
import { useEffect, useState } from "react";
import { loadSnippet, search, type SearchResult } from "@/lib/search/client";
import type { SearchLocation } from "@/lib/web/urls";

export interface SearchState {
  query: string;
  results: SearchResult[];
  snippets: Record<number, string>;
  status: "idle" | "loading" | "done" | "error";
}

/** Results for `query` in the index at `location`, updated as the reader types; snippets follow for the top hits. */
export function useSearch(location: SearchLocation, query: string, snippetCount = 8): SearchState {
  // The location arrives as a fresh object with each render: the effect follows its paths.
  const { manifest, files } = location;
  const [state, setState] = useState<SearchState>({ query: "", results: [], snippets: {}, status: "idle" });
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      if (!query.trim()) {
        setState({ query, results: [], snippets: {}, status: "idle" });
        return;
      }
      try {
        const results = await search({ manifest, files }, query);
        if (cancelled) return;
        setState({ query, results, snippets: {}, status: "done" });
        results.slice(0, snippetCount).forEach(async (result) => {
          const text = await loadSnippet({ manifest, files }, result);
          if (!cancelled) {
            setState((s) => (s.query === query ? { ...s, snippets: { ...s.snippets, [result.hit.index]: text } } : s));
          }
        });
      } catch {
        if (!cancelled) setState({ query, results: [], snippets: {}, status: "error" });
      }
    }, 60);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [manifest, files, query, snippetCount]);
  return state;
}
