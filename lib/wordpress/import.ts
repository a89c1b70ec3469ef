/**
 * `npm run import -- wordpress`: reads an export twice as a stream. The first
 * pass plans (which items, their slugs and new addresses, the attachments);
 * the second converts each post or page and writes it with its images and
 * comments. Nothing but the two passes' small index is held in memory.
 */
import fs from "node:fs";
import path from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { convertBody, convertCommentText, type BodyContext } from "./body";
import { commentsFile, importComments } from "./comments";
import { commentsFileOf } from "../comments/file";
import { imagesFolderOf, OutputFolder, postFilePath } from "./files";
import {
  decodeSlug,
  decodeText,
  draftFields,
  isoDate,
  isoFromPubDate,
  isPublic,
  markdownFile,
  offsetMinutes,
  pageName,
  pathOf,
  publication,
  slugFromTitle,
  type ImportedType,
  type Publication,
} from "./items";
import { postPath } from "../web/urls";
import { buildLinkMap, type LinkEntry } from "./links";
import { emptyReport, type ImportReport } from "./report";
import { ImageFolder, indexFolder, resolveUpload, securedLike, uploadKey } from "./uploads";
import { readWxr, type WxrChannel, type WxrItem } from "./wxr";

export interface ImportOptions {
  file: string;
  out: string;
  uploads?: string;
  force?: boolean;
  dryRun?: boolean;
  /** Names a standalone page cannot take (the site's routes and language sections). */
  reservedPageNames?: readonly string[];
  /** Told how far the second pass is: items done of total. */
  progress?: (done: number, total: number) => void;
}

/** One post or page to write, as the first pass planned it. */
interface Planned {
  type: ImportedType;
  state: Publication;
  id: string;
  title: string;
  slug: string;
  /** Relative to the output folder. */
  file: string;
  date: string;
  aliases: string[];
  /** The old permalink and slugs, for links between posts. */
  link: string;
  oldSlugs: string[];
}

interface Plan {
  channel: WxrChannel;
  /** By the item's line in the export (ids may be missing in a broken one). */
  items: Map<number, Planned>;
  /** Attachment id -> its file's URL. */
  attachments: Map<string, string>;
  /** Attachment id -> its own old page's address and the post it belongs to. */
  attachmentPages: Array<{ link: string; parent: string }>;
  /** Post id -> the upload URLs of the attachments it holds, in menu order (`[gallery]` without ids). */
  attachedTo: Map<string, string[]>;
  offset: number;
}

const DEFAULT_CATEGORY = "uncategorized";

function itemName(item: Pick<WxrItem, "title" | "name" | "id">): string {
  const title = decodeText(item.title);
  if (title) return `"${title}"${item.id ? ` (id ${item.id})` : ""}`;
  return item.name ? `slug "${decodeSlug(item.name)}"${item.id ? ` (id ${item.id})` : ""}` : `id ${item.id}`;
}

function chunksOf(file: string): AsyncIterable<string> {
  return fs.createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
}

/** The most common offset among the export's dated items (drafts have no GMT time). */
function commonOffset(counts: Map<number, number>): number {
  let best = 0;
  let bestCount = 0;
  for (const [offset, count] of counts) if (count > bestCount) [best, bestCount] = [offset, count];
  return best;
}

