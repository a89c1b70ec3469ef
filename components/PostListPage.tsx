import type { ReactNode } from "react";
import type { Page } from "@/lib/data/pagination";
import type { PostSummary } from "@/lib/data/posts";
import { PageTitle } from "./PageTitle";
import { Pagination } from "./Pagination";
import { PostList } from "./PostList";
import { site } from "@/site.config";

/** One page of a post list: /blog, a tag or a category. */
export function PostListPage({
  title,
  lead,
  page,
  pathFor,
  lang = site.language,
}: {
  title: ReactNode;
  lead?: ReactNode;
  page: Page<PostSummary>;
  pathFor: (page: number) => string;
  lang?: string;
}) {
  return (
    <>
      <PageTitle lead={lead}>{title}</PageTitle>
      <PostList posts={page.items} lang={lang} />
      <Pagination page={page.page} totalPages={page.totalPages} pathFor={pathFor} lang={lang} />
    </>
  );
}
