import { notFound } from "next/navigation";
import { PageFrame } from "@/components/PageFrame";
import { PostListPage } from "@/components/PostListPage";
import { pathIn, translator } from "@/lib/i18n/site";
import { parsePageParam } from "@/lib/data/pagination";
import { blogPageCount, getBlogPage, getPosts } from "@/lib/data/posts";
import { pageMetadata } from "@/lib/web/seo";
import { blogPagePath } from "@/lib/web/urls";
import { everySection, languageOf, staticParams, type RouteParams } from "./language";

type Params = RouteParams<{ page?: string }>;

/** Page `n` of a language's list of every post, in each language that has that many. */
const listPages = (n: number) => everySection((lang) => pathIn(lang, blogPagePath(n)), (lang) => blogPageCount(lang) >= n);

async function resolve(params: Params) {
  const lang = await languageOf(params);
  const raw = (await params).page;
  const n = raw === undefined ? 1 : parsePageParam(raw);
  const page = n === undefined ? undefined : getBlogPage(n, lang);
  return { lang, page };
}

/** `{ page }` for pages 2 and up (page 1 lives at /blog, its canonical URL). */
export function pagedParams(sections: boolean) {
  return staticParams(
    sections,
    (lang) => Array.from({ length: blogPageCount(lang) - 1 }, (_, i) => ({ page: String(i + 2) })),
    () => ({ page: "1" }),
  );
}

export async function generateMetadata({ params }: { params: Params }) {
  const { lang, page } = await resolve(params);
  const t = translator(lang);
  const n = page?.page ?? 1;
  return pageMetadata({
    title: n > 1 ? t("blog.titlePaged", { page: n }) : t("blog.title"),
    path: pathIn(lang, blogPagePath(n)),
    lang,
    languages: listPages(n),
  });
}

/** The list of every post in a language, one page of it. */
export default async function BlogListPage({ params }: { params: Params }) {
  const { lang, page } = await resolve(params);
  if (!page) notFound();
  const t = translator(lang);
  return (
    <PageFrame lang={lang} languages={listPages(page.page)}>
      <PostListPage
        lang={lang}
        title={page.page > 1 ? t("blog.titlePaged", { page: page.page }) : t("blog.title")}
        lead={page.page > 1 ? undefined : t("blog.lead", { count: getPosts(lang).length })}
        page={page}
        pathFor={(n) => pathIn(lang, blogPagePath(n))}
      />
    </PageFrame>
  );
}
