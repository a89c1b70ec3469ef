import { describe, expect, it } from "vitest";
import { looksLikeShortcode, parseAttributes, replaceShortcodes, type Shortcode } from "@/lib/wordpress/shortcodes";

/** Every shortcode `replaceShortcodes` reads in `text`, the text left unchanged. */
function read(text: string): Shortcode[] {
  const found: Shortcode[] = [];
  replaceShortcodes(text, (shortcode) => {
    found.push(shortcode);
    return undefined;
  });
  return found;
}

describe("WordPress's shortcode grammar", () => {
  it("reads double-quoted, single-quoted, bare and positional attributes (shortcode_parse_atts)", () => {
    expect(parseAttributes(` id="attachment_5" Align='left' width=300 "https://x.example/a b" flag`)).toEqual({
      id: "attachment_5",
      align: "left",
      width: "300",
      "0": "https://x.example/a b",
      "1": "flag",
    });
  });

  it("reads self-closing, enclosing and bare forms", () => {
    expect(read(`[gallery ids="1,2" /] [caption width="3"]<img src="a.png"> Cap[/caption] [youtube https://youtu.be/x]`).map((s) => [s.name, s.content])).toEqual([
      ["gallery", undefined],
      ["caption", '<img src="a.png"> Cap'],
      ["youtube", undefined],
    ]);
  });

  it("ends an enclosing shortcode at its own closing tag, with brackets inside", () => {
    const [code] = read(`[code]a[0] = b[i];[/code] after`);
    expect(code.content).toBe("a[0] = b[i];");
  });

  it("writes [[x]] as the literal [x] and reads nothing in it", () => {
    expect(replaceShortcodes(`[[caption]] and [[code]x[/code]]`, () => "REPLACED")).toBe("[caption] and [code]x[/code]");
  });

  it("reads shortcodes inside an unknown one's content", () => {
    expect(replaceShortcodes(`[box][b2 x="1"][/box]`, (s) => (s.name === "b2" ? "B2" : undefined))).toBe("[box]B2[/box]");
  });

  it("tells shortcodes from prose in brackets", () => {
    const [sic, attr, closed, metadata] = read(`[sic] [swfobj src="a.swf"] [note]x[/note] [Bindable(event="x")]`);
    expect([sic, attr, closed, metadata].map(looksLikeShortcode)).toEqual([false, true, true, false]);
  });
});
