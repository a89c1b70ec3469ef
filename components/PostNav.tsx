import Link from "next/link";
import type { PostSummary } from "@/lib/posts";
import { postPath } from "@/lib/urls";

export function PostNav({ previous, next }: { previous?: PostSummary; next?: PostSummary }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="More posts" className="mt-12 grid gap-4 border-t border-zinc-200 pt-6 sm:grid-cols-2 dark:border-zinc-800">
      {previous ? (
        <Link href={postPath(previous.slug)} rel="prev" className="group">
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">← Previous post</span>
          <span className="font-medium text-zinc-900 group-hover:text-teal-800 dark:text-white dark:group-hover:text-teal-300">
            {previous.title}
          </span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={postPath(next.slug)} rel="next" className="group sm:text-right">
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">Next post →</span>
          <span className="font-medium text-zinc-900 group-hover:text-teal-800 dark:text-white dark:group-hover:text-teal-300">
            {next.title}
          </span>
        </Link>
      )}
    </nav>
  );
}