async function plan(options: ImportOptions, report: ImportReport): Promise<Plan> {
  const raw: Array<{ item: WxrItem; type: ImportedType; state: Publication }> = [];
  const attachments = new Map<string, string>();
  const attachmentPages: Plan["attachmentPages"] = [];
  const attached: Array<{ parent: string; order: number; url: string }> = [];
  const offsets = new Map<number, number>();
  let channel: WxrChannel | undefined;
  for await (const event of readWxr(chunksOf(options.file), options.file)) {
    if (event.kind === "channel") channel = event.channel;
    else if (event.kind === "truncated") {
      report.notes.push(
        `${options.file} ends early at line ${event.line}${event.item ? `, inside ${event.item}, which is not imported` : ""}; everything before it is imported`,
      );
    } else {
      const { item } = event;
      const type = item.type.trim() || "post";
      const offset = offsetMinutes(item.postDate, item.postDateGmt);
      if (offset !== undefined) offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
      if (type === "attachment") {
        attachments.set(item.id, item.attachmentUrl || item.guid);
        if (item.parent && item.parent !== "0") {
          if (item.link) attachmentPages.push({ link: item.link, parent: item.parent });
          attached.push({ parent: item.parent, order: Number(item.menuOrder) || 0, url: item.attachmentUrl || item.guid });
        }
        report.types.attachment = (report.types.attachment ?? 0) + 1;
        continue;
      }
      const state = type === "post" || type === "page" ? publication(item) : undefined;
      if (!state) {
        const skipped = item.status.trim() === "trash" ? "trash" : type;
        report.skipped[skipped] = (report.skipped[skipped] ?? 0) + 1;
        continue;
      }
      // Only the index is kept: the body is read again in the second pass.
      raw.push({ item: { ...item, content: "", comments: [] }, type: type as ImportedType, state });
    }
  }
  if (!channel) throw new Error(`${options.file}: no channel`);
  const offset = commonOffset(offsets);
  const items = new Map<number, Planned>();

  // Published and scheduled items claim their slugs first, in export order.
  const ordered = [...raw].sort((a, b) => Number(!isPublic(a.state)) - Number(!isPublic(b.state)));
  const taken = { post: new Map<string, string>(), page: new Map<string, string>() };
  const reserved = new Set(options.reservedPageNames ?? []);
  for (const { item, type, state } of ordered) {
    const name = itemName(item);
    let title = decodeText(item.title);
    let slug = type === "page" ? pageName(decodeSlug(item.name) || slugFromTitle(title)) : decodeSlug(item.name) || slugFromTitle(title);
    if (!slug) slug = `${type}-${item.id || item.line}`;
    if (!title) {
      title = slug.replace(/-+/g, " ").replace(/^./, (c) => c.toLocaleUpperCase("en"));
      report.notes.push(`${name} has no title: titled "${title}" from its slug`);
    }
    if (type === "page" && reserved.has(slug)) {
      const renamed = `${slug}-page`;
      report.notes.push(`page ${name}: "/${slug}" is one of Quire's own addresses; the page is /${renamed}`);
      slug = renamed;
    }
    slug = uniqueSlug(slug, name, taken[type], report);
    const date = isoDate(item.postDate, item.postDateGmt, offset) ?? fallbackDate(item, name, channel, offset, report);
    const file = type === "post" ? postFilePath(date, slug) : `pages/${slug}.md`;
    const ownPath = type === "post" ? `/blog/${slug}` : `/${slug}`;
    // The old permalink, unless it is a query (`/?p=123`, added below) or the new address itself.
    const oldPath = /\?/.test(item.link) ? "" : decodeOldPath(pathOf(item.link));
    const aliases = [
      ...(oldPath && oldPath !== "/" && trimSlash(oldPath) !== ownPath ? [oldPath] : []),
      ...(item.id ? [type === "post" ? `/?p=${item.id}` : `/?page_id=${item.id}`] : []),
    ];
    const oldSlugs = [decodeSlug(item.name), ...(item.meta.get("_wp_old_slug") ?? []).map(decodeSlug)].filter(Boolean);
    items.set(item.line, { type, state, id: item.id, title, slug, file, date, aliases, link: item.link, oldSlugs });
    const kind = type === "post" ? report.posts : report.pages;
    kind[state] = (kind[state] ?? 0) + 1;
    if (isPublic(state)) report.redirects += aliases.length;
  }
  const attachedTo = new Map<string, string[]>();
  for (const a of attached.sort((x, y) => x.order - y.order)) attachedTo.set(a.parent, [...(attachedTo.get(a.parent) ?? []), a.url]);
  return { channel, items, attachments, attachmentPages, attachedTo, offset };
}

