/**
 * Watches a folder and every folder under it, each with its own
 * (non-recursive) fs.watch, for `npm run dev`. Node 20's recursive watcher on
 * Linux follows each file it saw: a file an editor saved by writing a copy
 * and renaming it over the original (`sed -i`, many editors' "atomic save")
 * is no longer followed, and deleting it afterwards is never reported. A
 * folder's own watch reports every name that appears, changes or goes.
 */
import fs from "node:fs";
import path from "node:path";

export interface TreeWatcher {
  close(): void;
}

/**
 * Calls `onChange` with the path (relative to `root`, `/`-separated) of every
 * file or folder that appears, changes or goes under `root`; a folder that
 * appears is watched too, and each file already in it reported. Names for
 * which `ignored` holds (any segment) are neither reported nor watched.
 */
export function watchTree(root: string, onChange: (relPath: string) => void, ignored: (name: string) => boolean = () => false): TreeWatcher {
  const watchers = new Map<string, fs.FSWatcher>();
  const rel = (full: string) => path.relative(root, full).split(path.sep).join("/");
  const skip = (full: string) => rel(full).split("/").some((segment) => segment !== "" && ignored(segment));

  const watchFolder = (dir: string, reportFiles: boolean) => {
    if (watchers.has(dir) || skip(dir)) return;
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(dir, (_event, name) => {
        if (!name) return;
        const full = path.join(dir, name.toString());
        if (skip(full)) return;
        if (isFolder(full)) watchFolder(full, true);
        else if (watchers.has(full)) forget(full);
        onChange(rel(full));
      });
    } catch {
      return; // gone already
    }
    watcher.on("error", () => forget(dir));
    watchers.set(dir, watcher);
    for (const entry of safeReaddir(dir)) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) watchFolder(full, reportFiles);
      else if (reportFiles && !skip(full)) onChange(rel(full));
    }
  };

  /** A folder that went: its watcher and those under it. */
  const forget = (dir: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === dir || watched.startsWith(`${dir}${path.sep}`)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };

  watchFolder(root, false);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function isFolder(full: string): boolean {
  return fs.statSync(full, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function safeReaddir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
