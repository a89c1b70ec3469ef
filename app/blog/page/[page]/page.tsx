import { notFound } from "next/navigation";
import { PostListPage } from "@/components/PostListPage";
import { blogPageCount, getBlogPage } from "@/lib/posts";
import { parsePageParam } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { blogPagePath } from "@/lib/urls";
import { atLeastOne } from "@/lib/static-params";

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  // Page 1 lives at /blog (its canonical URL, also when served here).
  const pages = Array.from({ length: blogPageCount() - 1 }, (_, i) => ({ page: String(i + 2) }));
  return atLeastOne(pages, { page: "1" });
}

export async function generateMetadata({ params }: Props) {
  const n = parsePageParam((await params).page) ?? 1;
  return pageMetadata({ title: `All posts, page ${n}`, path: blogPagePath(n) });
}

export default async function BlogListPage({ params }: Props) {
  const n = parsePageParam((await params).page);
  const page = n === undefined ? undefined : getBlogPage(n);
  if (!page) notFound();
  return <PostListPage title={`All posts, page ${page.page}`} page={page} pathFor={blogPagePath} />;
}
