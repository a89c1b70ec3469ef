/**
 * The reading serif's file, preloaded by the pages that show reading text
 * (posts and standalone pages import this module). The face itself is
 * declared once for every page in components/fonts.ts; this declaration
 * names the same file and family (`SourceSerif4`), so a page that imports it
 * gets a `<link rel="preload">` for that file and the browser fetches it once.
 */
import localFont from "next/font/local";

export const SourceSerif4 = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "optional",
  preload: true,
  adjustFontFallback: false,
  declarations: [{ prop: "font-family", value: "SourceSerif4" }],
});
