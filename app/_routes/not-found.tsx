import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { DevRefresh } from "@/components/DevRefresh";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { PostList } from "@/components/PostList";
import { ThrownFallback } from "@/components/ThrownFallback";
import { pathIn, translator } from "@/lib/i18n/site";
import { getLatestPosts } from "@/lib/data/posts";
import { blogPagePath } from "@/lib/web/urls";

/** The main column alone, without the header. */
function MainOnly({ children }: { lang: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-page flex-1 px-4 py-6 sm:py-10">
      {children}
    </main>
  );
}

/**
 * The 404 page in one language: where to go instead and, on the page every
 * unknown address gets (`full`), the header and the language's newest posts.
 * A layout's not-found boundary (a post that is not there under `prerender:
 * N`) goes without them: Next sends the boundary with every page under the
 * layout, where a second header and list weighed 1.6 KB gzip on each. (On a
 * one-language site the layout's header is there anyway.)
 */
export function NotFoundView({ lang, full = false }: { lang: string; full?: boolean }) {
  const t = translator(lang);
  const Frame = full ? PageFrame : MainOnly;
  return (
    <Frame lang={lang}>
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
      {full && (
        <>
          <h2 className="text-lg font-semibold">{t("notFound.latest")}</h2>
          <PostList posts={getLatestPosts(lang)} headingLevel={3} lang={lang} />
        </>
      )}
    </Frame>
  );
}

/**
 * `npm run dev` only: a post address no post has yet, as the post page
 * itself renders it (answered 200, not 404), asking again every second for
 * a while (components/DevRefresh.tsx), so a post saved or compiled a moment
 * later replaces it without a reload.
 */
export function DevNotFound({ lang }: { lang: string }) {
  return (
    <>
      <NotFoundView lang={lang} full />
      <DevRefresh />
    </>
  );
}

/** Throws Next's not-found error, for the boundaries around it. */
async function NotFoundSignal(): Promise<never> {
  notFound();
}

/**
 * The 404 page of an address a route renders on request (a post slug no
 * post has, whatever `prerender` says): answered 404, its HTML the full 404
 * page. notFound() thrown by the page itself would get Next's empty
 * `<html id="__next_error__">` document, the 404 view only in the RSC
 * payload for a browser's JavaScript to draw (vercel/next.js#95613): Next
 * server-renders a not-found boundary only for an address no route has.
 * Thrown inside a Suspense boundary instead, it still sets the status, and
 * the document (layout, header, the boundary's fallback) is server-rendered;
 * in the browser, which renders that boundary again, ThrownFallback shows
 * the same view.
 */
export function MissingPage({ lang }: { lang: string }) {
  const view = <NotFoundView lang={lang} full />;
  return (
    <Suspense fallback={view}>
      <ThrownFallback fallback={view}>
        <NotFoundSignal />
      </ThrownFallback>
    </Suspense>
  );
}
