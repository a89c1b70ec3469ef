import type { Metadata } from "next";
import { headers } from "next/headers";
import { SiteShell } from "@/components/SiteShell";
import { rootMetadata } from "@/lib/web/seo";
import { siteLanguage, translator } from "@/lib/i18n/site";
import { deployEnv } from "@/lib/env";
import { getSectionLanguages } from "@/lib/data/posts";
import { notFoundLanguage, SECTION_LANGUAGE_HEADER } from "@/lib/server/section-language";
import { site } from "@/site.config";
import { NotFoundView } from "./_routes/not-found";
import "./globals.css";

/**
 * The 404 page of any address no route has. The site has two root layouts
 * (the default language's and the other sections'), so this page brings its
 * own document (next.config.ts: experimental.globalNotFound). On a server it
 * is in the language of the address's section (`/fr/nope` in French), which
 * proxy.server.ts names; a static export writes it once, in the default
 * language, and each other section's as `<code>/404.html` (app/[root]/[...rest]).
 */
async function pageLanguage(): Promise<string> {
  if (deployEnv.output === "export") return site.language;
  return notFoundLanguage((await headers()).get(SECTION_LANGUAGE_HEADER), getSectionLanguages());
}

export async function generateMetadata(): Promise<Metadata> {
  const lang = await pageLanguage();
  return {
    ...rootMetadata(lang),
    // Written out: the layouts' title template does not reach this page.
    title: `${translator(lang)("notFound.title")} · ${siteLanguage(lang).title}`,
    robots: { index: false },
  };
}

export default async function GlobalNotFound() {
  const lang = await pageLanguage();
  return (
    <SiteShell lang={lang}>
      <NotFoundView lang={lang} full />
    </SiteShell>
  );
}
