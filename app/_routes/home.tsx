import Link from "next/link";
import { AuthorCard } from "@/components/AuthorCard";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { PostList } from "@/components/PostList";
import { siteAuthor } from "@/lib/data/authors";
import { pathIn, siteLanguage, translator } from "@/lib/i18n/site";
import { getAuthorPosts, getFeaturedPosts, getPosts } from "@/lib/data/posts";
import { pageMetadata } from "@/lib/web/seo";
import { blogPagePath } from "@/lib/web/urls";
import { site } from "@/site.config";
import { everySection, languageOf, type RouteParams } from "./language";

const homes = () => everySection((lang) => pathIn(lang, "/"));

export async function generateMetadata({ params }: { params: RouteParams }) {
  const lang = await languageOf(params);
  return pageMetadata({ path: pathIn(lang, "/"), lang, languages: homes() });
}

/** A language's home page: its featured and latest posts. */
export default async function HomePage({ params }: { params: RouteParams }) {
  const lang = await languageOf(params);
  const t = translator(lang);
  const language = siteLanguage(lang);
  const featured = getFeaturedPosts(lang);
  // A featured post is listed once: under Featured, not again among the latest.
  const featuredSlugs = new Set(featured.map((post) => post.slug));
  const posts = getPosts(lang)
    .filter((post) => !featuredSlugs.has(post.slug))
    .slice(0, site.homePosts);
  const author = siteAuthor(site, lang);
  return (
    <PageFrame lang={lang} languages={homes()}>
      <PageTitle lead={language.description}>{language.title}</PageTitle>
      <section aria-label={t("home.aboutAuthor")} className="mt-6 mb-4">
        <AuthorCard author={author} linked={Boolean(language.isDefault && author.id && getAuthorPosts(author.id).length)} />
      </section>
      {featured.length > 0 && (
        <section aria-labelledby="featured" className="mb-10">
          <h2 id="featured" className="mt-8 text-lg font-semibold text-zinc-900 dark:text-white">
            {t("home.featured")}
          </h2>
          <PostList posts={featured} headingLevel={3} lang={lang} />
        </section>
      )}
      <h2 className={featured.length > 0 ? "text-lg font-semibold text-zinc-900 dark:text-white" : "sr-only"}>{t("home.latest")}</h2>
      <PostList posts={posts} headingLevel={3} lang={lang} />
      {posts.length === 0 && <p>{t("home.noPosts")}</p>}
      <p className="mt-6">
        <Link href={pathIn(lang, blogPagePath(1))} className="font-medium text-teal-800 hover:underline dark:text-teal-300">
          {t("home.allPosts")}
        </Link>
      </p>
    </PageFrame>
  );
}
