import { Suspense } from "react";
import { PageTitle } from "@/components/PageTitle";
import { SearchPage } from "@/components/search/SearchPage";
import { pageMetadata } from "@/lib/seo";
import { basePath } from "@/lib/urls";

export const metadata = pageMetadata({ title: "Search", path: "/search" });

export default function Search() {
  return (
    <>
      <PageTitle>Search</PageTitle>
      <Suspense>
        <SearchPage basePath={basePath} />
      </Suspense>
    </>
  );
}
