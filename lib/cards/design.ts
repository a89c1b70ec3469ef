/**
 * A fingerprint of the social card's design, for the cards' keys
 * (lib/cards/plan.ts): the drawing script, the component it draws and its
 * fonts. Apart from lib/cards/draw.tsx so that the content step learns it
 * without loading next/og, which only the card drawer's child process needs.
 */
import fs from "node:fs";
import path from "node:path";
import { hashOf } from "../build/cache";

const DESIGN_FILES = ["lib/cards/draw.tsx", "components/OgCard.tsx", "lib/cards/fonts.ts"];

export function cardDesign(projectDir = process.cwd()): string {
  return hashOf(...DESIGN_FILES.map((file) => fs.readFileSync(path.join(projectDir, file)))).slice(0, 12);
}
