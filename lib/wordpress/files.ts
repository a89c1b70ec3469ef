/**
 * Where imported files go (the corpus layout) and how they are written so
 * that a re-run is safe: a file already as the import would write it is not
 * touched; a file the author has edited since the import wrote it is left
 * alone unless `force`. The hashes of written files are kept in a manifest
 * in the output folder.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The manifest, in the output folder (a dot file: the content step never reads it). */
export const MANIFEST_NAME = ".wordpress-import.json";

/**
 * A file name's part from a slug: what file systems refuse becomes `-`, and
 * it stays under their length limits. A final `.xx` would read as a language
 * suffix (`x.fr.md`), so it becomes `-xx`; the slug itself is in the front matter.
 */
export function fileSlug(slug: string): string {
  let name = slug
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, "-")
    .replace(/\.([a-z]{2,3}(?:-[a-z0-9]+)?)$/i, "-$1")
    .replace(/^[.-]+|-+$/g, "");
  while (Buffer.byteLength(name) > 180) name = [...name].slice(0, -1).join("");
  return name || "post";
}

/** `blog/2010/2010-05-03-slug.md`; its images in `blog/2010/images/`. */
export function postFilePath(date: string, slug: string): string {
  const day = date.slice(0, 10);
  return `blog/${day.slice(0, 4)}/${day}-${fileSlug(slug)}.md`;
}

/** The `images/` folder beside a post or page file. */
export function imagesFolderOf(file: string): string {
  return `${path.posix.dirname(file)}/images`;
}

export type WriteOutcome = "written" | "updated" | "unchanged" | "kept" | "overwritten";

const hashOf = (content: string | Buffer) => crypto.createHash("sha256").update(content).digest("hex");

export class OutputFolder {
  private readonly manifestFile: string;
  private readonly before: Record<string, string>;
  private readonly after: Record<string, string>;
  readonly outcomes: Record<WriteOutcome, string[]> = { written: [], updated: [], unchanged: [], kept: [], overwritten: [] };

  constructor(
    readonly root: string,
    private readonly options: { force?: boolean; dryRun?: boolean } = {},
  ) {
    this.manifestFile = path.join(root, MANIFEST_NAME);
    let files: Record<string, string> = {};
    try {
      const parsed = JSON.parse(fs.readFileSync(this.manifestFile, "utf8")) as { files?: Record<string, string> };
      files = parsed.files ?? {};
    } catch {
      // no manifest yet: every existing file counts as the author's own
    }
    this.before = files;
    this.after = { ...files };
  }

  /** Writes `rel` (POSIX, relative to the output folder) unless that changes nothing or would lose the author's edits. */
  write(rel: string, content: string | Buffer): WriteOutcome {
    const outcome = this.decide(rel, content);
    this.outcomes[outcome].push(rel);
    if (outcome === "kept") return outcome;
    this.after[rel] = hashOf(content);
    if (outcome !== "unchanged" && !this.options.dryRun) {
      const full = path.join(this.root, rel);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
    }
    return outcome;
  }

  private decide(rel: string, content: string | Buffer): WriteOutcome {
    let current: Buffer;
    try {
      current = fs.readFileSync(path.join(this.root, rel));
    } catch {
      return "written";
    }
    const currentHash = hashOf(current);
    if (currentHash === hashOf(content)) return "unchanged";
    if (this.before[rel] === currentHash) return "updated";
    return this.options.force ? "overwritten" : "kept";
  }

  /** Saves the manifest when it changed (a re-run that changes nothing leaves it alone too). */
  save(): void {
    if (this.options.dryRun) return;
    const sorted = Object.fromEntries(Object.entries(this.after).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const text = `${JSON.stringify({ note: "Files the WordPress import wrote, by hash: a re-run leaves files you edited alone.", files: sorted }, null, 2)}\n`;
    let old = "";
    try {
      old = fs.readFileSync(this.manifestFile, "utf8");
    } catch {
      // first run
    }
    if (old === text) return;
    fs.mkdirSync(this.root, { recursive: true });
    fs.writeFileSync(this.manifestFile, text);
  }
}
