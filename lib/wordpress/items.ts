/**
 * What becomes of one export item: whether it is imported, whether it is
 * published, its date with its offset, its slug, and its front matter
 * (docs/wordpress.md). Pure: no file is read or written here.
 */
import { decodeHTML } from "entities";
import { stringify } from "yaml";
import type { WxrItem } from "./wxr";

/** Item types the import writes; attachments become the images of the posts that use them. */
export type ImportedType = "post" | "page";

/** How an imported item is published: the report counts each. */
export type Publication = "published" | "scheduled" | "draft" | "pending" | "auto-draft" | "password-protected" | "private";

/**
 * `publish` is published; `future` keeps its date and is published once it
 * has passed; a password, `draft`, `pending`, `auto-draft` (and any status
 * WordPress plugins invent) is a draft; `private` is a draft marked private.
 * `trash` and `inherit` (revisions) are not imported: undefined.
 */
export function publication(item: Pick<WxrItem, "status" | "password">): Publication | undefined {
  const status = item.status.trim().toLowerCase();
  if (status === "trash" || status === "inherit") return undefined;
  if (status === "private") return "private";
  if (item.password.trim()) return "password-protected";
  if (status === "publish") return "published";
  if (status === "future") return "scheduled";
  if (status === "pending" || status === "auto-draft") return status;
  return "draft";
}

/** Whether a reader ever sees it on the site: published, or scheduled (once its date has passed). */
export function isPublic(state: Publication): boolean {
  return state === "published" || state === "scheduled";
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A WordPress `YYYY-MM-DD HH:MM:SS` as minutes since the epoch (read as UTC), or undefined for `0000-00-00` and junk. */
function minutesOf(text: string): number | undefined {
  const m = WP_DATE.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = "0"] = m;
  if (Number(y) < 1) return undefined;
  const time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(time);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return undefined;
  return time / 60_000;
}

/** The site's offset from UTC at that moment, in minutes (local minus GMT), to the quarter hour; undefined when unknown. */
export function offsetMinutes(local: string, gmt: string): number | undefined {
  const a = minutesOf(local);
  const b = minutesOf(gmt);
  if (a === undefined || b === undefined) return undefined;
  const offset = Math.round((a - b) / 15) * 15;
  return Math.abs(offset) <= 14 * 60 ? offset : undefined;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * ISO 8601 with the offset the site had: `2010-05-03T14:22:00+02:00`. The
 * offset comes from the local and GMT times; drafts have no GMT time
 * (`0000-00-00`), so `fallbackOffset` (the export's usual one) is used.
 */
export function isoDate(local: string, gmt: string, fallbackOffset = 0): string | undefined {
  const m = WP_DATE.exec(local.trim());
  if (!m || minutesOf(local) === undefined) {
    // Only a GMT time: written in UTC.
    const g = WP_DATE.exec(gmt.trim());
    if (!g || minutesOf(gmt) === undefined) return undefined;
    return `${g[1]}-${g[2]}-${g[3]}T${g[4]}:${g[5]}:${g[6] ?? "00"}Z`;
  }
  const offset = offsetMinutes(local, gmt) ?? fallbackOffset;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${formatOffset(offset)}`;
}

/** An RSS pubDate (`Mon, 21 Jul 2008 07:53:29 +0000`) as ISO 8601 in UTC, or undefined. */
export function isoFromPubDate(text: string): string | undefined {
  if (!text.trim()) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time) || time <= 0) return undefined;
  return new Date(time).toISOString().replace(/\.000Z$/, "Z");
}

/** Entities decoded (`&#8217;`, `&amp;`), whitespace runs made one space. */
export function decodeText(text: string): string {
  return decodeHTML(text).replace(/\s+/g, " ").trim();
}

/** `post_name` as a reader would type it: percent-decoded (non-Latin slugs), NFC; characters a URL segment cannot hold become `-`. */
export function decodeSlug(name: string): string {
  let decoded = name.trim();
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // a stray % stays, then becomes "-" below
  }
  return decoded
    .normalize("NFC")
    .replace(/[/\\?#%\s]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A slug made from a title, as WordPress would (lowercase; letters of any script kept). */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFC")
    .toLocaleLowerCase("en")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** A standalone page's file name: Quire's page names are lowercase ASCII letters, digits and dashes. */
export function pageName(slug: string): string {
  return slug
    .toLocaleLowerCase("en")
    .replace(/[äöüß]/g, (c) => GERMAN[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The path part of an absolute or site-relative URL, or "" when there is none. */
export function pathOf(url: string): string {
  if (!url.trim()) return "";
  try {
    return new URL(url, "http://wordpress.invalid").pathname;
  } catch {
    return "";
  }
}

/** The front matter of an imported post, in the order an author reads it. Empty fields are left out. */
export interface PostFrontMatter {
  title: string;
  date: string;
  lastmod?: string;
  slug: string;
  categories: string[];
  tags: string[];
  authors: string[];
  summary?: string;
  images: string[];
  aliases: string[];
  guid?: string;
  draft?: boolean;
  status?: string;
}

export interface PageFrontMatter {
  title: string;
  description?: string;
  aliases: string[];
  draft?: boolean;
  status?: string;
}

/** A file's text: YAML front matter written by a YAML library (quoting always right), then the body. */
export function markdownFile(frontMatter: PostFrontMatter | PageFrontMatter, body: string): string {
  const data = Object.fromEntries(
    Object.entries(frontMatter).filter(([, value]) => value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0)),
  );
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ""}`;
}

/** The draft and status fields of a publication state. */
export function draftFields(state: Publication): Pick<PostFrontMatter, "draft" | "status"> {
  if (state === "private") return { draft: true, status: "private" };
  return isPublic(state) ? {} : { draft: true };
}
