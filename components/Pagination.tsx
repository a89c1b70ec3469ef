import Link from "next/link";
import { translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** Previous/next links between list pages; `pathFor(n)` builds page n's URL (in the language's section: the route's to build). */
export function Pagination({
  page,
  totalPages,
  pathFor,
  lang = site.language,
}: {
  page: number;
  totalPages: number;
  pathFor: (page: number) => string;
  lang?: string;
}) {
  if (totalPages <= 1) return null;
  const t = translator(lang);
  const linkClass = "rounded-md px-3 py-2 font-medium text-teal-800 hover:bg-zinc-100 dark:text-teal-300 dark:hover:bg-zinc-800";
  return (
    <nav aria-label={t("pagination.label")} className="mt-8 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={pathFor(page - 1)} rel="prev" className={linkClass}>
          {t("pagination.newer")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-zinc-600 dark:text-zinc-400">
        {t("pagination.pageOf", { page, total: totalPages })}
      </span>
      {page < totalPages ? (
        <Link href={pathFor(page + 1)} rel="next" className={linkClass}>
          {t("pagination.older")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
