/**
 * The interface's typeface: Source Sans 3, self-hosted from @fontsource by
 * next/font/local (Latin subset), one variable file (29 KB) for every
 * interface and heading weight, preloaded by every page. Reading text is in
 * its companion Source Serif 4 (components/reading-font.ts).
 *
 * `display: "optional"`: a face that is not there within the first 100 ms
 * of rendering is not swapped in later, so text never reflows under the
 * reader (no layout shift, LCP never waits for a font); the next page view
 * has it from the cache. Preloading is what makes it there in time on a
 * first visit. next/font also writes a fallback face (Arial with size-adjust
 * and metric overrides) of the same size.
 */
import localFont from "next/font/local";

export const SourceSans3 = localFont({
  src: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2",
  weight: "200 900",
  style: "normal",
  display: "optional",
  adjustFontFallback: "Arial",
  variable: "--font-ui",
});

/** The class for <html>: it defines the sans variable the CSS theme reads. */
export const fontVariables = SourceSans3.variable;
