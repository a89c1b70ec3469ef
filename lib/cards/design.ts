/**
 * A fingerprint of the social card's design, for the cards' keys
 * (lib/cards/plan.ts): the drawing script, the component it draws and its
 * fonts. Apart from lib/cards/draw.tsx so that the content step learns it
 * without loading next/og, which only the card drawer's child process needs.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function cardDesign(projectDir = process.cwd()): string {
  const hash = crypto.createHash("sha1");
  for (const file of ["lib/cards/draw.tsx", "components/OgCard.tsx", "lib/cards/fonts.ts"]) {
    hash.update(fs.readFileSync(path.join(projectDir, file)));
  }
  return hash.digest("hex").slice(0, 12);
}
