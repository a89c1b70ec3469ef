/**
 * The site's two typefaces, self-hosted from @fontsource packages by
 * next/font/local (Latin subset only): Source Sans 3, one variable file
 * (29 KB) for every interface and heading weight, and its companion Source
 * Serif 4 for reading text (static faces, 20-22 KB each).
 *
 * `display: "optional"`: a face that is not there within the first 100 ms
 * of rendering is not swapped in later, so text never reflows under the
 * reader (no layout shift, LCP never waits for a font); the next page view
 * has it from the cache. next/font also writes a fallback face (Arial /
 * Times New Roman with size-adjust and metric overrides) of the same size.
 *
 * Only the sans is preloaded: every page paints it. List pages show no serif
 * text, and preloading it would cost them 20 KB they never use; a post
 * requests it as soon as its stylesheet is parsed. (Post pages get no font
 * preload at all under Next 16.4: their route file is `page.all.tsx` /
 * `page.isr.tsx`, and Next looks the preloads up under `page.all`, while
 * Turbopack records them under `page`.)
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
  preload: false,
  adjustFontFallback: "Times New Roman",
  declarations: [{ prop: "font-family", value: "SourceSerif4" }],
  variable: "--font-source-serif",
});

/**
 * The same family: next/font names a family after its variable, so the
 * shared name is `SourceSerif4` (a literal: next/font takes nothing else).
 * Loaded on first use.
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
export const fontVariables = `${SourceSans3.variable} ${SourceSerif4.variable}`;
