import Link from "next/link";
import type { ArchiveYear } from "@/lib/data/archive";
import { archiveAnchor, postPath } from "@/lib/web/urls";
import { pathIn, translator } from "@/lib/i18n/site";
import { site } from "@/site.config";
import { DateTime } from "./DateTime";
import { DraftBadge } from "./DraftBadge";

/** Every post, one line each, under a heading per year. */
export function Archive({ years, lang = site.language }: { years: ArchiveYear[]; lang?: string }) {
  const t = translator(lang);
  return (
    <div className="space-y-10">
      {years.map(({ year, posts }) => (
        <section key={year} aria-labelledby={archiveAnchor(year)}>
          <h2 id={archiveAnchor(year)} className="flex items-baseline gap-3 border-b border-zinc-200 pb-2 text-2xl font-bold dark:border-zinc-800">
            {year}
            <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">
              {t("archive.yearCount", { count: posts.length })}
            </span>
          </h2>
          <ul className="mt-3 space-y-2">
            {posts.map((post, i) => (
              <li
                key={post.slug}
                // A month's newest post is where an old `/2014/08/` address lands.
                id={posts[i - 1]?.day.slice(0, 7) === post.day.slice(0, 7) ? undefined : archiveAnchor(year, post.day.slice(5, 7))}
                className="grid gap-x-4 sm:grid-cols-[10rem_1fr]"
              >
                <span className="text-sm tabular-nums text-zinc-600 dark:text-zinc-400">
                  <DateTime day={post.day} lang={lang} />
                </span>
                <span>
                  <Link href={pathIn(lang, postPath(post.slug))} className="font-medium text-zinc-900 hover:underline dark:text-zinc-100">
                    {post.title}
                  </Link>
                  {post.unpublished && <DraftBadge lang={lang} />}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
