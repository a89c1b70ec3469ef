/**
 * Files beside the posts (images, PDFs, archives) are copied to
 * `public/_content/` and served from `/_content/...` (lib/content-folders.ts
 * builds their URLs). Copies are refreshed only when the source changed.
 */
import fs from "node:fs";
import path from "node:path";
import { pruneFolder } from "./files";

export interface AssetSyncResult {
  copied: number;
  removed: number;
}

/** Makes `outDir` hold a current copy of each of `assets` (relative to `root`). */
export function syncAssets(root: string, outDir: string, assets: readonly string[]): AssetSyncResult {
  let copied = 0;
  for (const rel of assets) if (copyIfChanged(path.join(root, rel), path.join(outDir, rel))) copied += 1;
  const removed = pruneFolder(outDir, new Set(assets));
  return { copied, removed };
}

function copyIfChanged(from: string, to: string): boolean {
  const source = fs.statSync(from);
  try {
    const copy = fs.statSync(to);
    // Within a millisecond: utimes keeps no finer precision.
    if (copy.size === source.size && Math.abs(copy.mtimeMs - source.mtimeMs) < 1) return false;
  } catch {
    // no copy yet
  }
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
  // The copy carries the source's mtime: the next sync can tell it is current.
  fs.utimesSync(to, source.atime, source.mtime);
  return true;
}
