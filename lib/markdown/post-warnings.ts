/** Build warnings about one post: `<file>: <message>`, the same shape everywhere. */

export interface WarningOptions {
  /** Absolute content folder. */
  root: string;
  /** Absolute path of the post being rendered. */
  file: string;
  warn?: (message: string) => void;
  /**
   * Told of every file in the content folder a render reads or looks for (an
   * image, a linked file or post), so the content step renders the post again
   * when one of them appears, changes or goes.
   */
  dependsOn?: (relPath: string) => void;
}

/** The post's path as the author knows it: relative to the content folder. */
export function postDisplayPath(options: WarningOptions): string {
  return options.file.startsWith(options.root + "/") ? options.file.slice(options.root.length + 1) : options.file;
}

/** A function that prints one warning line naming the post. */
export function postWarner(options: WarningOptions): (message: string) => void {
  const warn = options.warn ?? ((message: string) => console.warn(`warning: ${message}`));
  const name = postDisplayPath(options);
  return (message) => warn(`${name}: ${message}`);
}
