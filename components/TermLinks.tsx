import Link from "next/link";
import { taxonomySlug } from "@/lib/slugs";
import { taxonomyPath, type TaxonomyKind } from "@/lib/urls";

export function TermLinks({ kind, names, label }: { kind: TaxonomyKind; names: string[]; label: string }) {
  if (names.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {names.map((name) => (
        <li key={name}>
          <Link
            href={taxonomyPath(kind, taxonomySlug(name))}
            className={
              kind === "tags"
                ? "rounded-full bg-zinc-100 px-2.5 py-0.5 text-sm text-zinc-800 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700"
                : "text-sm font-medium text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
            }
          >
            {kind === "tags" ? `#${name}` : name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
