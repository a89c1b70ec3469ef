/**
 * Tags and categories have the same three routes (index, term, term page N);
 * their route files re-export these so the logic exists once.
 */
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageTitle } from "@/components/PageTitle";
import { PostListPage } from "@/components/PostListPage";
import { getTerm, getTermPage, getTerms, termPageParams } from "@/lib/posts";
import { parsePageParam } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { decodeSegment } from "@/lib/slugs";
import { atLeastOne } from "@/lib/static-params";
import { taxonomyIndexPath, taxonomyPath, type TaxonomyKind } from "@/lib/urls";

const LABELS: Record<TaxonomyKind, { plural: string; singular: string }> = {
  tags: { plural: "Tags", singular: "Tag" },
  categories: { plural: "Categories", singular: "Category" },
};

type TermParams = Promise<{ term: string; page?: string }>;

export function termIndexRoute(kind: TaxonomyKind) {
  const { plural } = LABELS[kind];
  return {
    metadata: pageMetadata({ title: plural, path: taxonomyIndexPath(kind) }),
    Page: function TermIndexPage() {
      const terms = getTerms(kind);
      return (
        <>
          <PageTitle lead={`${terms.length} ${plural.toLowerCase()}, most used first.`}>{plural}</PageTitle>
          <ul className="flex flex-wrap gap-3">
            {terms.map((term) => (
              <li key={term.slug}>
                <Link
                  href={taxonomyPath(kind, term.slug)}
                  className="inline-block rounded-md border border-zinc-200 px-3 py-1.5 text-zinc-800 hover:border-teal-700 hover:text-teal-800 dark:border-zinc-700 dark:text-zinc-200 dark:hover:text-teal-300"
                >
                  {term.name} <span className="text-sm text-zinc-600 dark:text-zinc-400">({term.count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      );
    },
  };
}

export function termRoute(kind: TaxonomyKind, paged: boolean) {
  const { singular } = LABELS[kind];

  async function resolve(params: TermParams) {
    const { term: raw, page: rawPage } = await params;
    const slug = decodeSegment(raw);
    const n = paged ? parsePageParam(rawPage ?? "") : 1;
    const term = getTerm(kind, slug);
    const page = term && n !== undefined ? getTermPage(kind, term.slug, n) : undefined;
    return term && page ? { term, page } : undefined;
  }

  return {
    generateStaticParams() {
      const all = termPageParams(kind);
      const params = all
        .filter((p) => (paged ? p.page > 1 : p.page === 1))
        .map((p) => (paged ? { term: p.slug, page: String(p.page) } : { term: p.slug }));
      // Page 1 of the first term, or (no terms at all) a name that renders the 404.
      const first = all[0]?.slug ?? "-";
      return atLeastOne<{ term: string; page?: string }>(params, paged ? { term: first, page: "1" } : { term: first });
    },
    async generateMetadata({ params }: { params: TermParams }) {
      const found = await resolve(params);
      if (!found) return {};
      const { term, page } = found;
      const suffix = page.page > 1 ? `, page ${page.page}` : "";
      return pageMetadata({
        title: `${singular}: ${term.name}${suffix}`,
        description: `${term.count} post${term.count === 1 ? "" : "s"} filed under ${term.name}.`,
        path: taxonomyPath(kind, term.slug, page.page),
      });
    },
    Page: async function TermPage({ params }: { params: TermParams }) {
      const found = await resolve(params);
      if (!found) notFound();
      const { term, page } = found;
      return (
        <PostListPage
          title={
            <>
              <span className="text-zinc-600 dark:text-zinc-400">{singular}:</span> {term.name}
            </>
          }
          lead={`${term.count} post${term.count === 1 ? "" : "s"}${page.page > 1 ? `, page ${page.page}` : ""}.`}
          page={page}
          pathFor={(n) => taxonomyPath(kind, term.slug, n)}
        />
      );
    },
  };
}
