import type { ReactNode } from "react";
import { SiteShell } from "@/components/SiteShell";
import { rootMetadata } from "@/lib/web/seo";
import { site } from "@/site.config";
import "../globals.css";

/** The root layout of the default language's pages (URLs without a language prefix). */
export const metadata = rootMetadata(site.language);

export default function DefaultLanguageLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang={site.language}>{children}</SiteShell>;
}
