"use client";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { SearchLabels } from "@/lib/search/labels";
import type { SearchLocation } from "@/lib/web/urls";

// The dialog and the index load on first use, not with the page.
const SearchDialog = lazy(() => import("./SearchDialog"));

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/**
 * Opens search from the header, with `/` and with Ctrl/Cmd+K on every page:
 * the index of the page's language (`location`), its strings and locale
 * given by the server parent (lib/i18n/ui.ts `searchProps`).
 */
export function SearchButton({ location, labels, locale }: { location: SearchLocation; labels: SearchLabels; locale: string }) {
  const [open, setOpen] = useState(false);
  // Keys typed while the dialog's code is still loading are kept for it.
  const typed = useRef({ text: "", capturing: false });
  const takeTyped = useCallback(() => {
    typed.current.capturing = false;
    return typed.current.text;
  }, []);
  useEffect(() => {
    if (!open) return;
    typed.current = { text: "", capturing: true };
    const onKeyDown = (event: KeyboardEvent) => {
      const buffer = typed.current;
      if (!buffer.capturing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length === 1) buffer.text += event.key;
      else if (event.key === "Backspace") buffer.text = buffer.text.slice(0, -1);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [open]);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = (event.key === "k" || event.key === "K") && (event.metaKey || event.ctrlKey);
      if (shortcut || (event.key === "/" && !isTyping(event.target) && !event.metaKey && !event.ctrlKey)) {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    // Marks the moment the shortcuts work (after hydration), for tests and tools.
    button.current?.setAttribute("data-shortcuts", "ready");
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="/ Control+K Meta+K"
        className="header-control focus-ring text-sm font-medium"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="11" cy="11" r="7" />
          <path strokeLinecap="round" d="m20 20-3.5-3.5" />
        </svg>
        {/* Named in the row on a phone; from 768 px, where the sections share the row, the icon and its key. */}
        <span className="md:sr-only">{labels.button}</span>
        {/* The shortcut, for a keyboard: not on a touch screen. */}
        <kbd className="hidden rounded border border-zinc-300 px-1 text-xs text-zinc-600 sm:inline pointer-coarse:hidden dark:border-zinc-600 dark:text-zinc-400">/</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog location={location} labels={labels} locale={locale} takeTyped={takeTyped} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
