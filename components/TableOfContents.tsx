import type { TocEntry } from "@/lib/markdown/headings";

/** Shown for posts with three or more headings. */
export function TableOfContents({ toc }: { toc: TocEntry[] }) {
  if (toc.length < 3) return null;
  return (
    <nav aria-labelledby="toc-heading" className="mb-8 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
      <h2 id="toc-heading" className="font-semibold text-zinc-900 dark:text-white">
        Contents
      </h2>
      <ol className="mt-2 space-y-1">
        {toc.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "ml-4" : undefined}>
            <a href={`#${entry.id}`} className="text-zinc-700 hover:text-teal-800 hover:underline dark:text-zinc-300 dark:hover:text-teal-300">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
