/**
 * Every page exists in the default language (`app/(site)/...`, no prefix)
 * and in each other language's section (`app/[root]/...`, `/fr/...`). The
 * route files of both trees re-export the same routes from this folder; a
 * route learns its language from the `root` segment, absent in the default tree.
 */
import { notFound } from "next/navigation";
import { getOtherSectionLanguages, getSectionLanguages } from "@/lib/data/posts";
import { decodeSegment } from "@/lib/web/slugs";
import { atLeastOne, PLACEHOLDER } from "@/lib/web/static-params";
import { site } from "@/site.config";

/** A route's params: its own, and `root` in a language's section. */
export type RouteParams<P extends object = object> = Promise<P & { root?: string }>;

/** The language a route answers for: the default, the section's, or undefined for a `root` that is no section. */
export async function sectionLanguage(params: RouteParams | undefined): Promise<string | undefined> {
  const root = params ? (await params).root : undefined;
  if (root === undefined) return site.language;
  const code = decodeSegment(root);
  return getOtherSectionLanguages().includes(code) ? code : undefined;
}

/** The page's language: the default, or the section's (any other `root` is the 404 page). */
export async function languageOf(params: RouteParams | undefined): Promise<string> {
  return (await sectionLanguage(params)) ?? notFound();
}

/**
 * The sections' params for a route with no params of its own: none on a site
 * with no other section, so `/fr/...` is the 404 page until French has a
 * published post (lib/web/static-params.ts: a static export's placeholder).
 */
export function sectionParams() {
  return atLeastOne(
    getOtherSectionLanguages().map((root) => ({ root })),
    { root: PLACEHOLDER },
  );
}

/**
 * generateStaticParams for one tree: the default language's params as they
 * are, or (`sections`) every other language's with its `root`. With none at
 * all, `fallback` in the first language in a static export (lib/web/static-params.ts).
 */
export function staticParams<P extends object>(
  sections: boolean,
  params: (lang: string) => P[],
  fallback: (lang: string) => P,
): Array<P & { root?: string }> {
  if (!sections) return atLeastOne<P & { root?: string }>(params(site.language), fallback(site.language));
  const codes = getOtherSectionLanguages();
  return atLeastOne<P & { root?: string }>(
    codes.flatMap((root) => params(root).map((p) => ({ ...p, root }))),
    { ...fallback(codes[0] ?? site.language), root: codes[0] ?? PLACEHOLDER },
  );
}

/** The same site path in every language with a section, for pages every section has (home, lists, search). */
export function everySection(pathFor: (lang: string) => string, has: (lang: string) => boolean = () => true): Record<string, string> {
  return Object.fromEntries(getSectionLanguages().filter(has).map((lang) => [lang, pathFor(lang)]));
}
