/**
 * After `next build`: make each output self-sufficient.
 * - standalone: copy public/ and .next/static/ beside server.js, as Next's
 *   docs require, so `node .next/standalone/server.js` serves everything.
 * - export: write `_headers` (security and cache headers for Netlify or
 *   Cloudflare Pages) into out/.
 */
import fs from "node:fs";
import path from "node:path";
import { headersFile } from "../lib/security-headers";

const output = process.env.NEXT_OUTPUT;

if (output === "standalone") {
  const root = path.resolve(".next/standalone");
  fs.cpSync("public", path.join(root, "public"), { recursive: true });
  fs.cpSync(".next/static", path.join(root, ".next/static"), { recursive: true });
  console.log("standalone: copied public/ and .next/static/ into .next/standalone (run: node .next/standalone/server.js)");
} else if (output === "export") {
  fs.writeFileSync(path.resolve("out/_headers"), headersFile(process.env.BASE_PATH || ""));
  console.log("export: wrote out/_headers; serve out/ with any static file server");
}
