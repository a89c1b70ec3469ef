/**
 * `npm run bench:import [-- --posts 1000] [--keep]`: the WordPress import's
 * speed and memory on a large export. Makes one by repeating the posts, pages
 * and attachments of the shared exports (../shared/wordpress) with new ids and
 * slugs until it holds `--posts` posts, imports it (with betablog's uploads)
 * into a scratch folder, then imports it again (a re-run), and prints wall
 * time and peak memory (RSS) of each run beside the budget (30 s, 500 MB).
 * A benchmark, not a test: it asserts nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measure } from "./bench/measure";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const wanted = Number(option("posts", "1000"));
const shared = path.resolve("../shared/wordpress");
const exports = ["betablog", "tight-loose-tight"].map((name) => path.join(shared, name, "export.xml"));
if (!exports.every((file) => fs.existsSync(file))) {
  console.log(`bench:import: ${shared} not found; nothing to measure`);
  process.exit(0);
}

/** The items of an export as text, and its head (everything before the first item). */
function split(text: string): { head: string; items: string[] } {
  const first = text.indexOf("<item>");
  const items: string[] = [];
  let at = first;
  while (at >= 0) {
    const end = text.indexOf("</item>", at) + "</item>".length;
    items.push(text.slice(at, end));
    at = text.indexOf("<item>", end);
  }
  return { head: text.slice(0, first), items };
}

/** One item with every id moved by `shift` and its slug given the suffix: a new post, as far as the import can tell. */
function copyOf(item: string, shift: number, suffix: string): string {
  const id = (n: string) => String(Number(n) + shift);
  return item
    .replace(/(<wp:post_id>)(\d+)/, (_m, tag: string, n: string) => tag + id(n))
    .replace(/(<wp:post_parent>)(\d+)/, (_m, tag: string, n: string) => (n === "0" ? `${tag}0` : tag + id(n)))
    .replace(/(_thumbnail_id(?:\]\]>)?<\/wp:meta_key>\s*<wp:meta_value>(?:<!\[CDATA\[)?)(\d+)/, (_m, pre: string, n: string) => pre + id(n))
    .replace(/(<wp:post_name>(?:<!\[CDATA\[)?)([^<\]]+)/, (_m, tag: string, slug: string) => `${tag}${slug}-${suffix}`)
    .replace(/(<link>[^<]*?)\/?(<\/link>)/, (_m, link: string, end: string) => `${link}-${suffix}/${end}`)
    .replace(/(<guid[^>]*>[^<]*?)(<\/guid>)/, (_m, guid: string, end: string) => `${guid}&amp;copy=${suffix}${end}`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-bench-import-"));
const big = path.join(dir, "export.xml");
const parts = exports.map((file) => split(fs.readFileSync(file, "utf8")));
const postsIn = (items: string[]) => items.filter((i) => /<wp:post_type>(<!\[CDATA\[)?post\b/.test(i)).length;
const perRound = parts.reduce((n, p) => n + postsIn(p.items), 0);
const rounds = Math.ceil(wanted / perRound);
const out = fs.openSync(big, "w");
fs.writeSync(out, parts[0].head);
for (let round = 0; round < rounds; round++) {
  parts.forEach((part, n) => {
    for (const item of part.items) fs.writeSync(out, `${copyOf(item, (round * 2 + n) * 100_000, `r${round}e${n}`)}\n`);
  });
}
fs.writeSync(out, "</channel>\n</rss>\n");
fs.closeSync(out);
const megabytes = (fs.statSync(big).size / 1e6).toFixed(1);
console.log(`bench:import: ${rounds * perRound} posts (${rounds} copies of both shared exports), ${megabytes} MB, in ${big}`);

const target = path.join(dir, "out");
const uploads = path.join(shared, "betablog", "uploads");
const command = `node --import tsx scripts/import.ts wordpress ${big} --out ${target} --uploads ${uploads}`;
const env = { ...process.env, CI: "true" };
const first = await measure(command, env, path.join(dir, "first.log"));
const again = await measure(command, env, path.join(dir, "again.log"));
const budget = (m: { wallSeconds: number; peakRssMB: number }) =>
  `${m.wallSeconds.toFixed(1)} s wall (budget 30 s), ${m.peakRssMB.toFixed(0)} MB peak RSS (budget 500 MB)`;
console.log(`first import: ${budget(first)}`);
console.log(`re-run:       ${budget(again)}`);
const lines = (log: string, pattern: RegExp) => fs.readFileSync(path.join(dir, log), "utf8").split("\n").filter((l) => pattern.test(l));
console.log(lines("first.log", /^\s+(posts|pages|images|files):/).join("\n"));
console.log(`  re-run ${lines("again.log", /^\s+files:/).join("").trim()}`);
if (args.includes("--keep")) console.log(`kept ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
