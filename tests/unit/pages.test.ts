import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatProblem } from "@/lib/frontmatter";
import { writePages } from "@/lib/build/pages";
import { readPageIndex, readStandalonePage } from "@/lib/data/store";
import { PAGE_DIR } from "@/lib/data/page-files";

let project: string;
let pagesRoot: string;
let contentRoot: string;
beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-pages-"));
  pagesRoot = path.join(project, "content", "pages");
  contentRoot = path.join(project, "content", "blog");
  fs.mkdirSync(pagesRoot, { recursive: true });
  fs.mkdirSync(path.join(contentRoot, "2014"), { recursive: true });
  fs.writeFileSync(path.join(contentRoot, "2014", "2014-08-01-europython-2014.md"), "---\ntitle: Europython 2014\ndate: 2014-08-01\n---\n\nHi.\n");
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

const put = (name: string, text: string) => fs.writeFileSync(path.join(pagesRoot, name), text);
const run = () => writePages({ pagesRoot, contentRoot, projectDir: project });
const dir = () => path.join(project, PAGE_DIR);

describe("standalone pages (lib/build/pages.ts)", () => {
  it("render each content/pages/<name>.md, links resolving from the posts' folder, Windows line endings too", async () => {
    put("about.md", "---\r\ntitle: About\r\ndescription: Who writes here.\r\n---\r\n\r\nSee [my first post](2014/2014-08-01-europython-2014.md).\r\n");
    const result = await run();
    expect(result).toMatchObject({ problems: [], pages: 1, rendered: 1 });
    expect(readPageIndex(dir())).toEqual([{ name: "about", title: "About" }]);
    const page = readStandalonePage("about", dir())!;
    expect(page).toMatchObject({ name: "about", title: "About", description: "Who writes here." });
    expect(page.html).toContain('<a href="/blog/europython-2014">my first post</a>');
  });

  it("render a page again only when its text changed, and drop a page whose file went", async () => {
    put("about.md", "---\ntitle: About\n---\n\nOne.\n");
    put("now.md", "---\ntitle: Now\n---\n\nTwo.\n");
    await run();
    expect((await run()).rendered).toBe(0);
    put("now.md", "---\ntitle: Now\n---\n\nThree.\n");
    expect((await run()).rendered).toBe(1);
    fs.rmSync(path.join(pagesRoot, "about.md"));
    await run();
    expect(readStandalonePage("about", dir())).toBeUndefined();
    expect(fs.readdirSync(dir()).sort()).toEqual(["_index.json", "now.json"]);
  });

  it("fail with one line per problem naming the file and the field", async () => {
    put("blog.md", "---\ntitle: Blog\n---\n");
    put("Uses Page.md", "---\ntitle: Uses\n---\n");
    put("no-title.md", "---\ndescription: 3\n---\n");
    const { problems } = await run();
    expect(problems.map(formatProblem)).toEqual([
      'content/pages/Uses Page.md: name: "Uses Page" cannot be a page\'s URL: use lowercase letters, digits and dashes',
      'content/pages/blog.md: name: "/blog" is one of the site\'s own routes; rename the file',
      "content/pages/no-title.md: title: is required",
      "content/pages/no-title.md: description: must be a string",
    ]);
    expect(readPageIndex(dir())).toEqual([]);
  });

  it("fail a page nested too deep with one line, and render the others", async () => {
    put("deep.md", `---\ntitle: Deep\n---\n\n${">".repeat(1000)} deep\n`);
    put("about.md", "---\ntitle: About\n---\n\nHello.\n");
    const { problems, rendered } = await run();
    expect(problems.map(formatProblem)).toEqual(["content/pages/deep.md: nesting deeper than 200 levels"]);
    expect(rendered).toBe(1);
  });

  it("publish no draft or unpublished WordPress page, and list a published page's old addresses", async () => {
    put("about.md", '---\ntitle: About\naliases: ["/?page_id=9", "/about-us/"]\n---\n\nHi.\n');
    put("secret.md", "---\ntitle: Secret plans\ndraft: true\nstatus: private\naliases: [/?page_id=10]\n---\n\nNo.\n");
    put("pending.md", "---\ntitle: Pending\nstatus: pending\n---\n\nNo.\n");
    const result = await run();
    expect(result).toMatchObject({ problems: [], pages: 1, moved: [{ path: "/about", aliases: ["/?page_id=9", "/about-us/"] }] });
    expect(readPageIndex(dir())).toEqual([{ name: "about", title: "About" }]);
    expect(readStandalonePage("secret", dir())).toBeUndefined();
  });

  it("know no page when there is no pages folder", async () => {
    fs.rmSync(pagesRoot, { recursive: true });
    expect(await run()).toMatchObject({ pages: 0, problems: [] });
    expect(readStandalonePage("about", dir())).toBeUndefined();
  });
});
