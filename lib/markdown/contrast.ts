/** WCAG 2 contrast between two colours written as hex (#rgb, #rgba, #rrggbb, #rrggbbaa). */

/** The least contrast WCAG AA asks of body text. */
export const AA_TEXT_CONTRAST = 4.5;

function parseHex(color: string): { rgb: number[]; alpha: number } {
  let hex = color.trim().replace(/^#/, "");
  if (!/^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(hex)) throw new Error(`not a hex colour: ${color}`);
  if (hex.length <= 4) hex = [...hex].map((c) => c + c).join("");
  const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return { rgb, alpha: hex.length === 8 ? parseInt(hex.slice(6, 8), 16) / 255 : 1 };
}

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 to 21. A translucent foreground is blended over the (opaque) background first. */
export function contrastRatio(foreground: string, background: string): number {
  const bg = parseHex(background).rgb;
  const fg = parseHex(foreground);
  const blended = fg.rgb.map((v, i) => v * fg.alpha + bg[i] * (1 - fg.alpha));
  const [high, low] = [luminance(blended), luminance(bg)].sort((a, b) => b - a);
  return (high + 0.05) / (low + 0.05);
}
