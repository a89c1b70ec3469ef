import { ContentProblems } from "@/components/ContentProblems";
import { PageFrame } from "@/components/PageFrame";
import { PostArticle } from "@/components/PostArticle";
import { pathIn, translator } from "@/lib/i18n/site";
import { getPost, getPostProblems, getPostRecord, getPrerenderedPostSlugs, type PostRecord } from "@/lib/data/posts";
import { blogPostingJsonLd, pageMetadata } from "@/lib/web/seo";
import { decodeSegment } from "@/lib/web/slugs";
import { cardPath, postPath } from "@/lib/web/urls";
import { site } from "@/site.config";
import { languageOf, staticParams, type RouteParams } from "./language";
import { DevNotFound, MissingPage } from "./not-found";
import { PLACEHOLDER } from "@/lib/web/static-params";
import { postCommentsView } from "@/lib/comments/page";
import { deployEnv } from "@/lib/env";

type Params = RouteParams<{ slug: string }>;

const development = process.env.NODE_ENV === "development";

/**
 * The post page. Which posts are prerendered follows `prerender` in
 * site.config.ts: `"all"` (always, in a static export) every post, a number
 * N the newest N. Any other slug renders on its first request: a post is
 * then served from the cache, a slug no post has gets the 404 page (which a
 * Node server does not keep: lib/server/route-cache.mjs). Other languages'
 * posts are all prerendered, and their section's pages list no other slug.
 */
export function postParams(sections: boolean) {
  return staticParams(
    sections,
    (lang) => getPrerenderedPostSlugs(lang, sections ? "all" : site.prerender).map((slug) => ({ slug })),
    () => ({ slug: PLACEHOLDER }),
  );
}

async function find(params: Params) {
  const lang = await languageOf(params);
  return { lang, slug: decodeSegment((await params).slug) };
}

/** The post in each language it is published in: its own path and its translations'. */
export function postLanguages(post: Pick<PostRecord, "lang" | "slug" | "translations">): Record<string, string> {
  return Object.fromEntries(
    [{ lang: post.lang, slug: post.slug }, ...(post.translations ?? [])].map((p) => [p.lang, pathIn(p.lang, postPath(p.slug))]),
  );
}

export async function generateMetadata({ params }: { params: Params }) {
  const { lang, slug } = await find(params);
  // Metadata needs no body: the record is enough.
  const post = getPostRecord(slug, lang);
  if (!post) {
    if (getPostProblems(slug, lang).length) return { title: translator(lang)("post.contentProblemTitle") };
    return { title: translator(lang)("notFound.title"), robots: { index: false } };
  }
  return pageMetadata({
    title: post.title,
    description: post.summary,
    path: pathIn(lang, postPath(post.slug)),
    canonicalUrl: post.canonicalUrl,
    images: post.images.length ? post.images : post.card ? [cardPath(post.card)] : [],
    article: {
      publishedTime: post.instant,
      modifiedTime: post.lastmod,
      tags: post.tags,
      authors: post.authors,
    },
    lang,
    languages: postLanguages(post),
  });
}

/** Its comments: the file's, and the stored ones when the site takes comments (lib/comments/page.ts). */
function commentsOf(post: NonNullable<ReturnType<typeof getPost>>, lang: string) {
  return postCommentsView(post, lang, site.comments, { phase: process.env.NEXT_PHASE, output: deployEnv.output, databaseUrl: process.env.DATABASE_URL });
}

export default async function PostPage({ params }: { params: Params }) {
  const { lang, slug } = await find(params);
  const post = getPost(slug, lang);
  const problems = getPostProblems(slug, lang);
  if (!post) {
    if (problems.length)
      return (
        <PageFrame lang={lang}>
          <ContentProblems lines={problems} standalone lang={lang} />
        </PageFrame>
      );
    // Next's not-found boundary, once shown, stays until the address changes:
    // under `npm run dev` the page renders the 404 view itself, which a
    // refresh turns into the post as soon as the content step has it.
    if (development) return <DevNotFound lang={lang} />;
    return <MissingPage lang={lang} />;
  }
  const path = pathIn(lang, postPath(post.slug));
  return (
    <PageFrame lang={lang} languages={postLanguages(post)}>
      {problems.length > 0 && <ContentProblems lines={problems} lang={lang} />}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: blogPostingJsonLd(post, path, lang) }} />
      <PostArticle post={post} lang={lang} comments={await commentsOf(post, lang)} />
    </PageFrame>
  );
}
