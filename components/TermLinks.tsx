import Link from "next/link";
import { taxonomySlug } from "@/lib/web/slugs";
import { taxonomyPath, type TaxonomyKind } from "@/lib/web/urls";
import { pathIn } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** A post's tags or categories, each linked to its page in `lang`'s section; `label` is the caller's, already translated. */
export function TermLinks({
  kind,
  names,
  label,
  lang = site.language,
  className = "",
}: {
  kind: TaxonomyKind;
  names: string[];
  label: string;
  lang?: string;
  /** Added to the list's own classes (its place in the caller's layout). */
  className?: string;
}) {
  if (names.length === 0) return null;
  return (
    <ul aria-label={label} className={`flex flex-wrap gap-2 ${className}`}>
      {names.map((name) => (
        <li key={name}>
          {/* Dozens of chips per list page: prefetching each on sight would
              fetch dozens of pages nobody asked for. */}
          <Link
            href={pathIn(lang, taxonomyPath(kind, taxonomySlug(name)))}
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
