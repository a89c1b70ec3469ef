import Link from "next/link";
import type { SeriesPart } from "@/lib/data/series";
import { postPath } from "@/lib/web/urls";
import { DateTime } from "./DateTime";
import { pathIn } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** The parts of a series in order, linked in `lang`'s section; `current` (a slug) is marked, not linked. */
export function SeriesParts({ parts, current, lang = site.language }: { parts: SeriesPart[]; current?: string; lang?: string }) {
  return (
    <ol className="list-decimal space-y-1 pl-6 marker:text-zinc-600 dark:marker:text-zinc-400">
      {parts.map((part) => (
        <li key={part.slug}>
          {part.slug === current ? (
            <span aria-current="page" className="font-semibold text-zinc-900 dark:text-white">
              {part.title}
            </span>
          ) : (
            <Link href={pathIn(lang, postPath(part.slug))} className="text-teal-800 underline underline-offset-2 dark:text-teal-300">
              {part.title}
            </Link>
          )}{" "}
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            · <DateTime day={part.day} lang={lang} />
          </span>
        </li>
      ))}
    </ol>
  );
}
