"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Highlighted } from "./Highlighted";
import { ResultSummary } from "./ResultSummary";
import { useSearch } from "./useSearch";
import type { SearchLabels } from "@/lib/search/labels";
import type { SearchLocation } from "@/lib/web/urls";

/**
 * The search dialog: loaded (with the index) only when first opened. Type to
 * search, arrows to move, Enter to open, Escape or the close button to close.
 * The keys are named under the results for a keyboard, not on a touch screen.
 */
export default function SearchDialog({
  location,
  labels,
  locale,
  takeTyped,
  onClose,
}: {
  /** The language's index, paths under the base path. */
  location: SearchLocation;
  labels: SearchLabels;
  /** How result dates are written. */
  locale: string;
  /** What the reader typed before this dialog finished loading. */
  takeTyped: () => string;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const { results, snippets, status } = useSearch(location, query);
  const id = useId();

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    // Now that the input has focus, take over what was typed while loading.
    const early = takeTyped();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one-time hand-over from the opener on mount
    if (early) setQuery(early);
  }, [takeTyped]);

  const open = (index: number) => {
    const result = results[index];
    if (!result) return;
    onClose();
    router.push(result.post.url);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      open(active);
    }
  };

  const activeIndex = Math.min(active, Math.max(results.length - 1, 0));
  const message = status === "error" ? labels.unavailable : query.trim() && status === "done" && results.length === 0 ? labels.noMatch : "";
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && dialog.current.close()}
      aria-label={labels.label}
      className="mx-auto mt-[10vh] w-[min(42rem,calc(100vw-2rem))] rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex items-center gap-2 border-b border-zinc-200 p-2 pl-3 dark:border-zinc-700">
        <input
          type="search"
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder={labels.placeholder}
          aria-label={labels.label}
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={`${id}-results`}
          aria-activedescendant={results.length ? `${id}-${activeIndex}` : undefined}
          aria-autocomplete="list"
          className="min-w-0 flex-1 rounded-md bg-transparent px-2 py-2 text-base outline-none placeholder:text-zinc-500 [&::-webkit-search-cancel-button]:appearance-none"
        />
        <button type="button" onClick={() => dialog.current?.close()} aria-label={labels.close} className="header-control focus-ring shrink-0">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M6 6l12 12M18 6 6 18" />
          </svg>
        </button>
      </div>
      <ul id={`${id}-results`} role="listbox" aria-label={labels.results} className="max-h-[60vh] overflow-y-auto p-2 empty:hidden">
        {results.map((result, i) => (
          <li
            key={result.post.url}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === activeIndex}
            onClick={() => open(i)}
            onMouseMove={() => setActive(i)}
            className={`cursor-pointer rounded-md px-3 py-2 ${i === activeIndex ? "bg-zinc-100 dark:bg-zinc-800" : ""}`}
          >
            <span className="block font-medium">
              <Highlighted text={result.post.title} terms={result.hit.terms} />
            </span>
            <ResultSummary result={result} snippet={snippets[result.hit.index]} locale={locale} />
          </li>
        ))}
      </ul>
      <div className="text-xs text-zinc-600 dark:text-zinc-400">
        <p aria-live="polite" className="border-zinc-200 not-empty:border-t not-empty:px-4 not-empty:py-2 dark:border-zinc-700">
          {message}
        </p>
        {!message && <p className="border-t border-zinc-200 px-4 py-2 pointer-coarse:hidden dark:border-zinc-700">{labels.keys}</p>}
      </div>
    </dialog>
  );
}
