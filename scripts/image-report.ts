/**
 * Image bytes before and after the responsive copies (lib/images/responsive.ts): what
 * the published posts' images weigh as originals, and what a browser with
 * an empty cache downloads from their `<picture>` sources on a phone and a
 * desktop screen. Reads what the content step wrote, so run it after one:
 *
 *   CONTENT_DIR=... npm run content && node --import tsx scripts/image-report.ts [--post <slug>]
 *
 * Each image counts once for the whole site, and once per post for a post.
 */
import fs from "node:fs";
import path from "node:path";
import { readManifest, bodyFile } from "../lib/data/documents";
import { isPublished } from "../lib/frontmatter";
import { pickCandidate, slotWidth } from "../lib/images/responsive";

const projectDir = process.cwd();
const postArg = process.argv.indexOf("--post");
const focus = postArg > 0 ? process.argv[postArg + 1] : "europython-2014";

/** Screens as CSS width and device pixel ratio. */
const SCREENS = [
  { label: "390 px @1x", viewport: 390, density: 1 },
  { label: "390 px @3x", viewport: 390, density: 3 },
  { label: "1280 px @1x", viewport: 1280, density: 1 },
  { label: "1280 px @2x", viewport: 1280, density: 2 },
];

interface PageImage {
  src: string;
  sizes?: string;
  srcsets: Record<string, string>;
}

/** The `<img>` elements of a body, with the sources of their `<picture>`. */
function imagesOf(html: string): PageImage[] {
  const images: PageImage[] = [];
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  for (const match of html.matchAll(/<picture>(.*?)<\/picture>|<img\b[^>]*>/gs)) {
    if (match[1] !== undefined) {
      const srcsets: Record<string, string> = {};
      let sizes: string | undefined;
      for (const source of match[1].matchAll(/<source\b[^>]*>/g)) {
        srcsets[attr(source[0], "type") ?? ""] = attr(source[0], "srcset") ?? "";
        sizes = attr(source[0], "sizes");
      }
      const img = /<img\b[^>]*>/.exec(match[1])?.[0] ?? "";
      images.push({ src: attr(img, "src") ?? "", sizes, srcsets });
    } else {
      images.push({ src: attr(match[0], "src") ?? "", srcsets: {} });
    }
  }
  return images.filter((i) => i.src.startsWith("/_content/"));
}

const sizeOf = (url: string) => {
  const file = path.join(projectDir, "public", ...decodeURIComponent(url).split("/").filter(Boolean));
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
};

/** Bytes of `images` as originals, and as each screen downloads them in `type` (originals where there are no copies). */
function weigh(images: readonly PageImage[], type: string) {
  return {
    original: images.reduce((sum, i) => sum + sizeOf(i.src), 0),
    screens: SCREENS.map(({ viewport, density }) =>
      images.reduce((sum, i) => {
        const srcset = i.srcsets[type];
        if (!srcset || !i.sizes) return sum + sizeOf(i.src);
        return sum + sizeOf(pickCandidate(srcset, slotWidth(i.sizes, viewport), density).url);
      }, 0),
    ),
  };
}

const kb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} KB`);
const pct = (after: number, before: number) => (before ? `${Math.round((1 - after / before) * 100)}% less` : "");

function main() {
  const manifest = readManifest(projectDir);
  const posts = [...manifest.values()].filter((e) => isPublished(e.meta));
  const all = new Map<string, PageImage>();
  let focused: PageImage[] = [];
  for (const post of posts) {
    const body = JSON.parse(fs.readFileSync(bodyFile(projectDir, post.relPath), "utf8")) as { html: string };
    const images = imagesOf(body.html);
    for (const image of images) all.set(image.src, image);
    if (post.meta.slug === focus) focused = images;
  }
  const unique = [...all.values()];
  console.log(`Images in ${posts.length} published posts: ${unique.length} local (${unique.filter((i) => i.sizes).length} with copies)`);
  for (const [label, images] of [
    ["whole site, each image once", unique],
    [`/blog/${focus} (${focused.length} images)`, focused],
  ] as const) {
    for (const type of ["image/avif", "image/webp"]) {
      const { original, screens } = weigh(images, type);
      console.log(`${label}, ${type.slice(6)}: originals ${kb(original)}`);
      screens.forEach((bytes, i) => console.log(`  ${SCREENS[i].label.padEnd(12)} ${kb(bytes).padStart(10)}  (${pct(bytes, original)})`));
    }
  }
}

main();
