import Link from "next/link";
import type { Series } from "@/lib/data/series";
import { seriesPath } from "@/lib/web/urls";
import { SeriesParts } from "./SeriesParts";
import { translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** At the top of a part: which series, which part, and every part. */
export function SeriesBox({ series, slug, lang = site.language }: { series: Series; slug: string; lang?: string }) {
  const t = translator(lang);
  const position = series.parts.findIndex((part) => part.slug === slug) + 1;
  return (
    <aside aria-labelledby="series-heading" className="mb-8 rounded-lg border border-teal-700/40 bg-teal-50/50 p-4 text-sm dark:border-teal-300/30 dark:bg-teal-950/30">
      <h2 id="series-heading" className="font-semibold text-zinc-900 dark:text-white">
        {t("series.position", { position, count: series.parts.length })}{" "}
        {/* Series pages exist in the default language only: another language names its series without a link. */}
        {lang === site.language ? (
          <Link href={seriesPath(series.slug)} className="text-teal-800 underline dark:text-teal-300">
            {series.name}
          </Link>
        ) : (
          series.name
        )}
      </h2>
      <div className="mt-2">
        <SeriesParts parts={series.parts} current={slug} lang={lang} />
      </div>
    </aside>
  );
}
