/**
 * Social cards: a 1200×630 PNG per post without an image of its own, made by
 * the content step and served as a static file, `/_quire/og/<key>.png`. The
 * key is a hash of everything the card shows, so a card is drawn once, when
 * its post's title, date or tags change, and never again for a rebuild.
 * Drawing is the caller's (lib/cards/draw.tsx): lib/ never imports
 * components/.
 */
import fs from "node:fs";
import path from "node:path";
import { formatDay } from "../web/dates";
import { GENERATED_DIR } from "../web/urls";
import type { PostMeta } from "../frontmatter";
import { pruneFolder } from "../build/files";
import { fingerprint } from "../build/cache";

/** What a card shows. */
export interface CardProps {
  title: string;
  date: string;
  site: string;
  tags: string[];
}

export interface CardJob {
  key: string;
  props: CardProps;
}

/** Draws one card as PNG bytes. */
export type CardRenderer = (props: CardProps) => Promise<Uint8Array>;

/** Takes cards to draw, at once or later (lib/cards/drawer.ts draws them beside the step). */
export interface CardDrawer {
  queue(job: CardJob): void;
}

/** The site's card settings: what cards show beside the post, and a fingerprint of their design. */
export interface CardSite {
  title: string;
  language: string;
  /** The site's languages: a post's card shows its date in its own language's locale. */
  languages?: ReadonlyArray<{ code: string; locale: string }>;
  /** Changes when the card's code does (lib/cards/draw.tsx), so every card is drawn again. */
  cardDesign?: string;
}

/** Public folder of the cards, relative to the project. */
export const CARD_DIR = path.join("public", GENERATED_DIR, "og");

function cardProps(meta: PostMeta, site: CardSite): CardProps {
  const locale = site.languages?.find((l) => l.code === meta.lang)?.locale ?? site.language;
  return { title: meta.title, date: formatDay(meta.date.day, locale), site: site.title, tags: meta.tags.slice(0, 4) };
}

/** The card a post gets (none when it names images of its own). */
export function cardOf(meta: PostMeta, site: CardSite): CardJob | undefined {
  if (meta.images.length > 0) return undefined;
  const props = cardProps(meta, site);
  // Named by what it shows (lib/build/cache.ts): a card whose file exists is current.
  const key = fingerprint([site.cardDesign ?? "", props]).slice(0, 16);
  return { key, props };
}

const cardFile = (projectDir: string, key: string) => path.join(projectDir, CARD_DIR, `${key}.png`);

export function cardExists(projectDir: string, key: string): boolean {
  return fs.existsSync(cardFile(projectDir, key));
}

/** Removes cards no post uses; returns the keys of those still to draw. */
export function planCards(projectDir: string, keys: readonly string[]): Set<string> {
  const dir = path.join(projectDir, CARD_DIR);
  pruneFolder(dir, new Set(keys.map((key) => `${key}.png`)));
  const drawn = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  return new Set(keys.filter((key) => !drawn.has(`${key}.png`)));
}

/** Draws `jobs`, one at a time (each is CPU-bound), writing each file whole. */
export async function drawCards(projectDir: string, jobs: readonly CardJob[], render: CardRenderer): Promise<void> {
  fs.mkdirSync(path.join(projectDir, CARD_DIR), { recursive: true });
  for (const job of jobs) {
    const file = cardFile(projectDir, job.key);
    fs.writeFileSync(`${file}.tmp`, await render(job.props));
    fs.renameSync(`${file}.tmp`, file);
  }
}
