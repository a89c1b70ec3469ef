import type { Metadata } from "next";
import { NotFoundView } from "../../_routes/not-found";
import { getOtherSectionLanguages } from "@/lib/data/posts";
import { languageOfFirstSegment, translator } from "@/lib/i18n/site";
import { decodeSegment } from "@/lib/web/slugs";
import { sectionNotFoundParams } from "@/lib/web/static-params";

type Props = { params: Promise<{ root: string }> };

/**
 * A static export's 404 page of another language's section, `out/fr/404.html`,
 * which a static host serves for an unknown `/fr/...` address (deploy/nginx.conf,
 * docs/deploy.md). A server lists nothing here: its 404 page
 * (app/global-not-found.tsx) takes the section's language itself.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return sectionNotFoundParams(getOtherSectionLanguages());
}

const languageOf = async (params: Props["params"]) => languageOfFirstSegment(decodeSegment((await params).root));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: translator(await languageOf(params))("notFound.title"), robots: { index: false } };
}

export default async function SectionNotFound({ params }: Props) {
  return <NotFoundView lang={await languageOf(params)} full />;
}
