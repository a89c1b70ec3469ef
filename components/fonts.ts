/**
 * The site's two typefaces, self-hosted from @fontsource packages by
 * next/font/local (Latin subset only): Source Sans 3, one variable file
 * (29 KB) for every interface and heading weight, and its companion Source
 * Serif 4 for reading text (one static face, 20 KB; bold and italic reading
 * text are drawn from it by the browser, which keeps a post's fonts under
 * 60 KB: each further serif face would add 20-22 KB).
 *
 * `display: "optional"`: a face that is not there within the first 100 ms
 * of rendering is not swapped in later, so text never reflows under the
 * reader (no layout shift, LCP never waits for a font); the next page view
 * has it from the cache. Preloading is what makes it there in time on a
 * first visit: every page preloads the sans, and the pages that show reading
 * text also preload the serif (components/reading-font.ts). next/font also
 * writes a fallback face (Arial / Times New Roman with size-adjust and
 * metric overrides) of the same size.
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

/** Not preloaded here: list pages show no serif text and would pay 20 KB for it. */
export const SourceSerif4 = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "optional",
  preload: false,
  adjustFontFallback: "Times New Roman",
  declarations: [{ prop: "font-family", value: "SourceSerif4" }],
  variable: "--font-source-serif",
});

/** Classes for <html>: they define the font variables the CSS theme reads. */
export const fontVariables = `${SourceSans3.variable} ${SourceSerif4.variable}`;
