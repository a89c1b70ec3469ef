import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { scratchFolders } from "./helpers/temp-dirs";
import { importWordpress, type ImportOptions } from "@/lib/wordpress/import";
import { MANIFEST_NAME } from "@/lib/wordpress/files";
import { WxrError } from "@/lib/wordpress/wxr";
import { readFrontmatter } from "@/lib/frontmatter";
import { parseComments } from "@/lib/comments/file";

const FIXTURES = "tests/fixtures/wordpress";
const tempDir = scratchFolders("wp-import-");

function run(options: Partial<ImportOptions> & { out: string }) {
  return importWordpress({ file: `${FIXTURES}/blog.xml`, uploads: `${FIXTURES}/uploads`, reservedPageNames: ["tags", "blog"], ...options });
}

function filesIn(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => fs.statSync(path.join(root, f)).isFile())
    .sort();
}

const frontMatter = (out: string, file: string) => matter(fs.readFileSync(path.join(out, file), "utf8")).data;

describe("importWordpress on a small export", () => {
  it("writes posts in the corpus layout, pages apart, images beside their posts, comments beside theirs", async () => {
    const out = tempDir();
    await run({ out });
    expect(filesIn(out)).toEqual(
      [
        MANIFEST_NAME,
        "blog/2014/2014-12-08-undated.md",
        "blog/2010/2010-05-03-hello-world.comments.json",
        "blog/2010/2010-05-03-hello-world.md",
        "blog/2010/2010-06-01-second.md",
        "blog/2010/2010-06-02-second-2.md",
        "blog/2010/2010-07-01-привет.md",
        "blog/2010/images/photo.jpg",
        "blog/images/photo.jpg",
        "blog/2011/2011-02-01-a-draft-title-nobody-may-see.md",
        "blog/2011/2011-02-02-pending-review.md",
        "blog/2011/2011-02-03-auto-draft.md",
        "blog/2011/2011-02-04-members-only.md",
        "blog/2011/2011-02-05-private-thoughts.md",
        "blog/2011/2011-03-01-two-months.md",
        "blog/2011/images/café.jpg",
        "blog/2011/images/photo-2.jpg",
        "blog/2011/images/photo.jpg",
        "blog/2011/images/tiny-100x100.png",
        "blog/2031/2031-01-01-coming-soon.md",
        "pages/about.md",
        "pages/private-page.md",
        "pages/tags-page.md",
        "pages/ueber-mich.md",
      ].sort(),
    );
  });

  it("writes the front matter of wp-interface section 2, which the content step accepts", async () => {
    const out = tempDir();
    await run({ out });
    expect(frontMatter(out, "blog/2010/2010-05-03-hello-world.md")).toEqual({
      title: "Hello \u201cWorld\u201d & more",
      date: "2010-05-03T14:22:00+02:00",
      lastmod: "2011-01-02T10:00:00+01:00",
      slug: "hello-world",
      categories: ["Garden & Yard"],
      tags: ["roses"],
      authors: ["Ann Smith"],
      summary: "First paragraph with a link to the second post and its permalink.",
      images: ["images/photo.jpg"],
      aliases: ["/2010/05/03/hello-world/", "/?p=10"],
      guid: "http://old.example.com/?p=10",
    });
    expect(frontMatter(out, "blog/2010/2010-06-01-second.md").summary).toBe("A hand-written excerpt.");
    expect(frontMatter(out, "blog/2010/2010-07-01-привет.md")).toMatchObject({ title: "Привет", slug: "привет", aliases: ["/привет/", "/?p=13"] });
    for (const file of filesIn(out).filter((f) => f.startsWith("blog/") && f.endsWith(".md"))) {
      expect(readFrontmatter(frontMatter(out, file), file).problems, file).toEqual([]);
    }
  });

  it("publishes publish only; scheduled keeps its date; every other status is a draft, private marked private", async () => {
    const out = tempDir();
    const report = await run({ out });
    const fields = (file: string) => {
      const { draft, status, date } = frontMatter(out, file);
      return { draft, status, date };
    };
    expect(fields("blog/2010/2010-06-01-second.md")).toMatchObject({ draft: undefined, status: undefined });
    expect(fields("blog/2031/2031-01-01-coming-soon.md")).toEqual({ draft: undefined, status: undefined, date: "2031-01-01T10:00:00+01:00" });
    for (const file of ["2011-02-01-a-draft-title-nobody-may-see", "2011-02-02-pending-review", "2011-02-03-auto-draft", "2011-02-04-members-only"]) {
      expect(fields(`blog/2011/${file}.md`), file).toMatchObject({ draft: true, status: undefined });
    }
    expect(fields("blog/2011/2011-02-05-private-thoughts.md")).toMatchObject({ draft: true, status: "private" });
    expect(frontMatter(out, "pages/private-page.md")).toMatchObject({ draft: true, status: "private", aliases: ["/?page_id=5"] });
    expect(report.posts).toEqual({ published: 6, scheduled: 1, draft: 1, pending: 1, "auto-draft": 1, "password-protected": 1, private: 1 });
    expect(report.pages).toEqual({ published: 3, private: 1 });
    expect(report.skipped).toEqual({ trash: 1, revision: 1, nav_menu_item: 1, wp_global_styles: 1, custom_css: 1 });
  });

  it("copies uploads (originals of resized copies, NFD names, two photo.jpg in one folder) and keeps a missing one at its old address", async () => {
    const out = tempDir();
    const report = await run({ out });
    const body = fs.readFileSync(path.join(out, "blog/2011/2011-03-01-two-months.md"), "utf8");
    expect(body).toContain("](images/photo.jpg)");
    expect(body).toContain("](images/photo-2.jpg)");
    expect(body).toContain("](images/tiny-100x100.png)");
    expect(body).toContain("](images/café.jpg)");
    expect(body).toContain("](http://elsewhere.example/wp-content/uploads/2011/03/photo.jpg)");
    const bytes = (file: string) => fs.readFileSync(file);
    expect(bytes(path.join(out, "blog/2011/images/photo-2.jpg"))).toEqual(bytes(`${FIXTURES}/uploads/2011/02/photo.jpg`));
    expect(bytes(path.join(out, "blog/2010/images/photo.jpg"))).toEqual(bytes(`${FIXTURES}/uploads/2010/05/photo.jpg`));
    const hello = fs.readFileSync(path.join(out, "blog/2010/2010-05-03-hello-world.md"), "utf8");
    expect(hello).toContain("](http://old.example.com/wp-content/uploads/2010/05/gone.jpg)");
    // A page renders as if it sat in the posts folder: its images are in blog/images/.
    expect(fs.readFileSync(path.join(out, "pages/about.md"), "utf8")).toContain("![Our roses](images/photo.jpg)");
    expect(bytes(path.join(out, "blog/images/photo.jpg"))).toEqual(bytes(`${FIXTURES}/uploads/2010/05/photo.jpg`));
    expect(report.images.missing).toEqual([{ item: "Hello \u201cWorld\u201d & more", url: "http://old.example.com/wp-content/uploads/2010/05/gone.jpg" }]);
  });

  it("without --uploads, every upload is kept at its old address and listed", async () => {
    const out = tempDir();
    const report = await run({ out, uploads: undefined });
    expect(report.images.copied).toBe(0);
    expect(report.images.missing.length).toBeGreaterThanOrEqual(6);
    expect(filesIn(out).some((f) => f.includes("/images/"))).toBe(false);
  });

  it("rewrites links between posts to Quire's addresses", async () => {
    const out = tempDir();
    await run({ out });
    const hello = fs.readFileSync(path.join(out, "blog/2010/2010-05-03-hello-world.md"), "utf8");
    expect(hello).toContain("[link to the second post](/blog/second)");
    expect(hello).toContain("[its permalink](/blog/second)");
  });

  it("writes approved comments with replies, and no e-mail address or IP in any file", async () => {
    const out = tempDir();
    const report = await run({ out });
    const { comments } = JSON.parse(fs.readFileSync(path.join(out, "blog/2010/2010-05-03-hello-world.comments.json"), "utf8"));
    expect(comments).toEqual([
      { id: "wp-1", author: "Carol", url: "https://carol.example/", date: "2010-05-04T09:00:00+02:00", text: "Lovely _roses_!" },
      { id: "wp-2", parent: "wp-1", author: "Ann Smith", date: "2010-05-04T10:00:00+02:00", text: "Thank you, Carol." },
    ]);
    expect(report.comments).toEqual({ imported: 2, pings: 1, notApproved: 2 });
    // The site reads the file without a problem.
    const file = "blog/2010/2010-05-03-hello-world.comments.json";
    expect(parseComments(fs.readFileSync(path.join(out, file), "utf8"), file)).toEqual({ comments, problems: [] });
    for (const file of filesIn(out)) {
      const text = fs.readFileSync(path.join(out, file), "latin1");
      expect(text, file).not.toMatch(/@(secret|mail|spam)\.example|203\.0\.113\.9|198\.51\.100\.7|192\.0\.2\.\d/);
    }
  });

  it("names each item that needed a decision in one line", async () => {
    const report = await run({ out: tempDir() });
    expect(report.notes).toEqual([
      `"Second" (id 11) and "Also second" (id 12) share the slug "second": the second is now "second-2"`,
      `slug "привет" (id 13) has no title: titled "Привет" from its slug`,
      `"No date at all" (id 14) has no date: dated 2014-12-08 (the day of the export); set its date by hand`,
      `page "Tags" (id 4): "/tags" is one of Quire's own addresses; the page is /tags-page`,
      `"Photos from two months": its featured image (attachment 99) is not in the export; none set`,
    ]);
  });

  it("a second import of the same export rewrites no file", async () => {
    const out = tempDir();
    const first = await run({ out });
    expect(first.images.copied).toBeGreaterThan(0);
    const stamps = new Map(filesIn(out).map((f) => [f, fs.statSync(path.join(out, f)).mtimeMs]));
    const report = await run({ out });
    expect(report.files.written).toEqual([]);
    expect(report.files.updated).toEqual([]);
    // The images are there already: none copied again, and the report says so.
    expect(report.images.copied).toBe(0);
    expect(new Map(filesIn(out).map((f) => [f, fs.statSync(path.join(out, f)).mtimeMs]))).toEqual(stamps);
  });

  it("leaves a post the author edited alone, unless forced", async () => {
    const out = tempDir();
    await run({ out });
    const file = path.join(out, "blog/2010/2010-06-01-second.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("The second post.", "The second post, edited."));
    const again = await run({ out });
    expect(again.files.kept).toEqual(["blog/2010/2010-06-01-second.md"]);
    expect(fs.readFileSync(file, "utf8")).toContain("edited");
    await run({ out, force: true });
    expect(fs.readFileSync(file, "utf8")).not.toContain("edited");
  });

  it("writes nothing on a dry run, and reports what it would do", async () => {
    const out = path.join(tempDir(), "content");
    const report = await run({ out, dryRun: true });
    expect(fs.existsSync(out)).toBe(false);
    expect(report.files.written.length).toBeGreaterThan(10);
  });
});

describe("importWordpress on bad input", () => {
  it("imports an old export (WXR 1.0, no CDATA)", async () => {
    const out = tempDir();
    const report = await importWordpress({ file: `${FIXTURES}/wxr-1.0.xml`, out });
    expect(report.posts).toEqual({ published: 1 });
    expect(frontMatter(out, "blog/2007/2007-03-04-cafe-creme.md")).toMatchObject({
      title: "Café & crème",
      date: "2007-03-04T05:00:00-05:00",
      categories: ["Coffee"],
      authors: ["joe"],
    });
    expect(fs.readFileSync(path.join(out, "blog/2007/2007-03-04-cafe-creme.md"), "utf8")).toContain("Escaped _markup_ from 2007.");
  });

  it("imports what comes before the cut of a truncated export and names the item cut off", async () => {
    const dir = tempDir();
    const text = fs.readFileSync(`${FIXTURES}/blog.xml`, "utf8");
    const file = path.join(dir, "cut.xml");
    fs.writeFileSync(file, text.slice(0, text.indexOf("Another post with the same slug.")));
    const out = path.join(dir, "out");
    const report = await importWordpress({ file, out });
    expect(filesIn(out)).toContain("blog/2010/2010-06-01-second.md");
    expect(report.notes).toContainEqual(
      expect.stringMatching(/cut\.xml ends early at line \d+, inside Also second, which is not imported; everything before it is imported$/),
    );
  });

  it("stops on a file that is not a WordPress export, and on broken XML naming file and line, writing nothing", async () => {
    const out = path.join(tempDir(), "out");
    await expect(importWordpress({ file: `${FIXTURES}/not-wordpress.xml`, out })).rejects.toThrow(WxrError);
    await expect(importWordpress({ file: `${FIXTURES}/broken.xml`, out })).rejects.toThrow(/broken\.xml:12:\d+: /);
    expect(fs.existsSync(out)).toBe(false);
  });
});
