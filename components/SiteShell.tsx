import type { ReactNode } from "react";
import { Footer } from "./Footer";
import { Header } from "./Header";
import { getSectionLanguages } from "@/lib/data/posts";
import { ThemeProvider } from "./ThemeProvider";
import { fontVariables } from "./fonts";
import { translator } from "@/lib/i18n/site";
import devContent from "@/.contentlayer/quire-dev-version.json";

/**
 * The document of every page in one language: `<html lang>`, theme, skip
 * link, header (one-language sites) and footer. The root layouts
 * (`app/(site)`, the default language, and `app/[root]`, the other languages'
 * sections) render it; each page renders its main column, and its own header
 * on a site in several languages (components/PageFrame.tsx).
 */
export function SiteShell({ lang, children }: { lang: string; children: ReactNode }) {
  const t = translator(lang);
  return (
    <html lang={lang} className={fontVariables} suppressHydrationWarning>
      {/* Under `npm run dev` the content watcher rewrites this file: open pages refresh (lib/build/dev-version). */}
      {process.env.NODE_ENV === "development" && (
        // A root layout's own <head> (next/head is for the pages router).
        // eslint-disable-next-line @next/next/no-head-element
        <head>
          <meta name="quire-content-version" content={String(devContent.version)} />
        </head>
      )}
      <body className="flex min-h-screen flex-col bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <ThemeProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-zinc-900"
          >
            {t("layout.skipToContent")}
          </a>
          {/* One language: the header is the same on every page (with several, each page has its own: PageFrame). */}
          {getSectionLanguages().length < 2 && <Header lang={lang} />}
          {children}
          <Footer lang={lang} />
        </ThemeProvider>
      </body>
    </html>
  );
}
