/**
 * The two Shiki themes code blocks are highlighted with, and the background
 * each is painted on: one place, read by the pipeline (which writes the colours
 * into every block as --shiki-light/-dark and --shiki-light-bg/-dark-bg, the
 * only colours app/globals.css uses for code) and by the contrast unit test.
 *
 * github-light-default and github-dark-default keep every token at 4.5:1 or
 * more on these backgrounds (WCAG AA); github-light did not (#d73a49 keywords
 * on #fafafa are 4.38:1, its orange variables 3.49:1 even on white).
 */
import { bundledThemes, normalizeTheme, type BundledTheme, type ThemeRegistrationResolved } from "shiki";
import { AA_TEXT_CONTRAST, contrastRatio } from "./contrast";

export const CODE_THEMES = {
  light: { theme: "github-light-default", background: "#ffffff" },
  dark: { theme: "github-dark-default", background: "#18181b" }, // Tailwind zinc-900, the site's dark surface
} as const;

export type CodeThemeVariant = keyof typeof CODE_THEMES;

/**
 * A theme as the pipeline uses it: Shiki's, on our background. Shiki paints
 * token foregrounds only, never a rule's own background, so a rule whose text
 * was meant for a chip of its own (GitHub's `markup.ignored`: #eaeef2 on blue)
 * is dropped when that text is unreadable on our background; those tokens take
 * the colour of the scope around them. Rules without a background of their own
 * are kept as they are: the unit test holds them to AA.
 */
export function loadCodeTheme(variant: CodeThemeVariant): Promise<ThemeRegistrationResolved> {
  const { theme, background } = CODE_THEMES[variant];
  return adaptTheme(theme, background);
}

/** Any bundled theme adapted as above (the test shows what it does to others). */
export async function adaptTheme(theme: BundledTheme, background: string): Promise<ThemeRegistrationResolved> {
  const base = normalizeTheme((await bundledThemes[theme]()).default);
  const readable = (color: string | undefined) => !color || contrastRatio(color, background) >= AA_TEXT_CONTRAST;
  return {
    ...base,
    bg: background,
    colors: { ...base.colors, "editor.background": background },
    settings: base.settings.flatMap((rule) => {
      // The unscoped first rule is the theme's default colours (see normalizeTheme).
      if (!rule.scope) return [{ ...rule, settings: { ...rule.settings, background } }];
      return rule.settings?.background && !readable(rule.settings.foreground) ? [] : [rule];
    }),
  };
}
