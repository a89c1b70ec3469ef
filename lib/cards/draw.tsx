/**
 * Draws a post's social card (components/OgCard.tsx) to PNG with next/og,
 * for the content step (lib/cards/plan.ts), which decides what to draw.
 */
import { ImageResponse } from "next/og";
import { OG_SIZE, OgCard } from "../../components/OgCard";
import { ogFonts } from "./fonts";
import type { CardProps } from "./plan";

export async function drawCard(props: CardProps): Promise<Uint8Array> {
  const response = new ImageResponse(<OgCard {...props} />, { ...OG_SIZE, fonts: ogFonts() });
  return new Uint8Array(await response.arrayBuffer());
}
