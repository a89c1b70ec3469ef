import { describe, expect, it } from "vitest";
import type { SearchDocInput } from "@/lib/search/build-index";
import { highlight, runQuery, snippet } from "@/lib/search/query";
import { shardHead, shardKey, shardsFor, tokenize } from "@/lib/search/tokenize";
import { htmlToText } from "@/lib/search/html-text";
import { writtenIndex } from "./helpers/search-index";

const doc = (title: string, text: string, tags: string[] = []): SearchDocInput => ({
  title,
  url: `/blog/${title.toLowerCase().replace(/\s+/g, "-")}`,
  day: "2020-01-01",
  summary: text.slice(0, 50),
  tags,
  text,
});

const docs = [
  doc("Europython 2014", "I met Pieter Hintjens at the ZeroMQ workshop in Berlin."),
  doc("Consul on Gentoo", "Service discovery with consul; no python here.", ["consul"]),
  doc("Python tips", "Generators and itertools for python programmers.", ["python"]),
  doc("Café crème", "Un billet en français sur le café."),
];
const { manifest, shards } = writtenIndex(docs);
const load = async (key: string) => {
  loaded.push(key);
  return shards.get(key) ?? {};
};
let loaded: string[] = [];
const titles = async (q: string) => (await runQuery(q, manifest, load)).map((h) => manifest.posts[h.index]!.title);

describe("tokenize", () => {
  it("lowercases, folds accents and drops stopwords and single letters", () => {
    expect(tokenize("The Café, a CRÈME & ZeroMQ-4!")).toEqual(["cafe", "creme", "zeromq"]);
  });

  it("puts terms in shards by their first three letters, and reads the key back", () => {
    expect(shardKey("europython")).toBe("eur");
    expect(shardKey("go")).toBe("go");
    expect(shardKey("日本語です")).toBe("u65e5-672c-8a9e");
    expect(shardKey("abé")).toBe("u61-62-e9");
    for (const key of ["eur", "go", "u65e5-672c-8a9e", "u61-62-e9"]) expect(shardKey(shardHead(key))).toBe(key);
  });

  it("needs one shard for a word, and every shard under a prefix shorter than three letters", () => {
    const available = ["ab", "abc", "abd", "u61-62-e9", "ac", "eur"];
    expect(shardsFor("abc", false, available)).toEqual(["abc"]);
    expect(shardsFor("abcdef", true, available)).toEqual(["abc"]);
    expect(shardsFor("ab", false, available)).toEqual(["ab"]);
    expect(shardsFor("ab", true, available)).toEqual(["ab", "abc", "abd", "u61-62-e9"]);
    expect(shardsFor("zz", true, available)).toEqual([]);
  });
});

describe("runQuery", () => {
  it("finds a post by a word that appears only in its body", async () => {
    loaded = [];
    expect(await titles("hintjens")).toEqual(["Europython 2014"]);
    expect(loaded).toEqual(["hin"]);
  });

  it("ranks title and tag matches above body matches", async () => {
    expect(await titles("python")).toEqual(["Python tips", "Consul on Gentoo"]);
  });

  it("matches the last word as a prefix while typing", async () => {
    expect(await titles("zero")).toEqual(["Europython 2014"]);
    expect(await titles("ze")).toEqual(["Europython 2014"]);
    loaded = [];
    expect(await titles("py")).toEqual(["Python tips", "Consul on Gentoo"]);
    expect(loaded).toEqual(["pyt"]);
    expect(await titles("zero ")).toEqual([]);
  });

  it("requires every word", async () => {
    expect(await titles("consul discovery")).toEqual(["Consul on Gentoo"]);
    expect(await titles("consul itertools")).toEqual([]);
  });

  it("ignores accents", async () => {
    expect(await titles("francais")).toEqual(["Café crème"]);
  });

  it("loads nothing for a prefix no post uses", async () => {
    loaded = [];
    expect(await titles("qqqq")).toEqual([]);
    expect(loaded).toEqual([]);
  });
});

describe("highlight and snippet", () => {
  it("marks matching words, leaving markup as plain text", () => {
    expect(highlight("<img src=x> Zeromq rocks", ["zeromq"])).toEqual([
      { text: "<img src=x> ", match: false },
      { text: "Zeromq", match: true },
      { text: " rocks", match: false },
    ]);
  });

  it("cuts a window around the first match", () => {
    const text = `${"lorem ".repeat(100)}needle here ${"ipsum ".repeat(100)}`;
    const s = snippet(text, ["needle"], 60);
    expect(s.startsWith("…")).toBe(true);
    expect(s).toContain("needle here");
    expect(s.length).toBeLessThan(70);
  });
});

describe("htmlToText", () => {
  it("drops tags and heading anchors and decodes entities", () => {
    expect(htmlToText('<h2 id="a">A &amp; B<a class="heading-anchor" href="#a">#</a></h2><p>x &#x3C; y</p>')).toBe("A & B x < y");
  });
});
