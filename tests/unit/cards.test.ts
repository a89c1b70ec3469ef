import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { imageSize } from "image-size";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CARD_DIR, cardOf, drawCards, planCards } from "@/lib/cards/plan";
import type { PostMeta } from "@/lib/frontmatter";
import { drawCard } from "@/lib/cards/draw";

let project: string;
beforeEach(() => (project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-cards-"))));
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

const site = { title: "Quire", language: "en", cardDesign: "d1" };
const meta = (title: string, extra: Partial<PostMeta> = {}): PostMeta => ({
  title,
  date: { day: "2014-08-01", instant: "2014-08-01T00:00:00Z" } as PostMeta["date"],
  tags: ["python", "conference"],
  categories: [],
  slug: title.toLowerCase(),
  draft: false,
  featured: false,
  comments: true,
  authors: [],
  images: [],
  aliases: [],
  lang: "en",
  ...extra,
});

describe("social cards (lib/cards/plan.ts)", () => {
  it("have a key that changes with what the card shows, and only then", () => {
    const key = cardOf(meta("Europython 2014"), site)!.key;
    expect(cardOf(meta("Europython 2014", { categories: ["travel"], summary: "x" }), site)!.key).toBe(key);
    expect(cardOf(meta("Europython 2015"), site)!.key).not.toBe(key);
    expect(cardOf(meta("Europython 2014", { tags: ["python"] }), site)!.key).not.toBe(key);
    expect(cardOf(meta("Europython 2014"), { ...site, language: "fr" })!.key).not.toBe(key);
    expect(cardOf(meta("Europython 2014"), { ...site, cardDesign: "d2" })!.key).not.toBe(key);
  });

  it("are not made for posts that name their own image", () => {
    expect(cardOf(meta("Photos", { images: ["/_content/a.jpg"] }), site)).toBeUndefined();
  });

  it("are drawn once as 1200×630 PNGs; unused ones are removed", async () => {
    const a = cardOf(meta("Europython 2014"), site)!;
    const b = cardOf(meta("Été à Kyiv: Київ"), site)!;
    const todo = planCards(project, [a.key, b.key, a.key]);
    expect([...todo]).toEqual([a.key, b.key]);
    await drawCards(project, [a, b], drawCard);
    const file = path.join(project, CARD_DIR, `${a.key}.png`);
    expect(imageSize(fs.readFileSync(file))).toMatchObject({ width: 1200, height: 630, type: "png" });

    expect([...planCards(project, [a.key, b.key])]).toEqual([]);
    expect([...planCards(project, [b.key])]).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
  });
});
