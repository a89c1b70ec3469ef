import { notFound } from "next/navigation";
import { PostArticle } from "@/components/PostArticle";
import { getPost, getPosts } from "@/lib/posts";
import { blogPostingJsonLd, pageMetadata } from "@/lib/seo";
import { ogImagePath, postPath } from "@/lib/urls";
import { decodeSegment } from "@/lib/slugs";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

async function findPost(params: Props["params"]) {
  const { slug } = await params;
  return getPost(decodeSegment(slug));
}

export async function generateMetadata({ params }: Props) {
  const post = await findPost(params);
  if (!post) return {};
  return pageMetadata({
    title: post.title,
    description: post.summary,
    path: postPath(post.slug),
    canonicalUrl: post.canonicalUrl,
    images: post.images.length ? post.images : [ogImagePath(post.slug)],
    article: {
      publishedTime: post.instant,
      modifiedTime: post.lastmod,
      tags: post.tags,
      authors: post.authors,
    },
  });
}

export default async function PostPage({ params }: Props) {
  const post = await findPost(params);
  if (!post) notFound();
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: blogPostingJsonLd(post, postPath(post.slug)) }} />
      <PostArticle post={post} />
    </>
  );
}
