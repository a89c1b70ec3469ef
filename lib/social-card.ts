/**
 * A post's social card (1200×630 PNG): satori lays the card out as SVG,
 * resvg (native) rasterizes it. Fonts come from lib/og-fonts.
 */
import { createHash } from "node:crypto";
import { createElement } from "react";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import { OG_SIZE, OgCard, type OgCardProps } from "@/components/OgCard";
import { ogFonts } from "./og-fonts";

/** Bump when the card's design changes, so every stored card is redrawn. */
const DESIGN_VERSION = "1";

export async function renderSocialCard(props: OgCardProps): Promise<Buffer> {
  const svg = await satori(createElement(OgCard, props), { ...OG_SIZE, fonts: ogFonts() });
  return new Resvg(svg, { fitTo: { mode: "original" } }).render().asPng();
}

/** Changes exactly when the card's picture would: its text or its design. */
export function socialCardKey(props: OgCardProps): string {
  return createHash("sha256")
    .update(JSON.stringify([DESIGN_VERSION, props.title, props.date, props.site, props.tags]))
    .digest("hex")
    .slice(0, 16);
}
