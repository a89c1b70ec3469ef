import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Header } from "@/components/Header";
import { Footer } from "@/components/Footer";
import { ThemeProvider } from "@/components/ThemeProvider";
import { fontVariables } from "@/components/fonts";
import { site } from "@/site.config";
import devContent from "@/.contentlayer/quire-dev-version.json";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.siteUrl),
  title: { default: site.title, template: `%s · ${site.title}` },
  description: site.description,
  authors: [{ name: site.author.name, url: site.author.url }],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language} className={fontVariables} suppressHydrationWarning>
      {/* Under `npm run dev` the content watcher rewrites this file: open pages refresh (lib/content/dev-version). */}
      {process.env.NODE_ENV === "development" && (
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
            Skip to content
          </a>
          <Header />
          <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
            {children}
          </main>
          <Footer />
        </ThemeProvider>
      </body>
    </html>
  );
}
