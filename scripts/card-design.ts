/**
 * A fingerprint of the social card's design, for the cards' keys
 * (lib/content/cards.ts): the drawing script, the component it draws and its
 * fonts. Apart from scripts/og-card.tsx so that the content step learns it
 * without loading next/og, which only the card drawer's child process needs.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function cardDesign(projectDir = process.cwd()): string {
  const hash = crypto.createHash("sha1");
  for (const file of ["scripts/og-card.tsx", "components/OgCard.tsx", "lib/og-fonts.ts"]) {
    hash.update(fs.readFileSync(path.join(projectDir, file)));
  }
  return hash.digest("hex").slice(0, 12);
}
