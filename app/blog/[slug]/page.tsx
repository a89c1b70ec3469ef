import { notFound } from "next/navigation";
import { PostArticle } from "@/components/PostArticle";
import { ContentProblems } from "@/components/ContentProblems";
import { getPost, getPostProblems, getPostRecord, getPrerenderedPostSlugs } from "@/lib/posts";
import { blogPostingJsonLd, pageMetadata } from "@/lib/seo";
import { ogImagePath, postPath } from "@/lib/urls";
import { decodeSegment } from "@/lib/slugs";

type Props = { params: Promise<{ slug: string }> };

// No `dynamicParams` export: it must be a literal, and `true` (the default,
// written out) is refused by a static export. So a slug outside the
// prerendered set (site.config.ts `prerender`) renders on its first request
// and is cached; a slug no post has renders the 404 (notFound below).

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
  const [post, problems] = await Promise.all([findPost(params), findProblems(params)]);
  if (!post) {
    if (problems.length) return <ContentProblems lines={problems} />;
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
