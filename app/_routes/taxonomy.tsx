/**
 * Tags and categories have the same routes (index, term, term page N) in
 * every language; their route files re-export these so the logic exists once.
 */
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageFrame } from "@/components/PageFrame";
import { PageTitle } from "@/components/PageTitle";
import { PostListPage } from "@/components/PostListPage";
import { pathIn, translator } from "@/lib/i18n/site";
import { parsePageParam } from "@/lib/data/pagination";
import { getTerm, getTermPage, getTerms, termPageParams } from "@/lib/data/posts";
import { pageMetadata } from "@/lib/web/seo";
import { decodeSegment } from "@/lib/web/slugs";
import { taxonomyIndexPath, taxonomyPath, type TaxonomyKind } from "@/lib/web/urls";
import { everySection, languageOf, staticParams, type RouteParams } from "./language";
import { PLACEHOLDER } from "@/lib/web/static-params";

type TermParams = RouteParams<{ term: string; page?: string }>;

const MESSAGES = {
  tags: { plural: "tags.plural", indexLead: "tags.indexLead", termTitle: "tags.termTitle" },
  categories: { plural: "categories.plural", indexLead: "categories.indexLead", termTitle: "categories.termTitle" },
} as const;

/** The index of a kind in each language with terms of that kind. */
const indexes = (kind: TaxonomyKind) => everySection((lang) => pathIn(lang, taxonomyIndexPath(kind)), (lang) => getTerms(kind, lang).length > 0);

/** One term's page `n` in each language that has it (the same slug, as many pages). */
const termPages = (kind: TaxonomyKind, slug: string, n: number) =>
  everySection(
    (lang) => pathIn(lang, taxonomyPath(kind, slug, n)),
    (lang) => (getTermPage(kind, slug, n, lang) !== undefined),
  );

/** Stands for the term's name in its title's message, so the words around it can be styled apart. */
const NAME_SLOT = "\u0000";

/** "Tag: python" as the language writes it ("Mot-clé : python"), the words before the name muted. */
function TermTitle({ text, name }: { text: string; name: string }) {
  const [before, after = ""] = text.split(NAME_SLOT);
  return (
    <>
      <span className="text-zinc-600 dark:text-zinc-400">{before.trimEnd()}</span> {name}
      {after}
    </>
  );
}

export function termIndexRoute(kind: TaxonomyKind) {
  const m = MESSAGES[kind];
  return {
    async generateMetadata({ params }: { params: RouteParams }) {
      const lang = await languageOf(params);
      return pageMetadata({ title: translator(lang)(m.plural), path: pathIn(lang, taxonomyIndexPath(kind)), lang, languages: indexes(kind) });
    },
    Page: async function TermIndexPage({ params }: { params: RouteParams }) {
      const lang = await languageOf(params);
      const t = translator(lang);
      const terms = getTerms(kind, lang);
      return (
        <PageFrame lang={lang} languages={indexes(kind)}>
          <PageTitle lead={t(m.indexLead, { count: terms.length })}>{t(m.plural)}</PageTitle>
          <ul className="flex flex-wrap gap-3">
            {terms.map((term) => (
              <li key={term.slug}>
                <Link
                  href={pathIn(lang, taxonomyPath(kind, term.slug))}
                  className="inline-block rounded-md border border-zinc-200 px-3 py-1.5 text-zinc-800 hover:border-teal-700 hover:text-teal-800 dark:border-zinc-700 dark:text-zinc-200 dark:hover:text-teal-300"
                >
                  {term.name} <span className="text-sm text-zinc-600 dark:text-zinc-400">({term.count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </PageFrame>
      );
    },
  };
}

export function termRoute(kind: TaxonomyKind, paged: boolean) {
  const m = MESSAGES[kind];

  async function resolve(params: TermParams) {
    const lang = await languageOf(params);
    const { term: raw, page: rawPage } = await params;
    const slug = decodeSegment(raw);
    const n = paged ? parsePageParam(rawPage ?? "") : 1;
    const term = getTerm(kind, slug, lang);
    const page = term && n !== undefined ? getTermPage(kind, term.slug, n, lang) : undefined;
    return { lang, found: term && page ? { term, page } : undefined };
  }

  return {
    generateStaticParams(sections: boolean) {
      return staticParams<{ term: string; page?: string }>(
        sections,
        (lang) =>
          termPageParams(kind, lang)
            .filter((p) => (paged ? p.page > 1 : p.page === 1))
            .map((p) => (paged ? { term: p.slug, page: String(p.page) } : { term: p.slug })),
        // Page 1 of a term, or (no terms at all) a name that renders the 404.
        (lang) => (paged ? { term: termPageParams(kind, lang)[0]?.slug ?? PLACEHOLDER, page: "1" } : { term: PLACEHOLDER }),
      );
    },
    async generateMetadata({ params }: { params: TermParams }) {
      const { lang, found } = await resolve(params);
      if (!found) return {};
      const t = translator(lang);
      const { term, page } = found;
      const suffix = page.page > 1 ? t("taxonomy.pageSuffix", { page: page.page }) : "";
      return pageMetadata({
        title: `${t(m.termTitle, { name: term.name })}${suffix}`,
        description: t("taxonomy.termDescription", { count: term.count, name: term.name }),
        path: pathIn(lang, taxonomyPath(kind, term.slug, page.page)),
        lang,
        languages: termPages(kind, term.slug, page.page),
      });
    },
    Page: async function TermPage({ params }: { params: TermParams }) {
      const { lang, found } = await resolve(params);
      if (!found) notFound();
      const t = translator(lang);
      const { term, page } = found;
      return (
        <PageFrame lang={lang} languages={termPages(kind, term.slug, page.page)}>
          <PostListPage
            lang={lang}
            title={<TermTitle text={t(m.termTitle, { name: NAME_SLOT })} name={term.name} />}
            lead={
              page.page > 1
                ? t("taxonomy.termLeadPaged", { count: term.count, page: page.page })
                : t("taxonomy.termLead", { count: term.count })
            }
            page={page}
            pathFor={(n) => pathIn(lang, taxonomyPath(kind, term.slug, n))}
          />
        </PageFrame>
      );
    },
  };
}
