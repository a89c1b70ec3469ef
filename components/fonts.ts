/**
 * The site's two typefaces, self-hosted from @fontsource packages by
 * next/font/local (Latin subset only): Inter, one variable file for every UI
 * and heading weight, and Source Serif 4 for reading text.
 *
 * `display: "optional"` with a preload: a face that is not there within
 * the first 100 ms of rendering is not swapped in later, so text never
 * reflows under the reader (no layout shift, LCP never waits for a font);
 * the next page view has it from the cache. next/font also writes a
 * fallback face (Arial / Times New Roman with size-adjust and metric
 * overrides) so the fallback occupies the same space.
 *
 * Only the faces nearly every page paints are preloaded (Inter, serif
 * regular). The serif's italic and bold share its family name through
 * `declarations` but load only when a page uses them.
 */
import localFont from "next/font/local";


export const InterVariable = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "optional",
  adjustFontFallback: "Arial",
  variable: "--font-inter",
});

export const SourceSerif4 = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "optional",
  adjustFontFallback: "Times New Roman",
  declarations: [{ prop: "font-family", value: "SourceSerif4" }],
  variable: "--font-source-serif",
});

/**
 * The same family: next/font names a family after its variable, so the
 * shared name is `SourceSerif4` (a literal: next/font takes nothing else).
 * Loaded on first use, not preloaded.
 */
export const SourceSerif4Extras = localFont({
  src: [
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2", weight: "700", style: "normal" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-italic.woff2", weight: "700", style: "italic" },
  ],
  display: "optional",
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: "font-family", value: "SourceSerif4" }],
});

/** Classes for <html>: they define the font variables the CSS theme reads. */
export const fontVariables = `${InterVariable.variable} ${SourceSerif4.variable}`;
