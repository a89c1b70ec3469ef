import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileStamp, fingerprint, hashOf, Ledger, rememberedValue, stampFiles, stampsCurrent } from "@/lib/build/cache";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-cache-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("hashOf and fingerprint", () => {
  it("hash text and bytes as SHA-1 hex, parts fed one after the other", () => {
    const sha1 = (text: string) => crypto.createHash("sha1").update(text).digest("hex");
    expect(hashOf("europython")).toBe(sha1("europython"));
    expect(hashOf("euro", new TextEncoder().encode("python"))).toBe(sha1("europython"));
  });

  it("give the same inputs the same fingerprint, and any change a new one", () => {
    expect(fingerprint(["a", 1, ["x"]])).toBe(fingerprint(["a", 1, ["x"]]));
    expect(fingerprint(["a", 1, ["x"]])).not.toBe(fingerprint(["a", 1, ["y"]]));
    expect(fingerprint({ title: "A" })).toBe(hashOf(JSON.stringify({ title: "A" })));
  });
});

describe("file stamps", () => {
  it("stay current until a file is rewritten, removed or appears", () => {
    fs.writeFileSync(path.join(dir, "a.jpg"), "one");
    const stamps = stampFiles(dir, ["a.jpg", "b.jpg"]);
    expect(Object.keys(stamps)).toEqual(["a.jpg", "b.jpg"]);
    expect(stamps["b.jpg"]).toBe("missing");
    expect(stampsCurrent(dir, stamps)).toBe(true);

    fs.writeFileSync(path.join(dir, "a.jpg"), "a longer text");
    expect(stampsCurrent(dir, stamps)).toBe(false);

    const again = stampFiles(dir, ["a.jpg", "b.jpg"]);
    fs.writeFileSync(path.join(dir, "b.jpg"), "new");
    expect(stampsCurrent(dir, again)).toBe(false);
    expect(fileStamp(path.join(dir, "b.jpg"))).not.toBe("missing");
  });
});

describe("a Ledger", () => {
  const file = () => path.join(dir, "state.json");

  it("knows nothing on a first run, then finds unchanged outputs current", () => {
    const first = new Ledger(file());
    expect(first.isCurrent("post", "f1")).toBe(false);
    first.save();

    const second = new Ledger(file());
    expect(second.isCurrent("post", "f1")).toBe(true);
    expect(second.isCurrent("new post", "f2")).toBe(false);
  });

  it("finds an output whose inputs changed out of date", () => {
    const first = new Ledger(file());
    first.isCurrent("post", "f1");
    first.save();
    expect(new Ledger(file()).isCurrent("post", "f2")).toBe(false);
  });

  it("lists the outputs a run no longer asks for, and forgets them once saved", () => {
    const first = new Ledger(file());
    first.isCurrent("kept", "k");
    first.isCurrent("gone", "g");
    first.save();

    const second = new Ledger(file());
    second.isCurrent("kept", "k");
    expect(second.dropped()).toEqual(["gone"]);
    second.save();
    expect(new Ledger(file()).dropped()).toEqual(["kept"]);
  });

  it("holds any name, __proto__ too", () => {
    const first = new Ledger(file());
    first.isCurrent("__proto__", "p");
    first.save();
    expect(new Ledger(file()).isCurrent("__proto__", "p")).toBe(true);
  });

  it("trusts nothing when told the outputs are gone, or when its file is unreadable", () => {
    const first = new Ledger(file());
    first.isCurrent("post", "f1");
    first.save();
    expect(new Ledger(file(), false).isCurrent("post", "f1")).toBe(false);
    fs.writeFileSync(file(), "{not json");
    expect(new Ledger(file()).isCurrent("post", "f1")).toBe(false);
  });

  it("leaves its file alone when nothing changed", () => {
    const first = new Ledger(file());
    first.isCurrent("post", "f1");
    first.save();
    const past = new Date("2020-01-01T00:00:00Z");
    fs.utimesSync(file(), past, past);
    const second = new Ledger(file());
    second.isCurrent("post", "f1");
    second.save();
    expect(fs.statSync(file()).mtime).toEqual(past);
  });
});

describe("rememberedValue", () => {
  it("computes once per fingerprint of its inputs", () => {
    const file = path.join(dir, "related.json");
    let computed = 0;
    const compute = () => (computed += 1, [["a", ["b"]]]);
    expect(rememberedValue(file, "f1", compute)).toEqual([["a", ["b"]]]);
    expect(rememberedValue(file, "f1", compute)).toEqual([["a", ["b"]]]);
    expect(computed).toBe(1);
    rememberedValue(file, "f2", compute);
    expect(computed).toBe(2);
  });
});
