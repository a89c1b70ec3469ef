import { describe, expect, it } from "vitest";
import { bundledThemes, normalizeTheme } from "shiki";
import { CODE_THEMES, foregroundColors, loadCodeTheme, type CodeThemeVariant } from "@/lib/markdown/code-themes";

/** #rgb, #rgba, #rrggbb or #rrggbbaa as sRGB channels 0-255 and alpha 0-1. */
function parseHex(color: string): { rgb: number[]; alpha: number } {
  let hex = color.replace(/^#/, "");
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

/** WCAG 2 contrast ratio; a translucent foreground is blended over the background first. */
function contrast(foreground: string, background: string): number {
  const bg = parseHex(background).rgb;
  const fg = parseHex(foreground);
  const blended = fg.rgb.map((v, i) => v * fg.alpha + bg[i] * (1 - fg.alpha));
  const [hi, lo] = [luminance(blended), luminance(bg)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

const AA = 4.5;
const below = (colors: string[], background: string) =>
  colors.filter((c) => contrast(c, background) < AA).map((c) => `${c} ${contrast(c, background).toFixed(2)}:1`);

describe("code highlighting colours", () => {
  it("computes WCAG contrast as the issue measured it", () => {
    expect(contrast("#d73a49", "#fafafa")).toBeCloseTo(4.38, 2);
    expect(contrast("#000", "#fff")).toBeCloseTo(21, 5);
  });

  it("would reject github-light, the theme that failed AA", async () => {
    const githubLight = normalizeTheme((await bundledThemes["github-light"]()).default);
    expect(below(foregroundColors(githubLight), "#fafafa")).not.toEqual([]);
  });

  it.each(Object.keys(CODE_THEMES) as CodeThemeVariant[])(
    "the %s theme paints every token at 4.5:1 or more on its code background",
    async (variant) => {
      const theme = await loadCodeTheme(variant);
      // The background the pipeline writes into each block (--shiki-*-bg) and the CSS paints.
      expect(theme.bg).toBe(CODE_THEMES[variant].background);
      expect(foregroundColors(theme).length).toBeGreaterThan(5);
      expect(below(foregroundColors(theme), theme.bg)).toEqual([]);
    },
  );
});
