import { notFound } from "next/navigation";
import { Archive } from "@/components/Archive";
import { AuthorCard } from "@/components/AuthorCard";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { groupByYear } from "@/lib/data/archive";
import { resolveAuthors } from "@/lib/data/authors";
import { getAuthorIds, getAuthorPosts } from "@/lib/data/posts";
import { pageMetadata } from "@/lib/web/seo";
import { decodeSegment } from "@/lib/web/slugs";
import { atLeastOne, PLACEHOLDER } from "@/lib/web/static-params";
import { authorPath } from "@/lib/web/urls";
import { site } from "@/site.config";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne(
    getAuthorIds().map((id) => ({ id })),
    { id: PLACEHOLDER },
  );
}

async function find(params: Props["params"]) {
  const id = decodeSegment((await params).id);
  const posts = Object.hasOwn(site.authors, id) ? getAuthorPosts(id) : [];
  return posts.length ? { author: resolveAuthors([id], site)[0], posts } : undefined;
}

export async function generateMetadata({ params }: Props) {
  const found = await find(params);
  if (!found) return {};
  return pageMetadata({
    title: found.author.name,
    description: found.author.bio ?? `Posts by ${found.author.name}.`,
    path: authorPath(found.author.id!),
  });
}

export default async function AuthorPage({ params }: Props) {
  const found = await find(params);
  if (!found) notFound();
  const { author, posts } = found;
  return (
    <PageFrame>
      <PageTitle lead={`${posts.length} ${posts.length === 1 ? "post" : "posts"}, by year.`}>{author.name}</PageTitle>
      <div className="mb-10">
        <AuthorCard author={author} linked={false} />
      </div>
      <Archive years={groupByYear(posts)} />
    </PageFrame>
  );
}
