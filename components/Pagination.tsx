import Link from "next/link";

/** Previous/next links between list pages; `pathFor(n)` builds page n's URL. */
export function Pagination({
  page,
  totalPages,
  pathFor,
}: {
  page: number;
  totalPages: number;
  pathFor: (page: number) => string;
}) {
  if (totalPages <= 1) return null;
  const linkClass = "rounded-md px-3 py-2 font-medium text-teal-800 hover:bg-zinc-100 dark:text-teal-300 dark:hover:bg-zinc-800";
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={pathFor(page - 1)} rel="prev" className={linkClass}>
          ← Newer posts
        </Link>
      ) : (
        <span />
      )}
      <span className="text-zinc-600 dark:text-zinc-400">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={pathFor(page + 1)} rel="next" className={linkClass}>
          Older posts →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
