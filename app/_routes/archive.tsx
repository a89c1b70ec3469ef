import { Archive } from "@/components/Archive";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { pathIn, translator } from "@/lib/i18n/site";
import { getArchive, getPosts } from "@/lib/data/posts";
import { pageMetadata } from "@/lib/web/seo";
import { ARCHIVE_PATH } from "@/lib/web/urls";
import { everySection, languageOf, type RouteParams } from "./language";

const archives = () => everySection((lang) => pathIn(lang, ARCHIVE_PATH));

export async function generateMetadata({ params }: { params: RouteParams }) {
  const lang = await languageOf(params);
  return pageMetadata({ title: translator(lang)("archive.title"), path: pathIn(lang, ARCHIVE_PATH), lang, languages: archives() });
}

/** Every post of a language on one page, grouped by year. */
export default async function ArchivePage({ params }: { params: RouteParams }) {
  const lang = await languageOf(params);
  const t = translator(lang);
  const years = getArchive(lang);
  const count = getPosts(lang).length;
  const lead =
    years.length > 1
      ? t("archive.leadSpan", { count, from: years.at(-1)!.year, to: years[0].year })
      : t("archive.lead", { count });
  return (
    <PageFrame lang={lang} languages={archives()}>
      <PageTitle lead={lead}>{t("archive.title")}</PageTitle>
      <Archive years={years} lang={lang} />
    </PageFrame>
  );
}
