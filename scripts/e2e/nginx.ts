/**
 * Serves a static export with deploy/nginx.conf, the file the README gives
 * authors, under a real nginx: it decodes request paths as GitHub Pages and S3
 * do, which a Node static server can hide.
 *
 *   tsx scripts/e2e/nginx.ts out 3210
 *
 * Runs in the foreground (Playwright's webServer stops it), listens on
 * 127.0.0.1 only and keeps its pid, logs and temp files in ./.e2e-nginx/.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const NGINX = process.env.NGINX || ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find((p) => fs.existsSync(p)) || "nginx";
const MIME_TYPES = ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types", "/opt/homebrew/etc/nginx/mime.types"];

/** The committed site config with only `listen` and `root` replaced. */
export function siteConfig(template: string, root: string, port: number): string {
  const once = (text: string, pattern: RegExp, line: string) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: no ${pattern} line`);
    return text.replace(pattern, (_, indent: string) => `${indent}${line}`);
  };
  const listened = once(template, /^([ \t]*)listen\s+[^;]+;/m, `listen 127.0.0.1:${port};`);
  return once(listened, /^([ \t]*)root\s+[^;]+;/m, `root ${root};`);
}

/** A whole nginx.conf around the site config, every path inside `dir`. */
export function mainConfig(dir: string, mimeTypes: string, isRoot: boolean): string {
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`);
  return [
    // As root, workers would drop to `nobody`, who cannot read a private temp folder.
    ...(isRoot ? ["user root;"] : []),
    "worker_processes 1;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    "events { worker_connections 256; }",
    "http {",
    `  include ${mimeTypes};`,
    "  default_type application/octet-stream;",
    "  access_log off;",
    ...temp,
    `  include ${dir}/site.conf;`,
    "}",
    "",
  ].join("\n");
}

function main() {
  const [root = "out", port = "3210"] = process.argv.slice(2);
  const mimeTypes = MIME_TYPES.find((p) => fs.existsSync(p));
  if (!mimeTypes) throw new Error(`nginx's mime.types not found (looked in ${MIME_TYPES.join(", ")}); install nginx`);
  const dir = path.resolve(".e2e-nginx");
  fs.mkdirSync(dir, { recursive: true });
  const template = fs.readFileSync("deploy/nginx.conf", "utf8");
  fs.writeFileSync(path.join(dir, "site.conf"), siteConfig(template, path.resolve(root), Number(port)));
  fs.writeFileSync(path.join(dir, "nginx.conf"), mainConfig(dir, mimeTypes, os.userInfo().uid === 0));
  const nginx = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), "-g", "daemon off;"], {
    stdio: "inherit",
  });
  nginx.on("error", (error) => {
    console.error(`could not start ${NGINX}: ${error.message} (apt-get install nginx)`);
    process.exit(1);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => nginx.kill("SIGQUIT"));
  nginx.on("exit", (code) => process.exit(code ?? 0));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
