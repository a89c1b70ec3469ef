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
