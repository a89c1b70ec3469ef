/**
 * After `next build`: make each output self-sufficient.
 * - standalone: copy public/ and .next/static/ beside server.js, as Next's
 *   docs require, so `node .next/standalone/server.js` serves everything.
 * - export: write `_headers` (security and cache headers for Netlify or
 *   Cloudflare Pages) into out/, give encoded file names (`c%23.html`)
 *   the decoded names static hosts look for (lib/export/names), a page
 *   at each old URL that moves on to its post (lib/export/legacy-pages), the
 *   home page's script for `/?p=123` (lib/export/query-redirects), and drop
 *   the files no browser asks for (lib/export/trim).
 * - every output: one warning while the site's address is still the
 *   example, which every absolute link of the build would carry.
 */
import fs from "node:fs";
import path from "node:path";
import { decodeExportNames } from "../lib/export/names";
import { headersFile } from "../lib/server/security-headers";
import { deployEnv } from "../lib/env";
import { writeLegacyPages } from "../lib/export/legacy-pages";
import { writeHomeRedirects } from "../lib/export/query-redirects";
import { removePlaceholderPages, removeRequestOnlyPages, removeUnreadExportFiles } from "../lib/export/trim";
import { REDIRECTS_FILE, type Redirect } from "../lib/server/redirects";
import { exampleAddressWarning, site } from "../site.config";

const { output, basePath } = deployEnv;

if (output === "standalone") {
  const root = path.resolve(".next/standalone");
  fs.cpSync("public", path.join(root, "public"), { recursive: true });
  fs.cpSync(".next/static", path.join(root, ".next/static"), { recursive: true });
  console.log("standalone: copied public/ and .next/static/ into .next/standalone (run: node .next/standalone/server.js)");
} else if (output === "export") {
  fs.writeFileSync(path.resolve("out/_headers"), headersFile(basePath));
  const fromPublic = (relPath: string) => fs.existsSync(path.join("public", relPath));
  const renamed = decodeExportNames(path.resolve("out"), fromPublic);
  const example = renamed[0] ? ` (${renamed[0].from} -> ${renamed[0].to}, ...)` : "";
  const table = JSON.parse(fs.readFileSync(REDIRECTS_FILE, "utf8")) as Redirect[];
  const moved = writeLegacyPages("out", table, { siteUrl: site.siteUrl, basePath, language: site.language });
  const byId = writeHomeRedirects(path.resolve("out"), table, basePath);
  const unread = removeUnreadExportFiles(path.resolve("out"));
  removePlaceholderPages(path.resolve("out"));
  removeRequestOnlyPages(path.resolve("out"));
  console.log(
    `export: wrote out/_headers and ${moved} pages for old URLs${byId ? ` (and ${byId} /?p= addresses in the home page's script)` : ""}, decoded ${renamed.length} encoded file names${example}, ` +
      `removed ${unread.files} payload copies no browser fetches (${(unread.bytes / 1e6).toFixed(1)} MB); serve out/ with any static file server`,
  );
}

const addressWarning = exampleAddressWarning(site);
if (addressWarning) console.warn(`warning: ${addressWarning}`);
