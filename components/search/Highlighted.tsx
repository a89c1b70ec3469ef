import { highlight } from "@/lib/search/query";

/** Text with matching words in <mark>: React text nodes only, never HTML. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded bg-amber-200 px-0.5 text-zinc-900 dark:bg-amber-300">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
