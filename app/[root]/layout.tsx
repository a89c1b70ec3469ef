import type { ReactNode } from "react";
import { SiteShell } from "@/components/SiteShell";
import { isOtherLanguage } from "@/lib/i18n/site";
import { rootMetadata } from "@/lib/web/seo";
import { decodeSegment } from "@/lib/web/slugs";
import { site } from "@/site.config";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ root: string }> };

/** The page's language: the section's (`/fr/...`), or the default one for a standalone page (`/about`). */
async function languageOfRoot(params: Props["params"]): Promise<string> {
  const root = decodeSegment((await params).root);
  return isOtherLanguage(root) ? root : site.language;
}

export async function generateMetadata({ params }: Omit<Props, "children">) {
  return rootMetadata(await languageOfRoot(params));
}

/** The root layout of the other languages' sections, and of standalone pages. */
export default async function SectionLayout({ children, params }: Props) {
  return <SiteShell lang={await languageOfRoot(params)}>{children}</SiteShell>;
}
