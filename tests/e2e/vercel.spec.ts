/**
 * What `vercel build` makes of Quire (target `vercel`, PRERENDER=2): the
 * Build Output in .vercel/output, and its functions called the way Vercel
 * calls them, each from only the files it carries (scripts/e2e/vercel.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { contentDir, publishedPosts } from "./content";
import { securityHeaders } from "../../lib/server/security-headers";
import { POST_INDEX } from "../../lib/data/documents";
import { BODY_DIR } from "../../lib/data/documents";
import { RECORD_DIR, recordName } from "../../lib/build/records";
import { taxonomySlug } from "../../lib/web/slugs";
import { OUTPUT_DIR, RUN_DIR, readFunctionConfig } from "../../scripts/e2e/vercel";

const functions = path.join(OUTPUT_DIR, "functions");
const config = JSON.parse(fs.readFileSync(path.join(OUTPUT_DIR, "config.json"), "utf8")) as {
  routes: { src?: string; headers?: Record<string, string>; middlewarePath?: string }[];
};
const prerendered = publishedPosts.slice(0, 2);
/** An `.mdx` fixture post with a relative image, outside the prerendered set. */
const mdxPost = publishedPosts.find((p) => p.relPath.endsWith("2021-07-01-images-in-mdx.mdx"))!;

/** Every real `.func` folder (the others are symbolic links to these). */
function functionFolders(dir = functions): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) return [];
    if (entry.name.endsWith(".func")) return [full];
    return entry.isDirectory() ? functionFolders(full) : [];
  });
}

/** The files a function carries: those inside its folder and those its config maps in. */
function carriedFiles(funcDir: string): string[] {
  const inside = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? inside(path.join(dir, e.name)) : [path.relative(funcDir, path.join(dir, e.name))]));
  return [...inside(funcDir), ...Object.keys(readFunctionConfig(funcDir).filePathMap ?? {})];
}

test.describe("the Build Output", () => {
  test("routes run the proxy (middleware) and send the security and cache headers", () => {
    expect(config.routes.some((r) => r.middlewarePath === "/_middleware")).toBe(true);
    expect(fs.existsSync(path.join(functions, "_middleware.func", ".vc-config.json"))).toBe(true);
    const headers = Object.assign({}, ...config.routes.map((r) => r.headers ?? {})) as Record<string, string>;
    for (const { key, value } of securityHeaders(true)) expect(headers[key], key).toBe(value);
    expect(config.routes.some((r) => r.src?.includes("feed") && /max-age=\d+/.test(r.headers?.["Cache-Control"] ?? ""))).toBe(true);
  });

  test("the two newest posts and the list pages are prerendered; older posts are not", () => {
    const configFile = (route: string) => path.join(functions, `${route}.prerender-config.json`);
    for (const post of prerendered) expect(fs.existsSync(configFile(`blog/${post.meta.slug}`)), post.meta.slug).toBe(true);
    expect(fs.existsSync(configFile(`blog/${mdxPost.meta.slug}`))).toBe(false);
    for (const list of ["index", "blog", "tags", "categories", ...prerendered[0].meta.tags.map((t) => `tags/${taxonomySlug(t)}`)]) {
      expect(fs.existsSync(configFile(list)), list).toBe(true);
    }
  });

  test("every function that renders posts carries the post manifest, every record and body, and nothing of the content folder", () => {
    const renderers = functionFolders().filter((dir) => !dir.includes("_middleware"));
    expect(renderers.length).toBeGreaterThan(0);
    const content = path.relative(process.cwd(), contentDir);
    for (const dir of renderers) {
      const files = new Set(carriedFiles(dir));
      expect(files.has(POST_INDEX), `${dir}: ${POST_INDEX}`).toBe(true);
      for (const post of publishedPosts) {
        expect(files.has(`${BODY_DIR}/${post.relPath}.json`), `${dir}: ${post.relPath}`).toBe(true);
        expect(files.has(`${RECORD_DIR}/${recordName(post.meta.slug)}`), `${dir}: record of ${post.meta.slug}`).toBe(true);
      }
      expect([...files].filter((f) => f.startsWith(`${content}/`) || f.startsWith("public/_content/"))).toEqual([]);
    }
  });
});

test.describe("the functions, run from their own files", () => {
  test("an .mdx post outside the prerendered set renders with its title, image sizes and resolved links", async ({ request }) => {
    const response = await request.get(`/blog/${encodeURIComponent(mdxPost.meta.slug)}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toMatch(new RegExp(`<h1[^>]*>${mdxPost.meta.title}</h1>`));
    const images = html.match(/<img [^>]*>/g) ?? [];
    expect(images).toHaveLength(2);
    for (const img of images) {
      expect(img).toContain('src="/_content/_fixtures/2021/images/sch%C3%A9ma.png"');
      expect(img).toContain('width="40"');
      expect(img).toContain('height="30"');
    }
    expect(html).toContain('href="/_content/_fixtures/2021/files/guide.pdf#page=2"');
    expect(html).toContain('href="/blog/hello-world#intro"');
    expect((await request.get("/_content/_fixtures/2021/images/sch%C3%A9ma.png")).status()).toBe(200);
  });

  test("a prerendered post renders too", async ({ request }) => {
    const response = await request.get(`/blog/${encodeURIComponent(prerendered[0].meta.slug)}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(prerendered[0].meta.title);
  });

  test("the French section is served from the build: a translation, its feed and its search index", async ({ request }) => {
    const post = await request.get("/fr/blog/europython-2014");
    expect(post.status()).toBe(200);
    const html = await post.text();
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('hrefLang="en" href="https://quire.example.com/blog/europython-2014"');
    const feed = await request.get("/fr/feed.xml");
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain("<language>fr</language>");
    const index = (await (await request.get("/fr/search.json")).json()) as { posts: Array<{ url: string } | null> };
    expect(index.posts.map((p) => p?.url).sort()).toEqual(["/fr/blog/europython-2014", "/fr/blog/un-blog-en-deux-langues"]);
  });

  test("the feed is XML", async ({ request }) => {
    const response = await request.get("/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    expect(await response.text()).toContain(`<title><![CDATA[${publishedPosts[0].meta.title}]]></title>`);
  });

  for (const slug of ["no-such-post", "%E2%9C%93-nothing"]) {
    test(`a slug no post has is the 404 page, never a 500: ${slug}`, async ({ request }) => {
      const response = await request.get(`/blog/${slug}`);
      expect(response.status()).toBe(404);
      // The page itself, in the HTML: not a blank document whose 404 view only a script draws.
      const html = await response.text();
      expect(html).toMatch(/<h1[^>]*>Page not found</);
      expect(html).toMatch(/<header[\s>]/);
      expect(html).not.toContain('id="__next_error__"');
    });
  }

  test("no function printed a warning or an error", async ({ request }) => {
    // The requests above may run in another worker: make sure each function has served one here.
    await request.get(`/blog/${encodeURIComponent(mdxPost.meta.slug)}`);
    await request.get("/feed.xml");
    const logs = fs.readdirSync(RUN_DIR).filter((name) => name.endsWith(".log"));
    expect(logs.length).toBeGreaterThanOrEqual(2);
    for (const log of logs) expect(fs.readFileSync(path.join(RUN_DIR, log), "utf8"), log).not.toMatch(/warn|error|not found/i);
  });
});
