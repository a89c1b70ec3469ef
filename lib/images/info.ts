/**
 * The size (as shown: EXIF rotation applied) and content hash of an image
 * file, read once per version of the file: a long-lived process (the dev
 * watcher) sees a replaced image, and a build reads each image once however
 * many posts show it.
 */
import fs from "node:fs";
import { imageSize } from "image-size";
import type { ImageInfo } from "./responsive";
import { hashOf } from "../build/cache";

const cache = new Map<string, ImageInfo | null>();

/** undefined when the file is not an image image-size can measure. */
export function readImageInfo(absPath: string, stat: fs.Stats): ImageInfo | undefined {
  const key = `${absPath}\0${stat.size}\0${stat.mtimeMs}`;
  if (!cache.has(key)) cache.set(key, measure(absPath));
  return cache.get(key) ?? undefined;
}

function measure(absPath: string): ImageInfo | null {
  try {
    const bytes = fs.readFileSync(absPath);
    const { width, height, orientation } = imageSize(bytes);
    if (!width || !height) return null;
    // EXIF orientations 5 to 8 turn the picture a quarter: browsers and sharp show it turned.
    const turned = (orientation ?? 1) >= 5;
    return {
      width: turned ? height : width,
      height: turned ? width : height,
      hash: hashOf(bytes).slice(0, 16),
    };
  } catch {
    return null;
  }
}

/** Hashes of images that sharp could not decode in this process (lib/images/make-copies). */
const undecodable = new Set<string>();

/** Notes that no copy of this image can be made: its pages show the original alone. */
export function markUndecodable(hash: string): void {
  undecodable.add(hash);
}

/** Whether copies of this image exist or can be made. */
export function hasCopies(info: Pick<ImageInfo, "hash">): boolean {
  return !undecodable.has(info.hash);
}
