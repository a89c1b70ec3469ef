import type { SearchResult } from "@/lib/search/client";
import { DateTime } from "../DateTime";
import { Highlighted } from "./Highlighted";

/** Date (as every list shows dates) and snippet of one result (the title is rendered by the caller). */
export function ResultSummary({ result, snippet }: { result: SearchResult; snippet?: string }) {
  return (
    <>
      <span className="block text-xs text-zinc-600 dark:text-zinc-400">
        <DateTime day={result.post.date} />
      </span>
      <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">
        {snippet === undefined ? "\u00a0" : <Highlighted text={snippet} terms={result.hit.terms} />}
      </span>
    </>
  );
}
