import type { Metadata } from "next";
import { SiteShell } from "@/components/SiteShell";
import { rootMetadata } from "@/lib/seo";
import { site } from "@/site.config";
import { NotFoundView } from "./_routes/not-found";
import "./globals.css";

/**
 * The 404 page of any address no route has. The site has two root layouts
 * (the default language's and the other sections'), so this page brings its
 * own document (next.config.ts: experimental.globalNotFound).
 */
export const metadata: Metadata = { ...rootMetadata(site.language), title: "Page not found", robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <SiteShell lang={site.language}>
      <NotFoundView lang={site.language} full />
    </SiteShell>
  );
}
