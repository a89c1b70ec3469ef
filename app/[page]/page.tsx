import { notFound } from "next/navigation";
import { PageTitle } from "@/components/PageTitle";
import { proseClass } from "@/components/prose";
import { getStandalonePage, getStandalonePageNames } from "@/lib/posts";
import { pageMetadata } from "@/lib/seo";
import { decodeSegment } from "@/lib/slugs";
import { atLeastOne } from "@/lib/static-params";

type Props = { params: Promise<{ page: string }> };

/** A standalone page from content/pages (about, now, uses); any other name is the 404 page. */
export const dynamicParams = false;

export function generateStaticParams() {
  // No pages at all: one name that renders the 404 (a static export needs one).
  return atLeastOne(
    getStandalonePageNames().map((page) => ({ page })),
    { page: "-" },
  );
}

async function find(params: Props["params"]) {
  return getStandalonePage(decodeSegment((await params).page));
}

export async function generateMetadata({ params }: Props) {
  const page = await find(params);
  if (!page) return {};
  return pageMetadata({ title: page.title, description: page.description, path: `/${page.name}` });
}

export default async function StandalonePageRoute({ params }: Props) {
  const page = await find(params);
  if (!page) notFound();
  return (
    <article>
      <PageTitle lead={page.description}>{page.title}</PageTitle>
      <div className={`mt-8 ${proseClass}`} dangerouslySetInnerHTML={{ __html: page.html }} />
    </article>
  );
}
