import Link from "next/link";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { PostList } from "@/components/PostList";
import { pathIn, translator } from "@/lib/i18n/site";
import { getLatestPosts } from "@/lib/posts";
import { blogPagePath } from "@/lib/urls";

/**
 * The 404 page in one language: where to go instead and, on the page every
 * unknown address gets (`latest`), the language's newest posts. A layout's
 * not-found boundary goes without them: Next sends it with every page under
 * the layout, and the list would weigh on every one of them.
 */
export function NotFoundView({ lang, latest = false }: { lang: string; latest?: boolean }) {
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
      {latest && (
        <>
          <h2 className="text-lg font-semibold">{t("notFound.latest")}</h2>
          <PostList posts={getLatestPosts(lang)} headingLevel={3} lang={lang} />
        </>
      )}
    </PageFrame>
  );
}
