import Link from "next/link";
import { taxonomySlug } from "@/lib/slugs";
import { taxonomyPath, type TaxonomyKind } from "@/lib/urls";

export function TermLinks({ kind, names, label }: { kind: TaxonomyKind; names: string[]; label: string }) {
  if (names.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {names.map((name) => (
        <li key={name}>
          {/* Dozens of chips per list page: prefetching each on sight would
              fetch dozens of pages nobody asked for. */}
          <Link
            href={taxonomyPath(kind, taxonomySlug(name))}
            prefetch={false}
            className={kind === "tags" ? "tag-chip" : "category-link"}
          >
            {kind === "tags" ? `#${name}` : name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
