/**
 * WordPress's query addresses (`/?p=123`, `/?page_id=9`) in a static export.
 * A static host serves `/` whatever the query, so no file can stand at
 * `/?p=123` as legacy-pages.ts writes one for an old path. Instead the
 * export's home page carries a small inline script, only when the site has
 * such addresses: it maps each id to its post and moves on with
 * `location.replace` before the page renders (one hop, no history entry).
 * It needs JavaScript: a reader without it, or a crawler that runs none,
 * sees the home page. `next start`, standalone and Vercel answer the same
 * addresses with a 308 from proxy.server.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { ID_PARAMETERS, isQueryRedirect, type Redirect } from "../server/redirects";

/**
 * The inline script for the home page, or undefined when no old address is a
 * query. Its map is keyed like the redirect table (`?p=123`), and it reads the
 * query as lib/server/redirects.ts idQuery does: the first of ID_PARAMETERS
 * holding a whole number (leading zeros dropped); other parameters are kept.
 */
export function homeRedirectScript(table: readonly Redirect[], basePath: string): string | undefined {
  const moved = Object.fromEntries(table.filter((r) => isQueryRedirect(r.from)).map((r) => [r.from.slice(1), `${basePath}${r.to}`]));
  if (Object.keys(moved).length === 0) return undefined;
  // `<` escaped: a path holding `</script>` cannot end the element.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
  const code = [
    "(function(){",
    `var m=${json(moved)},n=${json(ID_PARAMETERS)},q=new URLSearchParams(location.search);`,
    "for(var i=0;i<n.length;i++){var v=(q.get(n[i])||'').trim();if(!/^\\d+$/.test(v))continue;",
    "var to=m['?'+n[i]+'='+String(Number(v))];if(!to)return;",
    "for(var j=0;j<n.length;j++)q.delete(n[j]);var s=q.toString();",
    "location.replace(to+(s?'?'+s:'')+location.hash);return}",
    "})()",
  ].join("");
  return `<script>${code}</script>`;
}

/** `html` with `script` first in its head, where it runs before anything renders. */
export function withHeadScript(html: string, script: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return html;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${script}${html.slice(at)}`;
}

/** Adds the script to `<outDir>/index.html` when the table has query addresses; returns how many it maps. */
export function writeHomeRedirects(outDir: string, table: readonly Redirect[], basePath: string): number {
  const script = homeRedirectScript(table, basePath);
  const file = path.join(outDir, "index.html");
  if (!script || !fs.existsSync(file)) return 0;
  fs.writeFileSync(file, withHeadScript(fs.readFileSync(file, "utf8"), script));
  return table.filter((r) => isQueryRedirect(r.from)).length;
}