/** `slug`, or `slug-2`, `-3`... when an earlier item has it (told apart without regard to case); both are named in the report. */
function uniqueSlug(slug: string, name: string, taken: Map<string, string>, report: ImportReport): string {
  const key = (s: string) => s.toLocaleLowerCase("en");
  const first = taken.get(key(slug));
  let unique = slug;
  if (first) {
    let n = 2;
    while (taken.has(key(`${slug}-${n}`))) n += 1;
    unique = `${slug}-${n}`;
    report.notes.push(`${first} and ${name} share the slug "${slug}": the second is now "${unique}"`);
  }
  taken.set(key(unique), name);
  return unique;
}

/** The date of an item without one: its last change, else its RSS date, else the day of the export; reported. */
function fallbackDate(item: WxrItem, name: string, channel: WxrChannel, offset: number, report: ImportReport): string {
  const [date, from] = [
    [isoDate(item.modified, item.modifiedGmt, offset), "its last change"],
    [isoFromPubDate(item.pubDate), "its RSS date"],
    [isoFromPubDate(channel.pubDate), "the day of the export"],
    ["1970-01-01T00:00:00Z", "no date in the export at all"],
  ].find(([value]) => value) as [string, string];
  report.notes.push(`${name} has no date: dated ${date.slice(0, 10)} (${from}); set its date by hand`);
  return date;
}

function trimSlash(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, "") : p;
}

function decodeOldPath(p: string): string {
  try {
    return decodeURI(p).normalize("NFC");
  } catch {
    return p;
  }
}

/** Plain text of an excerpt, which WordPress lets hold HTML. */
function plainText(html: string): string {
  return toString(fromHtml(html, { fragment: true })).replace(/\s+/g, " ").trim();
}

