import { notFound } from "next/navigation";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { SeriesParts } from "@/components/SeriesParts";
import { getAllSeries, getSeries } from "@/lib/data/posts";
import { pageMetadata } from "@/lib/web/seo";
import { decodeSegment } from "@/lib/web/slugs";
import { atLeastOne, PLACEHOLDER } from "@/lib/web/static-params";
import { seriesPath } from "@/lib/web/urls";

type Props = { params: Promise<{ name: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne(
    getAllSeries().map((series) => ({ name: series.slug })),
    { name: PLACEHOLDER },
  );
}

async function find(params: Props["params"]) {
  return getSeries(decodeSegment((await params).name));
}

export async function generateMetadata({ params }: Props) {
  const series = await find(params);
  if (!series) return {};
  return pageMetadata({
    title: `Series: ${series.name}`,
    description: `The ${series.parts.length} parts of ${series.name}, in order.`,
    path: seriesPath(series.slug),
  });
}

export default async function SeriesPage({ params }: Props) {
  const series = await find(params);
  if (!series) notFound();
  return (
    <PageFrame>
      <PageTitle lead={`${series.parts.length} parts, in reading order.`}>
        <span className="text-zinc-600 dark:text-zinc-400">Series:</span> {series.name}
      </PageTitle>
      <SeriesParts parts={series.parts} />
    </PageFrame>
  );
}
