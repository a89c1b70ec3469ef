"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The header's menu below 768 px: a native <details>, so it opens and its
 * links work by keyboard, with a screen reader and without JavaScript. With
 * JavaScript it also closes on Escape (focus back on its button), on a click
 * or tap outside it, when one of its links is followed, and on every new page.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, []);
  return (
    <details
      ref={menu}
      onClick={(event) => {
        if ((event.target as Element).closest("a") && menu.current) menu.current.open = false;
      }}
      className="group relative md:hidden"
    >
      <summary className="header-control focus-ring cursor-pointer list-none group-open:bg-zinc-100 dark:group-open:bg-zinc-800 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{label}</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path className="group-open:hidden" d="M4 7h16M4 12h16M4 17h16" />
          <path className="hidden group-open:block" d="M6 6l12 12M18 6 6 18" />
        </svg>
      </summary>
      <div className="absolute right-0 top-full z-50 mt-2 w-60 rounded-lg border border-zinc-200 bg-white p-2 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        {children}
      </div>
    </details>
  );
}