/** Imports the export; returns the report. Writes nothing with `dryRun`. */
export async function importWordpress(options: ImportOptions): Promise<ImportReport> {
  const report = emptyReport(options.file);
  const planned = await plan(options, report);
  const { channel, items, attachments } = planned;
  report.channel = channel;

  const out = new OutputFolder(options.out, { force: options.force, dryRun: options.dryRun });
  const uploadIndex = options.uploads ? indexFolder(options.uploads) : new Map<string, string>();
  const lowercaseIndex = new Map([...uploadIndex.keys()].map((k) => [k.toLowerCase(), k]));
  const siteUrls = [channel.link, channel.baseSiteUrl, channel.baseBlogUrl];
  const hostOf = (url: string) => {
    try {
      return new URL(url).host.toLowerCase().replace(/^www\./, "");
    } catch {
      return "";
    }
  };
  const siteHosts = new Set([...siteUrls, ...attachments.values()].map(hostOf).filter(Boolean));

  const targetOf = (p: Planned) => (p.type === "post" ? postPath(p.slug) : `/${p.slug}`);
  const entries: LinkEntry[] = [];
  const publicById = new Map<string, Planned>();
  for (const p of items.values()) {
    if (!isPublic(p.state)) continue;
    publicById.set(p.id, p);
    entries.push({ id: p.id, link: p.link, oldSlugs: p.oldSlugs, target: targetOf(p) });
  }
  // An attachment's own page (`/2008/08/22/post/photo/`) leads to its post.
  for (const a of planned.attachmentPages) {
    const parent = publicById.get(a.parent);
    if (parent) entries.push({ id: "", link: a.link, oldSlugs: [], target: targetOf(parent) });
  }
  const links = buildLinkMap(entries, siteUrls);
  const folders = new Map<string, ImageFolder>();
  const copied = new Set<string>();
  const missing = new Set<string>();

  /** The path of an upload from the post `file`, copying it; undefined when it is not an upload of this site or not at hand. */
  const uploadFor = (file: string, itemLabel: string, url: string): string | undefined => {
    const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? hostOf(url) : "";
    if (host && !siteHosts.has(host)) return undefined;
    const key = uploadKey(url);
    if (!key) return undefined;
    const found = resolveUpload(key, (k) => uploadIndex.has(k), lowercaseIndex);
    // Pages render as if they sat in the posts folder: their images go to blog/images/.
    const folder = file.startsWith("blog/") ? imagesFolderOf(file) : "blog/images";
    let names = folders.get(folder);
    if (!names) folders.set(folder, (names = new ImageFolder()));
    const name = found ? names.nameFor(found) : "";
    if (found && !copied.has(`${folder}/${name}`)) {
      try {
        const outcome = out.write(`${folder}/${name}`, fs.readFileSync(uploadIndex.get(found)!));
        copied.add(`${folder}/${name}`);
        // A re-run finds the copy there already: only a file (re)written counts as copied.
        if (outcome !== "unchanged" && outcome !== "kept") report.images.copied += 1;
      } catch {
        // an unreadable file is as good as missing: the import goes on
      }
    }
    if (!found || !copied.has(`${folder}/${name}`)) {
      // One image once per item, however it was asked for (http or https, resized or original).
      const image = `${itemLabel}\u0000${key.replace(/-\d+x\d+(?=\.[^./]+$)/, "")}`;
      if (!missing.has(image)) {
        missing.add(image);
        report.images.missing.push({ item: itemLabel, url });
      }
      return undefined;
    }
    return `images/${name}`;
  };

  const total = items.size;
  let done = 0;
  for await (const event of readWxr(chunksOf(options.file), options.file)) {
    if (event.kind !== "item") continue;
    const { item } = event;
    const p = items.get(item.line);
    if (!p) continue;
    const label = p.title;
    const ctx: BodyContext = {
      item: label,
      linkTarget: (url) => links.target(url),
      uploadTarget: (url) => uploadFor(p.file, label, url),
      attachment: (id) => attachments.get(id),
      attachedImages: () => planned.attachedTo.get(p.id) ?? [],
    };
    const body = convertBody(item.content, ctx);
    for (const [name, count] of Object.entries(body.converted)) report.converted[name] = (report.converted[name] ?? 0) + count;
    for (const [name, count] of Object.entries(body.left)) {
      const seen = report.left[name];
      report.left[name] = { count: (seen?.count ?? 0) + count, first: seen?.first ?? label };
    }
    const excerpt = plainText(item.excerpt);
    const summary = excerpt || body.teaser?.trim() || undefined;
    if (p.type === "page") {
      // A page has no date to wait for: a scheduled page stays a draft.
      out.write(p.file, markdownFile({ title: p.title, description: summary, aliases: p.aliases, ...draftFields(p.state === "scheduled" ? "draft" : p.state) }, body.markdown));
    } else {
      const terms = (domain: string) => [
        ...new Set(
          item.categories
            .filter((c) => c.domain === domain && !(domain === "category" && c.nicename === DEFAULT_CATEGORY))
            .map((c) => decodeText(c.name))
            .filter(Boolean),
        ),
      ];
      const thumbnail = item.meta.get("_thumbnail_id")?.[0];
      const thumbnailUrl = thumbnail ? attachments.get(thumbnail) : undefined;
      if (thumbnail && !thumbnailUrl) report.notes.push(`"${label}": its featured image (attachment ${thumbnail}) is not in the export; none set`);
      const featured = thumbnailUrl ? (uploadFor(p.file, label, thumbnailUrl) ?? securedLike(thumbnailUrl, channel.link)) : undefined;
      const creator = item.creator.trim();
      const lastmod = isoDate(item.modified, item.modifiedGmt, planned.offset);
      out.write(
        p.file,
        markdownFile(
          {
            title: p.title,
            date: p.date,
            ...(lastmod && lastmod !== p.date ? { lastmod } : {}),
            slug: p.slug,
            categories: terms("category"),
            tags: terms("post_tag"),
            authors: creator ? [channel.authors.get(creator) ?? creator] : [],
            summary,
            images: featured ? [featured] : [],
            aliases: p.aliases,
            guid: item.guid.trim() || undefined,
            ...draftFields(p.state),
          },
          body.markdown,
        ),
      );
      const { comments, counts } = importComments(item.comments, convertCommentText, planned.offset);
      report.comments.imported += counts.imported;
      report.comments.pings += counts.pings;
      report.comments.notApproved += counts.notApproved;
      const json = commentsFile(comments);
      if (json) out.write(commentsFileOf(p.file), json);
    }
    done += 1;
    options.progress?.(done, total);
  }
  out.save();
  report.files = out.outcomes;
  report.out = path.resolve(options.out);
  return report;
}
