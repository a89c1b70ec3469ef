import { PostListPage } from "@/components/PostListPage";
import { getBlogPage, getPosts } from "@/lib/posts";
import { pageMetadata } from "@/lib/seo";
import { blogPagePath } from "@/lib/urls";

export const metadata = pageMetadata({ title: "All posts", path: blogPagePath(1) });

export default function BlogPage() {
  const page = getBlogPage(1)!;
  return <PostListPage title="All posts" lead={`${getPosts().length} posts, newest first.`} page={page} pathFor={blogPagePath} />;
}
