import Link from "next/link";
import { PageTitle } from "@/components/PageTitle";
import { PostList } from "@/components/PostList";
import { getPosts } from "@/lib/posts";
import { pageMetadata } from "@/lib/seo";
import { site } from "@/site.config";

export const metadata = pageMetadata({ path: "/" });

export default function HomePage() {
  const posts = getPosts().slice(0, site.homePosts);
  return (
    <>
      <PageTitle lead={site.description}>{site.title}</PageTitle>
      <h2 className="sr-only">Latest posts</h2>
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
