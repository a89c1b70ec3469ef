/**
 * Runs after Contentlayer: draws the social card of every post that has no
 * image of its own into public/og/<slug>.png, served at /og/<slug>.png by
 * every target (next start, standalone, static export).
 *
 * A card is redrawn only when its text or design changes (public/og/.cards.json
 * remembers what each file shows), so a rebuild after editing one post draws
 * at most one card. Cards of removed posts are deleted.
 */
import fs from "node:fs";
import path from "node:path";
import { formatDay } from "../lib/dates";
import { getPost, getPosts } from "../lib/posts";
import { renderSocialCard, socialCardKey } from "../lib/social-card";
import { site } from "../site.config";

const outDir = path.resolve("public", "og");
const ledgerFile = path.join(outDir, ".cards.json");

function readLedger(): Record<string, string> {
  try {
    return JSON.parse(fs.readFileSync(ledgerFile, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const previous = readLedger();
  const ledger: Record<string, string> = {};
  let drawn = 0;
  for (const summary of getPosts()) {
    const post = getPost(summary.slug)!;
    if (post.unpublished || post.images.length > 0) continue;
    const props = { title: post.title, date: formatDay(post.day, site.language), site: site.title, tags: post.tags };
    const file = `${post.slug}.png`;
    const key = socialCardKey(props);
    ledger[file] = key;
    if (previous[file] === key && fs.existsSync(path.join(outDir, file))) continue;
    fs.writeFileSync(path.join(outDir, file), await renderSocialCard(props));
    drawn += 1;
  }
  for (const file of fs.readdirSync(outDir)) {
    if (file.endsWith(".png") && !(file in ledger)) fs.rmSync(path.join(outDir, file));
  }
  fs.writeFileSync(ledgerFile, `${JSON.stringify(ledger)}\n`);
  const total = Object.keys(ledger).length;
  console.log(`Social cards: ${total} in public/og (${drawn} drawn, ${total - drawn} unchanged)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
