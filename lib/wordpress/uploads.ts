/**
 * Uploads (a copy of `wp-content/uploads`): which file an upload's URL means,
 * WordPress's resized copies (`x-300x200.jpg`) mapped back to the original
 * when it is there, and the name it gets in a post's `images/` folder.
 */
import fs from "node:fs";
import path from "node:path";

/** The part of an upload's URL after `wp-content/uploads/`, percent-decoded and NFC; undefined for any other URL. */
export function uploadKey(url: string): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(url.trim(), "http://wordpress.invalid").pathname;
  } catch {
    return undefined;
  }
  const at = pathname.indexOf("/wp-content/uploads/");
  if (at < 0) return undefined;
  const rest = pathname.slice(at + "/wp-content/uploads/".length);
  let decoded = rest;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    // a stray % is part of the name
  }
  return decoded.normalize("NFC") || undefined;
}

/** Every file under a folder, by its relative POSIX path in NFC (a Mac writes names in NFD) -> its path on disk. */
export function indexFolder(root: string): Map<string, string> {
  const index = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, relPath);
      else if (entry.isFile()) index.set(relPath.normalize("NFC"), full);
    }
  };
  walk(root, "");
  return index;
}

/** WordPress's resized copy: `photo-300x200.jpg`; also `-scaled` (WordPress 5.3+'s big-image copy). */
const RESIZED = /-(?:\d+x\d+|scaled)(\.[a-z0-9]+)$/i;

/**
 * The file an upload's key means: the original of a resized copy when the
 * original is there, else the key itself when that file is there; matched
 * without regard to case as a last resort (a case-insensitive old server).
 */
export function resolveUpload(key: string, has: (key: string) => boolean, lowercaseIndex?: Map<string, string>): string | undefined {
  const original = key.replace(RESIZED, "$1");
  if (original !== key && has(original)) return original;
  if (has(key)) return key;
  return lowercaseIndex?.get(original.toLowerCase()) ?? lowercaseIndex?.get(key.toLowerCase());
}

/**
 * Names in one `images/` folder: each source file gets its own name, the
 * upload's file name when free, else with `-2`, `-3`... (two months' uploads
 * may both hold `photo.jpg`).
 */
export class ImageFolder {
  private readonly byName = new Map<string, string>();
  private readonly bySource = new Map<string, string>();

  /** The name `source` (an upload key) has in this folder. */
  nameFor(source: string): string {
    const known = this.bySource.get(source);
    if (known) return known;
    const base = source.split("/").pop() ?? source;
    const dot = base.lastIndexOf(".");
    const stem = dot > 0 ? base.slice(0, dot) : base;
    const ext = dot > 0 ? base.slice(dot) : "";
    let name = base;
    for (let n = 2; this.byName.has(name.toLowerCase()); n++) name = `${stem}-${n}${ext}`;
    this.byName.set(name.toLowerCase(), source);
    this.bySource.set(source, name);
    return name;
  }
}

/**
 * An attachment's address kept because its file is not at hand: on https when
 * the site itself is, on the same host (an export's attachment records often
 * keep the http of the day they were uploaded, which the site no longer serves).
 */
export function securedLike(url: string, siteLink: string): string {
  try {
    const address = new URL(url);
    const site = new URL(siteLink);
    if (address.protocol === "http:" && site.protocol === "https:" && address.host === site.host) {
      address.protocol = "https:";
      return address.href;
    }
  } catch {
    // not an absolute address: kept as it is
  }
  return url;
}
