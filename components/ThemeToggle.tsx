"use client";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** The button's accessible names, translated by the server parent (Header). */
export interface ThemeToggleLabels {
  toLight: string;
  toDark: string;
  /** Before hydration, when the theme is not known yet. */
  toggle: string;
}

/** Switches between light and dark; the first paint follows the system. */
export function ThemeToggle({ labels }: { labels: ThemeToggleLabels }) {
  const { resolvedTheme, setTheme } = useTheme();
  // The theme is only known in the browser: render a neutral button on the server.
  const mounted = useSyncExternalStore(subscribe, () => true, () => false);
  const dark = mounted && resolvedTheme === "dark";
  return (
    <button
      type="button"
      onClick={() => setTheme(dark ? "light" : "dark")}
      className="header-control focus-ring"
      aria-label={mounted ? (dark ? labels.toLight : labels.toDark) : labels.toggle}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        {dark ? (
          <path strokeLinecap="round" strokeLinejoin="round" d="M12 3v2m0 14v2m9-9h-2M5 12H3m15.36 6.36-1.41-1.41M7.05 7.05 5.64 5.64m12.72 0-1.41 1.41M7.05 16.95l-1.41 1.41M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0Z" />
        ) : (
          <path strokeLinecap="round" strokeLinejoin="round" d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
        )}
      </svg>
    </button>
  );
}
