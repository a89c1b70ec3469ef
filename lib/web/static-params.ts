/**
 * A dynamic route with nothing to list (a small blog has no /blog/page/2, a
 * site without series no /series/<name>) lists nothing: it has no page, and
 * any address under it is the 404 page. A static export alone refuses a
 * dynamic route whose generateStaticParams() is empty, so there such a route
 * lists one placeholder: page 1 of the same list, or the name `-`, which
 * renders the 404 page and which the export's last step removes from out/
 * (lib/export/trim.ts).
 */
import { deployEnv, type DeployEnv } from "../env";

/** The name of a placeholder entry: no slug, term or language code is ever `-`. */
export const PLACEHOLDER = "-";

export function atLeastOne<T>(params: T[], placeholder: T, output: DeployEnv["output"] = deployEnv.output): T[] {
  return params.length > 0 || output !== "export" ? params : [placeholder];
}

/** The name under which a static export writes a language section's 404 page: `out/fr/404.html`. */
export const SECTION_NOT_FOUND = "404";

/**
 * The catch-all of unknown addresses in a section (`app/[root]/[...rest]`)
 * renders on request on a server, so it lists nothing there; a static export
 * lists one `<code>/404` per other language, the page a static host serves
 * for an unknown `/<code>/...` address (docs/deploy.md).
 */
export function sectionNotFoundParams(
  otherLanguages: readonly string[],
  output: DeployEnv["output"] = deployEnv.output,
): Array<{ root: string; rest: string[] }> {
  if (output !== "export") return [];
  const pages = otherLanguages.map((root) => ({ root, rest: [SECTION_NOT_FOUND] }));
  return atLeastOne(pages, { root: PLACEHOLDER, rest: [PLACEHOLDER] }, output);
}
