import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeExportNames, decodedFileName } from "@/lib/export/names";

describe("decodedFileName", () => {
  it("gives the name a static host looks for after decoding the request path", () => {
    expect(decodedFileName("c%23.html")).toBe("c#.html");
    expect(decodedFileName("what%3F.txt")).toBe("what?.txt");
    expect(decodedFileName("100%25.html")).toBe("100%.html");
    expect(decodedFileName("caf%C3%A9-cr%C3%A8me.html")).toBe("café-crème.html");
  });

  it("leaves plain names, malformed escapes and names that would hold a slash", () => {
    expect(decodedFileName("europython-2014.html")).toBeUndefined();
    expect(decodedFileName("100%.html")).toBeUndefined();
    expect(decodedFileName("a%2Fb.html")).toBeUndefined();
    expect(decodedFileName("%2E%2E")).toBeUndefined();
  });
});

describe("decodeExportNames", () => {
  it("renames pages, their RSC files and folders, but not files copied from public/", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "quire-names-"));
    const write = (rel: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), rel);
    };
    write("tags/c%23.html");
    write("tags/c%23.txt");
    write("tags/c%23/__next.tags.txt");
    write("_content/a%20b.png");

    decodeExportNames(root, (rel) => rel.startsWith("_content"));

    expect(fs.readFileSync(path.join(root, "tags/c#.html"), "utf8")).toBe("tags/c%23.html");
    expect(fs.existsSync(path.join(root, "tags/c#.txt"))).toBe(true);
    expect(fs.existsSync(path.join(root, "tags/c#/__next.tags.txt"))).toBe(true);
    expect(fs.existsSync(path.join(root, "tags/c%23"))).toBe(false);
    expect(fs.existsSync(path.join(root, "_content/a%20b.png"))).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
