import type { Metadata } from "next";
import { SiteShell } from "@/components/SiteShell";
import { rootMetadata } from "@/lib/web/seo";
import { siteLanguage, translator } from "@/lib/i18n/site";
import { site } from "@/site.config";
import { NotFoundView } from "./_routes/not-found";
import "./globals.css";

/**
 * The 404 page of any address no route has. The site has two root layouts
 * (the default language's and the other sections'), so this page brings its
 * own document (next.config.ts: experimental.globalNotFound).
 */
export const metadata: Metadata = {
  ...rootMetadata(site.language),
  // Written out: the layouts' title template does not reach this page.
  title: `${translator(site.language)("notFound.title")} · ${siteLanguage(site.language).title}`,
  robots: { index: false },
};

export default function GlobalNotFound() {
  return (
    <SiteShell lang={site.language}>
      <NotFoundView lang={site.language} full />
    </SiteShell>
  );
}
