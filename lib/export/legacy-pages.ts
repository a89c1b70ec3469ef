/**
 * Old URLs in a static export, which cannot redirect: each old path becomes a
 * small HTML file that moves on at once (meta refresh, canonical link, a
 * plain link for the rest). `next start`, standalone and Vercel answer the
 * same paths with one 308 from proxy.server.ts. Written after `next build`
 * (scripts/finish-build.ts): one file per old URL costs Next a whole route
 * (HTML, RSC payload, segment files), a blog has one per post, and there is
 * nothing in these pages for React to do.
 */
import fs from "node:fs";
import path from "node:path";
import { escapeUTF8 as escapeHTML } from "entities";
import { isQueryRedirect, type Redirect } from "../server/redirects";
import { absoluteUrl } from "../web/urls";

export interface LegacyPageSite {
  siteUrl: string;
  basePath: string;
  language: string;
}

/** The page that stands at an old path and sends readers to `to` (a site path). */
export function legacyPage(to: string, site: LegacyPageSite): string {
  const href = escapeHTML(`${site.basePath}${to}`);
  const canonical = escapeHTML(absoluteUrl(to, site.siteUrl, site.basePath));
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHTML(site.language)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>This page has moved</title>",
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${canonical}">`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    "</head>",
    "<body>",
    `<main><h1>This page has moved</h1><p>It now lives at <a href="${href}">${canonical}</a>.</p></main>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * Writes `<outDir><from>.html` for each old path, where nginx, GitHub Pages
 * and S3-style hosts look for `/<from>` (decoded), and `<outDir><from>/index.html`,
 * where they look for `/<from>/`: an old address written with its trailing
 * slash (a WordPress permalink) reaches the refresh page at once, one hop
 * to the post (deploy/nginx.conf serves it before dropping the slash).
 * Never replaces a page the build wrote, and never writes outside `outDir`.
 * The home page's query addresses (`/?p=123`) cannot be files:
 * query-redirects.ts answers them. Returns the old paths written.
 */
export function writeLegacyPages(outDir: string, table: readonly Redirect[], site: LegacyPageSite): number {
  const root = path.resolve(outDir);
  let written = 0;
  for (const { from, to } of table) {
    if (isQueryRedirect(from) || from === "/" || from.includes("\0")) continue;
    const files = [path.resolve(root, `.${from}.html`), path.resolve(root, `.${from}`, "index.html")];
    if (files.some((file) => !file.startsWith(`${root}${path.sep}`) || fs.existsSync(file))) continue;
    const page = legacyPage(to, site);
    for (const file of files) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, page);
    }
    written += 1;
  }
  return written;
}
