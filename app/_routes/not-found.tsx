import Link from "next/link";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { PostList } from "@/components/PostList";
import { pathIn, translator } from "@/lib/i18n/site";
import { getLatestPosts } from "@/lib/posts";
import { blogPagePath } from "@/lib/urls";

/** The 404 page's content in one language: where to go instead, and its newest posts. */
export function NotFoundView({ lang }: { lang: string }) {
  const t = translator(lang);
  return (
    <PageFrame lang={lang}>
      <PageTitle lead={t("notFound.lead")}>{t("notFound.title")}</PageTitle>
      <p className="mb-8">
        <Link href={pathIn(lang, "/")} className="font-medium text-teal-800 hover:underline dark:text-teal-300">
          {t("notFound.goHome")}
        </Link>{" "}
        {t("notFound.orBrowse")}{" "}
        <Link href={pathIn(lang, blogPagePath(1))} className="font-medium text-teal-800 hover:underline dark:text-teal-300">
          {t("notFound.allPosts")}
        </Link>
        .
      </p>
      <h2 className="text-lg font-semibold">{t("notFound.latest")}</h2>
      <PostList posts={getLatestPosts(lang)} headingLevel={3} lang={lang} />
    </PageFrame>
  );
}
