/**
 * Standalone pages: `content/pages/<name>.md` becomes `/<name>` (about, now,
 * uses). They are not posts: no date, and no list, feed, tag or search index
 * knows them; their `aliases` redirect to them. A draft (or a WordPress
 * status other than `publish`) is not published. Front matter: contentlayer.config.ts pageFields. Relative images and links resolve from the posts' content
 * folder, as if the page sat at its root: `images/me.jpg` is
 * `content/blog/images/me.jpg`, `2014/2014-08-01-europython-2014.md` that post.
 *
 * Rendered by the content step (`.md` only) into one JSON document each,
 * again only when the page's text or the code changed.
 */
import fs from "node:fs";
import path from "node:path";
import { parseSource } from "./checks";
import type { ContentProblem } from "../frontmatter";
import { renderMarkdown } from "../markdown/render";
import { isTooDeep, nestingProblem } from "../markdown/nesting";
import { ROUTE_ROOTS } from "../web/urls";
import { normalizeNewlines } from "./newlines";
import { pruneFolder, writeIfChanged } from "./files";
import { hashOf, Ledger } from "./cache";
import { PAGE_DIR, PAGE_INDEX_NAME, type StandalonePage } from "../data/page-files";
import { pageFields } from "../../contentlayer.config";
import { readFields } from "../content-model";

/** The pages' Ledger (lib/build/cache.ts): the text each page was rendered from. */
const PAGES_STATE_FILE = ".contentlayer/quire-pages-state.json";

export interface PagesResult {
  problems: ContentProblem[];
  warnings: string[];
  pages: number;
  rendered: number;
  /** Each published page's old addresses (`aliases`), for the redirect table. */
  moved: Array<{ path: string; aliases: string[] }>;
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function writePages(options: {
  pagesRoot: string;
  contentRoot: string;
  projectDir: string;
  basePath?: string;
  /** The site's language codes: `/<code>` is a language's section, never a page. */
  languageCodes?: readonly string[];
}): Promise<PagesResult> {
  const out = path.join(options.projectDir, PAGE_DIR);
  const result: PagesResult = { problems: [], warnings: [], pages: 0, rendered: 0, moved: [] };
  const files = fs.existsSync(options.pagesRoot) ? fs.readdirSync(options.pagesRoot).filter((f) => /\.md$/i.test(f)).sort() : [];
  const index: Array<{ name: string; title: string }> = [];
  const ledger = new Ledger(path.join(options.projectDir, PAGES_STATE_FILE));
  for (const file of files) {
    // Named as the author finds it, from the project folder.
    const label = path.relative(options.projectDir, path.join(options.pagesRoot, file)).split(path.sep).join("/");
    const problem = (field: string, message: string) => result.problems.push({ file: label, field, message });
    const name = file.replace(/\.md$/i, "");
    if (!NAME.test(name)) {
      problem("name", `"${name}" cannot be a page's URL: use lowercase letters, digits and dashes`);
      continue;
    }
    if ((ROUTE_ROOTS as readonly string[]).includes(name)) {
      problem("name", `"/${name}" is one of the site's own routes; rename the file`);
      continue;
    }
    if (options.languageCodes?.includes(name)) {
      problem("name", `"/${name}" is the address of a language's section (site.config.ts languages); rename the file`);
      continue;
    }
    const source = normalizeNewlines(fs.readFileSync(path.join(options.pagesRoot, file), "utf8"));
    let data: Record<string, unknown>;
    let body: string;
    try {
      ({ data, body } = parseSource(source));
    } catch (error) {
      problem("front matter", `is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      continue;
    }
    const before = result.problems.length;
    const { aliases = [], draft, status, ...fields } = readFields(pageFields, data, problem);
    const { title } = fields;
    if (result.problems.length > before || !title) continue;
    if (draft || (status !== undefined && status.toLowerCase() !== "publish")) continue;

    const target = path.join(out, `${name}.json`);
    if (!ledger.isCurrent(name, hashOf(source)) || !fs.existsSync(target)) {
      let rendered: Awaited<ReturnType<typeof renderMarkdown>>;
      try {
        rendered = await renderMarkdown(body, {
          title,
          root: options.contentRoot,
          file: path.join(options.contentRoot, `${name}.md`),
          basePath: options.basePath,
          warn: (message) => result.warnings.push(message.replace(`${name}.md:`, `${label}:`)),
        });
      } catch (error) {
        // One line for the page, as for a post; the other pages and the posts go on.
        // An earlier render of the page goes too, so that the next run renders it again.
        fs.rmSync(target, { force: true });
        if (isTooDeep(error)) result.problems.push(nestingProblem(label));
        else problem("body", `could not be rendered: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
        continue;
      }
      const page: StandalonePage = { ...fields, title, name, html: rendered.html, toc: rendered.toc };
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(target, JSON.stringify(page));
      result.rendered += 1;
    }
    index.push({ name, title });
    if (aliases.length > 0) result.moved.push({ path: `/${name}`, aliases });
    result.pages += 1;
  }
  writeIfChanged(path.join(out, PAGE_INDEX_NAME), JSON.stringify(index));
  pruneFolder(out, new Set([PAGE_INDEX_NAME, ...index.map((p) => `${p.name}.json`)]));
  ledger.save();
  return result;
}
