import { notFound } from "next/navigation";
import { PostArticle } from "@/components/PostArticle";
import { ContentProblems } from "@/components/ContentProblems";
import { getPost, getPostProblems, getPostRecord, getPrerenderedPostSlugs } from "@/lib/posts";
import { blogPostingJsonLd, pageMetadata } from "@/lib/seo";
import { cardPath, postPath } from "@/lib/urls";
import { decodeSegment } from "@/lib/slugs";

type Props = { params: Promise<{ slug: string }> };

/**
 * The post page. Two route files export it, and next.config.ts makes one of
 * them the page: `page.all.tsx` (every post prerendered; any other slug is a
 * 404 without rendering) or `page.isr.tsx` (`prerender: N` in site.config.ts:
 * other posts render on first request and are cached). `dynamicParams` must
 * be a literal in the route file, so it cannot follow the setting itself.
 */

export function generateStaticParams() {
  return getPrerenderedPostSlugs().map((slug) => ({ slug }));
}

async function findPost(params: Props["params"]) {
  const { slug } = await params;
  return getPost(decodeSegment(slug));
}

async function findProblems(params: Props["params"]) {
  const { slug } = await params;
  return getPostProblems(decodeSegment(slug));
}

export async function generateMetadata({ params }: Props) {
  // Metadata needs no body: the record is enough.
  const post = getPostRecord(decodeSegment((await params).slug));
  if (!post) return (await findProblems(params)).length ? { title: "Content problem" } : {};
  return pageMetadata({
    title: post.title,
    description: post.summary,
    path: postPath(post.slug),
    canonicalUrl: post.canonicalUrl,
    images: post.images.length ? post.images : post.card ? [cardPath(post.card)] : [],
    article: {
      publishedTime: post.instant,
      modifiedTime: post.lastmod,
      tags: post.tags,
      authors: post.authors,
    },
  });
}

export default async function PostPage({ params }: Props) {
  const [post, problems] = await Promise.all([findPost(params), findProblems(params)]);
  if (!post) {
    if (problems.length) return <ContentProblems lines={problems} standalone />;
    notFound();
  }
  return (
    <>
      {problems.length > 0 && <ContentProblems lines={problems} />}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: blogPostingJsonLd(post, postPath(post.slug)) }} />
      <PostArticle post={post} />
    </>
  );
}
