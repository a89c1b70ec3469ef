import { describe, expect, it } from "vitest";
import type { ThemeRegistrationResolved } from "shiki";
import { CODE_THEMES, adaptTheme, loadCodeTheme, type CodeThemeVariant } from "@/lib/markdown/code-themes";
import { AA_TEXT_CONTRAST, contrastRatio as contrast } from "@/lib/markdown/contrast";

/** Every colour a token can be painted in: the default foreground and each rule's. */
function foregroundColors(theme: ThemeRegistrationResolved): string[] {
  const colors = new Set<string>([theme.fg]);
  for (const rule of theme.settings) if (rule.settings?.foreground) colors.add(rule.settings.foreground);
  // normalizeTheme stands placeholders in for colours that are not hex.
  return [...colors].map((color) => theme.colorReplacements?.[color] ?? color);
}

const below = (colors: string[], background: string) =>
  colors.filter((c) => contrast(c, background) < AA_TEXT_CONTRAST).map((c) => `${c} ${contrast(c, background).toFixed(2)}:1`);

describe("code highlighting colours", () => {
  it("computes WCAG contrast as the issue measured it", () => {
    expect(contrast("#d73a49", "#fafafa")).toBeCloseTo(4.38, 2);
    expect(contrast("#000", "#fff")).toBeCloseTo(21, 5);
    expect(contrast("#fff", "#000")).toBeCloseTo(21, 5);
    // Half-transparent black on white is mid grey.
    expect(contrast("#00000080", "#ffffff")).toBeCloseTo(contrast("#7f7f7f", "#ffffff"), 1);
  });

  it("would reject github-light on #fafafa, the pair that failed AA", async () => {
    const githubLight = await adaptTheme("github-light", "#fafafa");
    expect(below(foregroundColors(githubLight), "#fafafa")).toContain("#d73a49 4.38:1");
  });

  it("keeps diff colours, which stay readable without their own background", async () => {
    const light = await loadCodeTheme("light");
    expect(light.settings.some((rule) => [rule.scope].flat().includes("markup.inserted"))).toBe(true);
    expect(light.settings.some((rule) => [rule.scope].flat().includes("markup.ignored"))).toBe(false);
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
