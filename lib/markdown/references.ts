/**
 * Where the relative images and links of a post lead. The rehype plugins
 * (images.ts, links.ts) ask a ContentReferences and never the file system:
 *
 * - at content build, contentFolderReferences reads the content folder (image
 *   sizes, linked files and posts) and recordReferences keeps every answer;
 * - at request time (an `.mdx` page compiled by next-mdx-remote), the page
 *   function has no content folder: recordedReferences answers from what the
 *   content step stored in the post's body document.
 */
import fs from "node:fs";
import { hasCopies, readImageInfo } from "../images/info";
import { displaySizes, pictureSources, RASTER_IMAGE, type PictureSource } from "../images/responsive";
import { contentAssetUrl, isIgnoredContentName, resolveContentReference } from "../content-folders";
import { parseSource } from "../build/checks";
import { readFrontmatter, isPublished, siteLanguageRules } from "../frontmatter";
import { postPath } from "../web/urls";

/** A relative image's served copy, with its size when the file could be measured. */
export interface ResolvedImage {
  url: string;
  width?: number;
  height?: number;
  /** Smaller copies in modern formats (lib/images/responsive.ts), for a raster image that could be measured. */
  sources?: PictureSource[];
  /** How wide it is shown, for the sources' `sizes`. */
  sizes?: string;
}

export interface ResolvedReference<T> {
  /** undefined leaves the reference as written. */
  value?: T;
  /** A problem worth a build warning (the post's name is added by the caller). */
  warning?: string;
}

export interface ContentReferences {
  image(src: string): ResolvedReference<ResolvedImage>;
  /** The href a link written as `href` renders with. */
  link(href: string): ResolvedReference<string>;
}

/** What a post's render resolved, by reference as written; null: left as written. */
export interface RecordedReferences {
  images: Record<string, ResolvedImage | null>;
  links: Record<string, string | null>;
}

export const noReferences = (): RecordedReferences => ({ images: {}, links: {} });

/** A link the content folder may answer: not an anchor, a query, an absolute path or a URL with a scheme. */
export function isRelativeLink(href: string): boolean {
  return Boolean(href) && !/^[#?/]/.test(href) && !/^[a-z][a-z0-9+.-]*:/i.test(href);
}

export interface ContentFolderOptions {
  /** Absolute content folder. */
  root: string;
  /** Absolute path of the post being rendered. */
  file: string;
  basePath?: string;
  /** Told of every content file looked for (see lib/markdown/post-warnings). */
  dependsOn?: (relPath: string) => void;
}

const POST_FILE = /\.(md|mdx)$/i;

/** Slug and publication of the post file at `absPath`, re-read when the file changes. */
const postCache = new Map<string, { mtimeMs: number; slug?: string; lang?: string; published: boolean }>();

function linkedPost(absPath: string, relPath: string, mtimeMs: number) {
  const cached = postCache.get(absPath);
  if (cached && cached.mtimeMs === mtimeMs) return cached;
  let entry: { mtimeMs: number; slug?: string; lang?: string; published: boolean } = { mtimeMs, published: false };
  try {
    const result = readFrontmatter(parseSource(fs.readFileSync(absPath, "utf8")).data, relPath);
    // An invalid post fails the content check on its own; here it just has no URL.
    if (result.meta) entry = { mtimeMs, slug: result.meta.slug, lang: result.meta.lang, published: isPublished(result.meta) };
  } catch {
    // Unreadable front matter: also reported by the content check.
  }
  postCache.set(absPath, entry);
  return entry;
}

/** References answered by the content folder: the content step's (and unit tests'). */
export function contentFolderReferences(options: ContentFolderOptions): ContentReferences {
  const stat = (rel: string) => fs.statSync(`${options.root}/${rel}`, { throwIfNoEntry: false });
  return {
    image(src) {
      const rel = resolveContentReference(src, options.file, options.root);
      if (!rel) return {};
      options.dependsOn?.(rel);
      const found = stat(rel);
      if (!found?.isFile()) return { warning: `image not found: ${src}` };
      const url = contentAssetUrl(rel, options.basePath);
      const info = readImageInfo(`${options.root}/${rel}`, found);
      if (!info) return { value: { url } };
      const { width, height } = info;
      if (!RASTER_IMAGE.test(rel) || !hasCopies(info)) return { value: { url, width, height } };
      return { value: { url, width, height, sources: pictureSources(info, options.basePath), sizes: displaySizes(info) } };
    },
    /**
     * Relative links to files in the content folder go where the file is
     * served: another post's source (`../2019/other.md#part`) to that post's
     * page, any other file (PDF, archive, image) to its copy under `/_content/`.
     */
    link(href) {
      if (!isRelativeLink(href)) return {};
      // `?query` and `#fragment` stay on the rewritten link (`guide.pdf#page=3`).
      const suffix = href.slice(href.search(/[?#]|$/));
      const rel = resolveContentReference(href, options.file, options.root);
      if (!rel) return { warning: `link leads outside the content folder: ${href}` };
      options.dependsOn?.(rel);
      const found = stat(rel);
      if (!found) return { warning: `linked file not found: ${href}` };
      if (!found.isFile()) return { warning: `link points at a folder, which the site does not serve: ${href}` };
      if (rel.split("/").some(isIgnoredContentName)) return { warning: `linked file is never served (hidden or in node_modules): ${href}` };
      if (!POST_FILE.test(rel)) return { value: contentAssetUrl(rel, options.basePath) + suffix };
      const post = linkedPost(`${options.root}/${rel}`, rel, found.mtimeMs);
      if (!post.slug) return { warning: `linked post has invalid front matter: ${href}` };
      // Until /<lang>/ routes exist, `/blog/<slug>` would be the default language's post of that slug.
      if (post.lang !== siteLanguageRules.defaultLanguage) return { warning: `linked post is in "${post.lang}", whose pages are not built yet: ${href}` };
      const url = `${options.basePath ?? ""}${postPath(post.slug)}${suffix}`;
      return post.published ? { value: url } : { value: url, warning: `linked post is not published: ${href}` };
    },
  };
}

/**
 * Wraps references so that every relative image and link they answer is kept
 * in `record`, for the request-time render.
 */
export function recordReferences(references: ContentReferences, record: RecordedReferences): ContentReferences {
  return {
    image(src) {
      const resolved = references.image(src);
      if (isRelativeLink(src)) record.images[src] = resolved.value ?? null;
      return resolved;
    },
    link(href) {
      const resolved = references.link(href);
      if (isRelativeLink(href)) record.links[href] = resolved.value ?? null;
      return resolved;
    },
  };
}

/**
 * References answered by what the content step recorded: no file is read. A
 * reference it did not record stays as written, silently (the content step
 * warned about it already).
 */
export function recordedReferences(record: RecordedReferences): ContentReferences {
  const own = <T>(map: Record<string, T | null>, key: string) => (Object.hasOwn(map, key) ? (map[key] ?? undefined) : undefined);
  return {
    image: (src) => ({ value: own(record.images, src) }),
    link: (href) => ({ value: own(record.links, href) }),
  };
}
