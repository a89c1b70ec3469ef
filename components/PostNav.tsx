import Link from "next/link";
import type { PostSummary } from "@/lib/data/posts";
import { postPath } from "@/lib/web/urls";
import { pathIn, translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** The previous and next posts, in `lang`'s section. */
export function PostNav({
  previous,
  next,
  lang = site.language,
}: {
  previous?: PostSummary;
  next?: PostSummary;
  lang?: string;
}) {
  if (!previous && !next) return null;
  const t = translator(lang);
  return (
    <nav aria-label={t("postNav.label")} className="mt-12 grid gap-4 border-t border-zinc-200 pt-6 sm:grid-cols-2 dark:border-zinc-800">
      {previous ? (
        <Link href={pathIn(lang, postPath(previous.slug))} rel="prev" className="group">
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">{t("postNav.previous")}</span>
          <span className="font-medium text-zinc-900 group-hover:text-teal-800 dark:text-white dark:group-hover:text-teal-300">
            {previous.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={pathIn(lang, postPath(next.slug))} rel="next" className="group sm:text-right">
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">{t("postNav.next")}</span>
          <span className="font-medium text-zinc-900 group-hover:text-teal-800 dark:text-white dark:group-hover:text-teal-300">
            {next.title}
          </span>
        </Link>
      )}
    </nav>
  );
}
