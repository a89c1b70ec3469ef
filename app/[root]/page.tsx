import { notFound } from "next/navigation";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { proseClass } from "@/components/prose";
import { isOtherLanguage } from "@/lib/i18n/site";
import { getOtherSectionLanguages, getStandalonePage, getStandalonePageNames } from "@/lib/data/posts";
import { pageMetadata } from "@/lib/web/seo";
import { decodeSegment } from "@/lib/web/slugs";
import { atLeastOne, PLACEHOLDER } from "@/lib/web/static-params";
import HomePage, { generateMetadata as homeMetadata } from "../_routes/home";

type Props = { params: Promise<{ root: string }> };

/**
 * One path segment names either another language's home page (`/fr`) or a
 * standalone page from content/pages (`/about`); any other name is the 404
 * page. Page names may not be language codes (lib/build/pages.ts).
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne(
    [...getOtherSectionLanguages(), ...getStandalonePageNames()].map((root) => ({ root })),
    { root: PLACEHOLDER },
  );
}

async function find(params: Props["params"]) {
  return getStandalonePage(decodeSegment((await params).root));
}

export async function generateMetadata({ params }: Props) {
  if (isOtherLanguage(decodeSegment((await params).root))) return homeMetadata({ params });
  const page = await find(params);
  if (!page) return {};
  return pageMetadata({ title: page.title, description: page.description, path: `/${page.name}` });
}

export default async function RootPage({ params }: Props) {
  if (isOtherLanguage(decodeSegment((await params).root))) return <HomePage params={params} />;
  const page = await find(params);
  if (!page) notFound();
  return (
    <PageFrame>
      <article>
        <PageTitle lead={page.description}>{page.title}</PageTitle>
        <div className={`mt-8 ${proseClass}`} dangerouslySetInnerHTML={{ __html: page.html }} />
      </article>
    </PageFrame>
  );
}
