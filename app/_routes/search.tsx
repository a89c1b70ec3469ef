import { Suspense } from "react";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { SearchPage } from "@/components/search/SearchPage";
import { pathIn, translator } from "@/lib/i18n/site";
import { searchProps } from "@/lib/i18n/ui";
import { readSearchManifest, searchManifestFile } from "@/lib/search/site-index";
import { pageMetadata } from "@/lib/web/seo";
import { site } from "@/site.config";
import path from "node:path";
import { everySection, languageOf, type RouteParams } from "./language";

const SEARCH_PATH = "/search";
const searches = () => everySection((lang) => pathIn(lang, SEARCH_PATH));

export async function generateMetadata({ params }: { params: RouteParams }) {
  const lang = await languageOf(params);
  return pageMetadata({ title: translator(lang)("search.title"), path: pathIn(lang, SEARCH_PATH), lang, languages: searches() });
}

/** The search page of a language: its own index (the box in the header opens the same search). */
export default async function Search({ params }: { params: RouteParams }) {
  const lang = await languageOf(params);
  return (
    <PageFrame lang={lang} languages={searches()}>
      <PageTitle>{translator(lang)("search.title")}</PageTitle>
      <Suspense>
        <SearchPage {...searchProps(lang)} />
      </Suspense>
    </PageFrame>
  );
}

/** A language's search manifest, for its `/search.json` route. */
export async function searchIndexResponse(params: RouteParams | undefined): Promise<Response> {
  const lang = await languageOf(params);
  const file = searchManifestFile(lang === site.language ? undefined : lang);
  return Response.json(readSearchManifest(path.join(/*turbopackIgnore: true*/ process.cwd(), file)));
}
