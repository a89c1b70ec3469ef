/** Build warnings about one post: `<file>: <message>`, the same shape everywhere. */

export interface WarningOptions {
  /** Absolute content folder; absent when `file` is already relative to it. */
  root?: string;
  /** Path of the post being rendered. */
  file: string;
  warn?: (message: string) => void;
}

/** The post's path as the author knows it: relative to the content folder. */
export function postDisplayPath(options: WarningOptions): string {
  const { root, file } = options;
  return root !== undefined && file.startsWith(root + "/") ? file.slice(root.length + 1) : file;
}

/** A function that prints one warning line naming the post. */
export function postWarner(options: WarningOptions): (message: string) => void {
  const warn = options.warn ?? ((message: string) => console.warn(`warning: ${message}`));
  const name = postDisplayPath(options);
  return (message) => warn(`${name}: ${message}`);
}
