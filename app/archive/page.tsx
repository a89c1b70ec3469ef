import { Archive } from "@/components/Archive";
import { PageTitle } from "@/components/PageTitle";
import { getArchive, getPosts } from "@/lib/posts";
import { pageMetadata } from "@/lib/seo";
import { ARCHIVE_PATH } from "@/lib/urls";

export const metadata = pageMetadata({ title: "Archive", path: ARCHIVE_PATH });

export default function ArchivePage() {
  const years = getArchive();
  const count = getPosts().length;
  const span = years.length > 1 ? `, ${years.at(-1)!.year} to ${years[0].year}` : "";
  return (
    <>
      <PageTitle lead={`${count} ${count === 1 ? "post" : "posts"}${span}, by year.`}>Archive</PageTitle>
      <Archive years={years} />
    </>
  );
}
