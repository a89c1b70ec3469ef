/**
 * Responsive copies of the local raster images (JPEG, PNG, WebP) beside the
 * posts: what is made of each, what it is called and how a page asks for it.
 * Pure planning; lib/images/make-copies.ts makes the files with sharp.
 *
 * Each copy is named after a hash of the original's bytes, so a rebuild only
 * makes copies of new or changed images, and a copy can be cached for ever.
 */
import { GENERATED_DIR } from "../web/urls";

/** What a page needs to know of an original to ask for its copies. */
export interface ImageInfo {
  width: number;
  height: number;
  /** 16 hex digits of the SHA-1 of the file's bytes. */
  hash: string;
}

/** Modern formats, best first: a browser takes the first `<source>` it can show. */
export const VARIANT_FORMATS = ["avif", "webp"] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** One file to make from an original. */
export interface ImageVariant {
  /** File name in the variants folder. */
  name: string;
  width: number;
  format: VariantFormat | "jpeg";
}

/** One `<source>` of a `<picture>`. */
export interface PictureSource {
  type: string;
  srcset: string;
}

/** The originals that get copies; GIFs (maybe animated) and SVGs are served as they are. */
export const RASTER_IMAGE = /\.(jpe?g|png|webp)$/i;

/** Served from `/_quire/img/` on every target (public/_quire/img). */
export const VARIANT_URL_DIR = `/${GENERATED_DIR}/img`;

/** Widths for phones (1x to 2x), tablets and the post column at 2x. */
const STEPS = [480, 720, 960, 1440];
/** No copy is wider than this, whatever the original. */
const MAX_WIDTH = 1920;
/** Width of the post column, and the height images are capped at (app/globals.css), in CSS pixels. */
const COLUMN_PX = 736;
const HEIGHT_CAP_PX = 704;
/** Social cards: 1200 px wide, as the platforms ask. */
export const CARD_WIDTH = 1200;

/**
 * The widths an original is copied at: the steps below it, and its own width
 * (at most MAX_WIDTH). A step within 15% of the top is left out: it would
 * save little over the top copy.
 */
export function variantWidths(width: number): number[] {
  const top = Math.min(Math.round(width), MAX_WIDTH);
  return [...STEPS.filter((step) => step < top * 0.85), top];
}

export function variantName(hash: string, width: number, format: VariantFormat): string {
  return `${hash}-${width}.${format}`;
}

/** Every copy of an image in the post bodies, in each modern format. */
export function bodyVariants(info: ImageInfo): ImageVariant[] {
  return VARIANT_FORMATS.flatMap((format) => variantWidths(info.width).map((width) => ({ name: variantName(info.hash, width, format), width, format })));
}

/** The social-card copy of a front matter image: a JPEG at most CARD_WIDTH wide (the platforms take JPEG). */
export function cardVariant(info: ImageInfo): ImageVariant {
  return { name: `${info.hash}-card.jpg`, width: Math.min(Math.round(info.width), CARD_WIDTH), format: "jpeg" };
}

export function variantUrl(name: string, basePath = ""): string {
  return `${basePath}${VARIANT_URL_DIR}/${name}`;
}

/** The `<source>` elements of an image's `<picture>`. */
export function pictureSources(info: ImageInfo, basePath = ""): PictureSource[] {
  return VARIANT_FORMATS.map((format) => ({
    type: `image/${format}`,
    srcset: variantWidths(info.width)
      .map((width) => `${variantUrl(variantName(info.hash, width, format), basePath)} ${width}w`)
      .join(", "),
  }));
}

/**
 * How wide the image is shown, for `sizes`: the column on a wide screen,
 * less for a small original or a tall one (capped in height), and the
 * screen less the page's margins on a phone.
 */
export function displaySizes(info: Pick<ImageInfo, "width" | "height">): string {
  const shown = Math.round(Math.min(COLUMN_PX, info.width, info.height > 0 ? (HEIGHT_CAP_PX * info.width) / info.height : info.width));
  return `(min-width: ${shown + 32}px) ${shown}px, calc(100vw - 2rem)`;
}

/** The slot a `sizes` written by displaySizes gives on a screen `viewport` CSS pixels wide. */
export function slotWidth(sizes: string, viewport: number): number {
  const wide = /^\(min-width: (\d+)px\) (\d+)px,/.exec(sizes);
  if (wide && viewport >= Number(wide[1])) return Number(wide[2]);
  return viewport - 32;
}

/**
 * The candidate of a `srcset` ("url 480w, ...") a browser with an empty
 * cache takes for a slot: the narrowest at least slot x density wide, else
 * the widest.
 */
export function pickCandidate(srcset: string, slot: number, density: number): { url: string; width: number } {
  const candidates = srcset
    .split(",")
    .map((c) => c.trim().split(/\s+/))
    .map(([url, w]) => ({ url, width: Number.parseInt(w, 10) }))
    .sort((a, b) => a.width - b.width);
  return candidates.find((c) => c.width >= slot * density) ?? candidates[candidates.length - 1];
}
