/**
 * A static export names some files after URL-encoded paths: Next 16.4 writes
 * the tag `C#` as `tags/c%23.html`, `tags/c%23.txt` and the folder `tags/c%23/`
 * of RSC segment files (`what?` likewise as `what%3F`; accents and `%` come
 * out decoded). Static hosts (nginx, GitHub Pages, S3) decode the request
 * path before they look for a file, so they look for `tags/c#.html`: every
 * encoded name is renamed to its decoded form after the export, pages and
 * the `.txt` files client navigation fetches alike.
 */
import fs from "node:fs";
import path from "node:path";

/** The decoded file name, or undefined when it needs no change or cannot be a file name. */
export function decodedFileName(name: string): string | undefined {
  if (!name.includes("%")) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(name).normalize("NFC");
  } catch {
    return undefined; // not an escape Next wrote: leave it
  }
  // `%2F` cannot become part of a file name; a host would look in a folder.
  if (decoded === name || /[/\\\0]/.test(decoded) || decoded === "." || decoded === "..") return undefined;
  return decoded;
}

/**
 * Renames every encoded file and folder under `root`, deepest first, except
 * those `isCopied` (files copied as they are, such as public/: an image
 * literally named `a%20b.png` is requested as `a%2520b.png` and must keep its
 * name). Returns the renames.
 */
export function decodeExportNames(
  root: string,
  isCopied: (relPath: string) => boolean = () => false,
): Array<{ from: string; to: string }> {
  const renames: Array<{ from: string; to: string }> = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (isCopied(path.relative(root, full))) continue;
      if (entry.isDirectory()) visit(full);
      const decoded = decodedFileName(entry.name);
      if (!decoded) continue;
      const target = path.join(dir, decoded);
      if (fs.existsSync(target)) throw new Error(`export: cannot rename ${full}: ${target} exists`);
      fs.renameSync(full, target);
      renames.push({ from: path.relative(root, full), to: path.relative(root, target) });
    }
  };
  visit(root);
  return renames;
}
