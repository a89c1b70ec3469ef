import { describe, expect, it } from "vitest";
import { renderSocialCard, socialCardKey } from "@/lib/social-card";

const card = { title: "Europython 2014", date: "August 1, 2014", site: "Quire", tags: ["python", "europython"] };

describe("social cards", () => {
  it("draws a 1200×630 PNG", async () => {
    const png = await renderSocialCard(card);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it("draws titles in other scripts without failing", async () => {
    const png = await renderSocialCard({ ...card, title: "Привет, κόσμε — Tiếng Việt नमस्ते" });
    expect(png.readUInt32BE(16)).toBe(1200);
  });

  it("keys a card by what it shows, so unchanged cards are not redrawn", () => {
    expect(socialCardKey(card)).toBe(socialCardKey({ ...card, tags: [...card.tags] }));
    expect(socialCardKey(card)).not.toBe(socialCardKey({ ...card, title: "Europython 2015" }));
    expect(socialCardKey(card)).not.toBe(socialCardKey({ ...card, tags: ["python"] }));
  });
});
