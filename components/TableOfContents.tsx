import type { TocEntry } from "@/lib/markdown/headings";
import { TocHighlight } from "./TocHighlight";
import { translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

const NAV_ID = "toc";

/**
 * Shown for posts with three or more headings. Narrow screens get a folded
 * block above the body (the text starts on the first screen of a phone);
 * from 1280 px it sits open in a column beside the body, sticks while the
 * post scrolls, and marks the section being read (TocHighlight).
 */
export function TableOfContents({ toc, lang = site.language }: { toc: TocEntry[]; lang?: string }) {
  if (toc.length < 3) return null;
  return (
    <nav id={NAV_ID} aria-labelledby="toc-heading" className="toc mb-6 text-sm sm:mb-8">
      <details className="toc-box">
        <summary className="toc-summary">
          <h2 id="toc-heading" className="inline font-semibold text-zinc-900 dark:text-white">
            {translator(lang)("toc.title")}
          </h2>
        </summary>
        <ol className="toc-list">
          {toc.map((entry) => (
            <li key={entry.id} className={entry.depth === 3 ? "ml-4" : undefined}>
              <a href={`#${entry.id}`} className="toc-link">
                {entry.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
      <TocHighlight navId={NAV_ID} />
    </nav>
  );
}
