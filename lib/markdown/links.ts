import fs from "node:fs";
import type { Root, Element } from "hast";
import { visit } from "unist-util-visit";
import { contentAssetUrl, isIgnoredContentName, resolveContentReference } from "../content-assets";
import { parseSource } from "../content-check";
import { readFrontmatter, isPublished } from "../frontmatter";
import { postPath } from "../urls";
import { isMdxJsxElement, literalAttribute } from "./mdx-jsx";
import { postWarner, type WarningOptions } from "./post-warnings";

export interface LinkOptions extends WarningOptions {
  basePath?: string;
}

export interface ResolvedLink {
  /** The href to render; undefined leaves the link as written. */
  href?: string;
  /** A problem worth a build warning (the post's name is added by the caller). */
  warning?: string;
}

const POST_FILE = /\.(md|mdx)$/i;

/** Slug and publication of the post file at `absPath`, re-read when the file changes. */
const postCache = new Map<string, { mtimeMs: number; slug?: string; published: boolean }>();

function linkedPost(absPath: string, relPath: string, mtimeMs: number) {
  const cached = postCache.get(absPath);
  if (cached && cached.mtimeMs === mtimeMs) return cached;
  let entry: { mtimeMs: number; slug?: string; published: boolean } = { mtimeMs, published: false };
  try {
    const result = readFrontmatter(parseSource(fs.readFileSync(absPath, "utf8")).data, relPath);
    // An invalid post fails the content check on its own; here it just has no URL.
    if (result.meta) entry = { mtimeMs, slug: result.meta.slug, published: isPublished(result.meta) };
  } catch {
    // Unreadable front matter: also reported by the content check.
  }
  postCache.set(absPath, entry);
  return entry;
}

/**
 * Where a link written in a post should point. Relative links to files in the
 * content folder go where the file is served: another post's source
 * (`../2019/other.md#part`) to that post's page, any other file (PDF, archive,
 * image) to its copy under `/_content/`. Anchors, queries, absolute paths and
 * URLs with a scheme (`https:`, `mailto:`) are left as written.
 */
export function resolveContentLink(href: string, options: LinkOptions): ResolvedLink {
  if (!href || /^[#?/]/.test(href) || /^[a-z][a-z0-9+.-]*:/i.test(href)) return {};
  // `?query` and `#fragment` stay on the rewritten link (`guide.pdf#page=3`).
  const suffix = href.slice(href.search(/[?#]|$/));
  const rel = resolveContentReference(href, options.file, options.root);
  if (!rel) return { warning: `link leads outside the content folder: ${href}` };
  options.dependsOn?.(rel);
  const abs = `${options.root}/${rel}`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    return { warning: `linked file not found: ${href}` };
  }
  if (!stat.isFile()) return { warning: `link points at a folder, which the site does not serve: ${href}` };
  if (rel.split("/").some(isIgnoredContentName)) return { warning: `linked file is never served (hidden or in node_modules): ${href}` };
  if (!POST_FILE.test(rel)) return { href: contentAssetUrl(rel, options.basePath) + suffix };
  const post = linkedPost(abs, rel, stat.mtimeMs);
  if (!post.slug) return { warning: `linked post has invalid front matter: ${href}` };
  const url = `${options.basePath ?? ""}${postPath(post.slug)}${suffix}`;
  return post.published ? { href: url } : { href: url, warning: `linked post is not published: ${href}` };
}

/**
 * Rewrites relative links (Markdown links, raw `<a href>`, MDX `<a href="...">`)
 * with resolveContentLink and warns about the ones that lead nowhere.
 * Runs after rehypeContentImages, which already points WordPress-style
 * full-size links at local copies.
 */
export function rehypeContentLinks(options: LinkOptions) {
  const warn = postWarner(options);
  const resolve = (href: string) => {
    const resolved = resolveContentLink(href, options);
    if (resolved.warning) warn(resolved.warning);
    return resolved.href;
  };
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === "element") {
        const element = node as Element;
        if (element.tagName !== "a" || typeof element.properties.href !== "string") return;
        const href = resolve(element.properties.href);
        if (href !== undefined) element.properties.href = href;
        return;
      }
      if (!isMdxJsxElement(node, "a")) return;
      const attr = literalAttribute(node, "href");
      if (!attr) return;
      const href = resolve(attr.value);
      if (href !== undefined) attr.value = href;
    });
  };
}
