/**
 * Draws a post's social card (components/OgCard.tsx) to PNG with next/og,
 * for the content step (lib/content/cards.ts), which decides what to draw.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { OG_SIZE, OgCard } from "../components/OgCard";
import { ogFonts } from "../lib/og-fonts";
import type { CardProps } from "../lib/content/cards";

export async function drawCard(props: CardProps): Promise<Uint8Array> {
  const response = new ImageResponse(<OgCard {...props} />, { ...OG_SIZE, fonts: ogFonts() });
  return new Uint8Array(await response.arrayBuffer());
}

/** A fingerprint of the card's design: this file and the component it draws. */
export function cardDesign(projectDir = process.cwd()): string {
  const hash = crypto.createHash("sha1");
  for (const file of ["scripts/og-card.tsx", "components/OgCard.tsx", "lib/og-fonts.ts"]) {
    hash.update(fs.readFileSync(path.join(projectDir, file)));
  }
  return hash.digest("hex").slice(0, 12);
}
