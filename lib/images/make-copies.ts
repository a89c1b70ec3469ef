/**
 * Makes the responsive copies of images (lib/images/responsive.ts) with sharp and serves
 * them from `public/_quire/img/`. Copies are made once into a cache folder
 * that outlives builds (`node_modules/.cache/quire/images`, or
 * `$QUIRE_CACHE_DIR/images`) and linked into the public folder, so a rebuild,
 * or a build in a fresh copy of the project, makes only what is new.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { bodyVariants, cardVariant, RASTER_IMAGE, VARIANT_URL_DIR, type ImageVariant } from "./responsive";
import { hasCopies, markUndecodable, readImageInfo } from "./info";
import { GENERATED_DIR } from "../web/urls";
import { pruneFolder } from "../build/files";

/** Public folder of the copies, relative to the project. */
export const VARIANT_DIR = path.join("public", GENERATED_DIR, "img");

/** One copy to have, and the original it is made from. */
export interface VariantJob {
  source: string;
  /** The original's hash (lib/images/responsive ImageInfo). */
  hash: string;
  variant: ImageVariant;
}

export interface VariantResult {
  /** Copies encoded in this run. */
  made: number;
  /** Copies taken from the cache. */
  reused: number;
  removed: number;
  /** Originals sharp could not read: one line each, naming the file. */
  failures: string[];
}

export function imageCacheDir(projectDir: string, env: Record<string, string | undefined> = process.env): string {
  return env.QUIRE_CACHE_DIR ? path.resolve(env.QUIRE_CACHE_DIR, "images") : path.join(projectDir, "node_modules", ".cache", "quire", "images");
}

/** Every size and format of each raster image in the content folder (`assets`, relative to `root`). */
export function planBodyJobs(root: string, assets: readonly string[]): VariantJob[] {
  const jobs: VariantJob[] = [];
  for (const rel of assets) {
    if (!RASTER_IMAGE.test(rel)) continue;
    const source = path.join(root, rel);
    const stat = fs.statSync(source, { throwIfNoEntry: false });
    const info = stat?.isFile() ? readImageInfo(source, stat) : undefined;
    if (!info) continue;
    for (const variant of bodyVariants(info)) jobs.push({ source, hash: info.hash, variant });
  }
  return jobs;
}

/** A card-sized JPEG of each front matter image `cardUrls` names (lib/build/analyze-post.ts), from the originals `bodyJobs` found. */
export function planCardJobs(bodyJobs: readonly VariantJob[], cardUrls: Iterable<string>): VariantJob[] {
  const sourceOf = new Map(bodyJobs.map((job) => [job.hash, job.source]));
  const jobs = new Map<string, VariantJob>();
  for (const url of cardUrls) {
    const name = url.startsWith(`${VARIANT_URL_DIR}/`) ? url.slice(VARIANT_URL_DIR.length + 1) : "";
    const source = sourceOf.get(name.replace(/-card\.jpg$/, ""));
    if (!source || jobs.has(name)) continue;
    const info = readImageInfo(source, fs.statSync(source))!;
    jobs.set(name, { source, hash: info.hash, variant: cardVariant(info) });
  }
  return [...jobs.values()];
}

/**
 * The most pixels an original may have for copies to be made of it: a 48 MP
 * phone photo passes. Decoding takes about 4 bytes a pixel and two encodes
 * run at once, so past it a single image could take the build beyond 2 GB;
 * such an image is served as it is, with one warning line.
 */
export const MAX_IMAGE_PIXELS = 64_000_000;

/** Encodes one copy: turned as its EXIF says, never enlarged, metadata dropped. */
export async function encodeVariant(source: string, variant: ImageVariant): Promise<Buffer> {
  // sharp reads the size from the header and stops there when it is over the limit.
  const image = sharp(source, { failOn: "none", limitInputPixels: MAX_IMAGE_PIXELS }).rotate().resize({ width: variant.width, withoutEnlargement: true });
  switch (variant.format) {
    case "avif":
      return image.avif({ quality: 55, effort: 2 }).toBuffer();
    case "webp":
      return image.webp({ quality: 78 }).toBuffer();
    case "jpeg":
      return image.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  }
}

/**
 * Makes `public/_quire/img` hold the copies `jobs` name (and, with `prune`,
 * no other): each taken from the cache, or encoded into it first. Two
 * encodes run at a time. An original sharp cannot decode is a failure line,
 * and is marked so that pages show it without copies (lib/images/info).
 */
export async function syncImageVariants(
  projectDir: string,
  jobs: readonly VariantJob[],
  { cacheDir = imageCacheDir(projectDir), prune = true }: { cacheDir?: string; prune?: boolean } = {},
): Promise<VariantResult> {
  const outDir = path.join(projectDir, VARIANT_DIR);
  const byName = new Map(jobs.map((job) => [job.variant.name, job]));
  const removed = prune ? pruneFolder(outDir, new Set(byName.keys())) : 0;
  fs.mkdirSync(outDir, { recursive: true });
  const present = new Set(fs.readdirSync(outDir));
  const cached = new Set(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []);
  const result: VariantResult = { made: 0, reused: 0, removed, failures: [] };
  // An original already found undecodable in this process is not tried again.
  const todo = [...byName.values()].filter((job) => !present.has(job.variant.name) && hasCopies(job));

  const place = async (job: VariantJob) => {
    const { name } = job.variant;
    const cachedFile = path.join(cacheDir, name);
    if (!cached.has(name)) {
      if (!hasCopies(job)) return;
      let bytes: Buffer;
      try {
        bytes = await encodeVariant(job.source, job.variant);
      } catch (error) {
        // Two copies of one original may fail at once: one line for it.
        if (!hasCopies(job)) return;
        markUndecodable(job.hash);
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        result.failures.push(
          /pixel limit/i.test(reason)
            ? `${job.source}: over the limit of ${MAX_IMAGE_PIXELS / 1e6} megapixels for smaller copies; served as it is`
            : `${job.source}: could not be read as an image (${reason})`,
        );
        return;
      }
      fs.mkdirSync(cacheDir, { recursive: true });
      // Whole files only: a copy cut short by Ctrl+C is never taken for done.
      const tmp = `${cachedFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, cachedFile);
      result.made += 1;
    } else {
      result.reused += 1;
    }
    const target = path.join(outDir, name);
    try {
      fs.linkSync(cachedFile, target);
    } catch {
      // Another file system, or a file system without hard links.
      fs.copyFileSync(cachedFile, target);
    }
  };

  const workers = Math.max(1, Math.min(2, os.availableParallelism()));
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < todo.length) await place(todo[next++]);
    }),
  );
  return result;
}
