import Link from "next/link";
import { PageTitle } from "@/components/PageTitle";
import { PostList } from "@/components/PostList";
import { getLatestPosts } from "@/lib/posts";

export const metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <PageTitle lead="There is nothing at this address. It may have moved, or the link may be mistyped.">
        Page not found
      </PageTitle>
      <p className="mb-8">
        <Link href="/" className="font-medium text-teal-800 hover:underline dark:text-teal-300">
          Go to the home page
        </Link>{" "}
        or browse{" "}
        <Link href="/blog" className="font-medium text-teal-800 hover:underline dark:text-teal-300">
          all posts
        </Link>
        .
      </p>
      <h2 className="text-lg font-semibold">Latest posts</h2>
      <PostList posts={getLatestPosts()} headingLevel={3} />
    </>
  );
}
