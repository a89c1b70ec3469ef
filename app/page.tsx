import Link from "next/link";
import { PageTitle } from "@/components/PageTitle";
import { PostList } from "@/components/PostList";
import { getAuthorPosts, getFeaturedPosts, getPosts } from "@/lib/posts";
import { AuthorCard } from "@/components/AuthorCard";
import { siteAuthor } from "@/lib/authors";
import { pageMetadata } from "@/lib/seo";
import { site } from "@/site.config";

export const metadata = pageMetadata({ path: "/" });

export default function HomePage() {
  const featured = getFeaturedPosts();
  // A featured post is listed once: under Featured, not again among the latest.
  const featuredSlugs = new Set(featured.map((post) => post.slug));
  const posts = getPosts()
    .filter((post) => !featuredSlugs.has(post.slug))
    .slice(0, site.homePosts);
  const author = siteAuthor(site);
  return (
    <>
      <PageTitle lead={site.description}>{site.title}</PageTitle>
      <section aria-label="About the author" className="mt-6 mb-4">
        <AuthorCard author={author} linked={Boolean(author.id && getAuthorPosts(author.id).length)} />
      </section>
      {featured.length > 0 && (
        <section aria-labelledby="featured" className="mb-10">
          <h2 id="featured" className="mt-8 text-lg font-semibold text-zinc-900 dark:text-white">
            Featured
          </h2>
          <PostList posts={featured} headingLevel={3} />
        </section>
      )}
      <h2 className={featured.length > 0 ? "text-lg font-semibold text-zinc-900 dark:text-white" : "sr-only"}>Latest posts</h2>
      <PostList posts={posts} headingLevel={3} />
      {posts.length === 0 && <p>No posts yet.</p>}
      <p className="mt-6">
        <Link href="/blog" className="font-medium text-teal-800 hover:underline dark:text-teal-300">
          All posts →
        </Link>
      </p>
    </>
  );
}
