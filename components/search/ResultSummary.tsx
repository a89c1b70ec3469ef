import type { SearchResult } from "@/lib/search/client";
import { formatDay } from "@/lib/web/dates";
import { Highlighted } from "./Highlighted";

/**
 * Date (as every list shows dates, in `locale`) and snippet of one result (the
 * title is rendered by the caller). A client component's child: formats the
 * day itself rather than through DateTime, which reads the site's settings.
 */
export function ResultSummary({ result, snippet, locale }: { result: SearchResult; snippet?: string; locale: string }) {
  return (
    <>
      <span className="block text-xs text-zinc-600 dark:text-zinc-400">
        <time dateTime={result.post.date}>{formatDay(result.post.date, locale)}</time>
      </span>
      <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">
        {snippet === undefined ? "\u00a0" : <Highlighted text={snippet} terms={result.hit.terms} />}
      </span>
    </>
  );
}
