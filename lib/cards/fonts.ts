/**
 * Fonts for generated social images: Noto Sans in the scripts it ships
 * (Latin, Latin Extended, Cyrillic, Greek, Vietnamese, Devanagari), so
 * non-Latin titles render as text, not as empty boxes. Loaded once per build.
 */
import fs from "node:fs";
import path from "node:path";

const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "greek-ext", "vietnamese", "devanagari"];
const FILES = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");

export type OgFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };

let fonts: OgFont[] | undefined;

export function ogFonts(): OgFont[] {
  fonts ??= ([400, 700] as const).flatMap((weight) =>
    SUBSETS.map((subset) => {
      const buffer = fs.readFileSync(path.join(FILES, `noto-sans-${subset}-${weight}-normal.woff`));
      const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
      // One name per subset: the card renderer keeps one font per name and
      // weight, and falls back to the others for the glyphs it lacks.
      return { name: subset === "latin" ? "Noto Sans" : `Noto Sans ${subset}`, data, weight, style: "normal" as const };
    }),
  );
  return fonts;
}
