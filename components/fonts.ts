/**
 * The site's two typefaces, self-hosted from @fontsource packages by
 * next/font/local (Latin subset only): Source Sans 3, one variable file
 * (29 KB) for every interface and heading weight, and its companion Source
 * Serif 4 for reading text: one static face (20 KB), from which the browser
 * also draws bold and italic reading text, so a page's fonts stay under
 * 60 KB (each further serif face would add 20-22 KB).
 *
 * `display: "optional"`: a face that is not there within the first 100 ms
 * of rendering is not swapped in later, so text never reflows under the
 * reader (no layout shift, LCP never waits for a font); the next page view
 * has it from the cache. Preloading is what makes it there in time on a
 * first visit, so every page preloads both: a post (where shared links land)
 * then shows both faces on its first view, from one stylesheet, and a reader
 * who arrives on a list page has the serif cached for the post they open.
 * next/font also writes a fallback face (Arial / Times New Roman with
 * size-adjust and metric overrides) of the same size.
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

export const SourceSerif4 = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "optional",
  adjustFontFallback: "Times New Roman",
  variable: "--font-source-serif",
});

/** Classes for <html>: they define the font variables the CSS theme reads. */
export const fontVariables = `${SourceSans3.variable} ${SourceSerif4.variable}`;
