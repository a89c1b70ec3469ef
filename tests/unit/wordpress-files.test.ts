import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scratchFolders } from "./helpers/temp-dirs";
import { fileSlug, MANIFEST_NAME, OutputFolder, postFilePath } from "@/lib/wordpress/files";

const tempDir = scratchFolders("wp-files-");

describe("layout", () => {
  it("follows the corpus: blog/YYYY/YYYY-MM-DD-slug.md", () => {
    expect(postFilePath("2010-05-03T14:22:00+02:00", "hello-world")).toBe("blog/2010/2010-05-03-hello-world.md");
  });
  it("keeps non-Latin slugs in file names; never a language suffix, a slash or an over-long name", () => {
    expect(fileSlug("привет")).toBe("привет");
    expect(fileSlug("tightloosetight.de")).toBe("tightloosetight-de");
    expect(fileSlug("a/b:c")).toBe("a-b-c");
    expect(Buffer.byteLength(fileSlug("я".repeat(200)))).toBeLessThanOrEqual(180);
  });
});

describe("OutputFolder", () => {
  it("a second run with the same content rewrites nothing, the manifest included", () => {
    const root = tempDir();
    const first = new OutputFolder(root);
    expect(first.write("blog/a.md", "one")).toBe("written");
    first.save();
    const manifest = path.join(root, MANIFEST_NAME);
    const stamp = fs.statSync(manifest).mtimeMs;
    const fileStamp = fs.statSync(path.join(root, "blog/a.md")).mtimeMs;
    const second = new OutputFolder(root);
    expect(second.write("blog/a.md", "one")).toBe("unchanged");
    second.save();
    expect(fs.statSync(manifest).mtimeMs).toBe(stamp);
    expect(fs.statSync(path.join(root, "blog/a.md")).mtimeMs).toBe(fileStamp);
  });

  it("updates a file the export changed, but leaves a file the author edited alone unless forced", () => {
    const root = tempDir();
    const first = new OutputFolder(root);
    first.write("blog/a.md", "one");
    first.write("blog/b.md", "bee");
    first.save();
    fs.writeFileSync(path.join(root, "blog/b.md"), "my edit");
    const second = new OutputFolder(root);
    expect(second.write("blog/a.md", "two")).toBe("updated");
    expect(second.write("blog/b.md", "bee 2")).toBe("kept");
    second.save();
    expect(fs.readFileSync(path.join(root, "blog/a.md"), "utf8")).toBe("two");
    expect(fs.readFileSync(path.join(root, "blog/b.md"), "utf8")).toBe("my edit");
    // Still the author's on the next run too.
    expect(new OutputFolder(root).write("blog/b.md", "bee 2")).toBe("kept");
    const forced = new OutputFolder(root, { force: true });
    expect(forced.write("blog/b.md", "bee 2")).toBe("overwritten");
    expect(fs.readFileSync(path.join(root, "blog/b.md"), "utf8")).toBe("bee 2");
  });

  it("never overwrites a file it did not write", () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "blog"));
    fs.writeFileSync(path.join(root, "blog/a.md"), "mine");
    expect(new OutputFolder(root).write("blog/a.md", "import")).toBe("kept");
    expect(fs.readFileSync(path.join(root, "blog/a.md"), "utf8")).toBe("mine");
  });

  it("writes nothing on a dry run", () => {
    const root = path.join(tempDir(), "out");
    const dry = new OutputFolder(root, { dryRun: true });
    expect(dry.write("blog/a.md", "one")).toBe("written");
    dry.save();
    expect(fs.existsSync(root)).toBe(false);
  });
});
