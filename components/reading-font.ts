/**
 * Source Serif 4, the reading face: one static file (Latin, regular, 20 KB),
 * from which the browser also draws bold and italic reading text, so a post's
 * fonts stay under 60 KB (each further face would add 20-22 KB).
 *
 * Declared here, apart from the interface's sans (components/fonts.ts), and
 * used only through `proseClass` (components/prose.ts): Next preloads a face
 * on the pages whose modules declare it, so the pages that show reading text
 * (posts, standalone pages) preload it and list pages do not pay for it.
 * `display: "optional"` as for the sans: text never reflows when it arrives.
 */
import localFont from "next/font/local";

export const SourceSerif4 = localFont({
  src: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2",
  weight: "400",
  style: "normal",
  display: "optional",
  adjustFontFallback: "Times New Roman",
  variable: "--font-source-serif",
});
