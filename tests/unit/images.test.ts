import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bodyVariants, cardVariant, displaySizes, pickCandidate, pictureSources, slotWidth, variantWidths } from "@/lib/images/responsive";
import { readImageInfo } from "@/lib/images/info";
import { MAX_IMAGE_PIXELS, planBodyJobs, planCardJobs, syncImageVariants, VARIANT_DIR } from "@/lib/images/make-copies";
import { contentFolderReferences } from "@/lib/markdown/references";

describe("variantWidths", () => {
  it("copies at the steps below the original and at its own width", () => {
    expect(variantWidths(1024)).toEqual([480, 720, 1024]);
    expect(variantWidths(3000)).toEqual([480, 720, 960, 1440, 1920]);
    expect(variantWidths(300)).toEqual([300]);
  });

  it("leaves out a step within 15% of the top: it would save little", () => {
    expect(variantWidths(1009)).toEqual([480, 720, 1009]);
    expect(variantWidths(1200)).toEqual([480, 720, 960, 1200]);
  });
});

describe("pictureSources and sizes", () => {
  const info = { width: 1024, height: 576, hash: "0123456789abcdef" };

  it("offers AVIF first, then WebP, each at every width, under the base path", () => {
    expect(pictureSources(info, "/sub")).toEqual([
      {
        type: "image/avif",
        srcset: "/sub/_quire/img/0123456789abcdef-480.avif 480w, /sub/_quire/img/0123456789abcdef-720.avif 720w, /sub/_quire/img/0123456789abcdef-1024.avif 1024w",
      },
      {
        type: "image/webp",
        srcset: "/sub/_quire/img/0123456789abcdef-480.webp 480w, /sub/_quire/img/0123456789abcdef-720.webp 720w, /sub/_quire/img/0123456789abcdef-1024.webp 1024w",
      },
    ]);
    expect(bodyVariants(info).map((v) => v.name)).toHaveLength(6);
  });

  it("sizes: the column for a wide image, less for a small or a tall one (capped in height), the screen on a phone", () => {
    expect(displaySizes({ width: 1024, height: 576 })).toBe("(min-width: 768px) 736px, calc(100vw - 2rem)");
    expect(displaySizes({ width: 400, height: 300 })).toBe("(min-width: 432px) 400px, calc(100vw - 2rem)");
    // A portrait photo 1009x1024 is shown at most 704 px tall: 694 px wide.
    expect(displaySizes({ width: 1009, height: 1024 })).toBe("(min-width: 726px) 694px, calc(100vw - 2rem)");
  });

  it("a social card copy is a JPEG at most 1200 px wide", () => {
    expect(cardVariant({ width: 1600, height: 900, hash: "h" })).toEqual({ name: "h-card.jpg", width: 1200, format: "jpeg" });
    expect(cardVariant({ width: 800, height: 600, hash: "h" }).width).toBe(800);
  });
});

describe("image copies on disk", () => {
  let dir: string;
  let root: string;
  let project: string;
  let cache: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-images-"));
    root = path.join(dir, "content");
    project = path.join(dir, "project");
    cache = path.join(dir, "cache");
    fs.mkdirSync(path.join(root, "images"), { recursive: true });
    // A 1600x900 photo and a 64x64 GIF.
    const gradient = Buffer.alloc(1600 * 900 * 3);
    for (let i = 0; i < gradient.length; i += 3) gradient[i] = (i / 3) % 256;
    await sharp(gradient, { raw: { width: 1600, height: 900, channels: 3 } }).jpeg().toFile(path.join(root, "images", "photo.jpg"));
    await sharp({ create: { width: 64, height: 64, channels: 3, background: "#c00" } }).gif().toFile(path.join(root, "images", "anim.gif"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const info = (rel: string) => {
    const file = path.join(root, rel);
    return readImageInfo(file, fs.statSync(file))!;
  };

  it("makes every copy once: a second run, or another project sharing the cache, encodes nothing", async () => {
    const jobs = planBodyJobs(root, ["images/anim.gif", "images/photo.jpg"]);
    expect(jobs.map((j) => j.variant.name.replace(/^[0-9a-f]{16}/, "H"))).toEqual([
      "H-480.avif",
      "H-720.avif",
      "H-960.avif",
      "H-1600.avif",
      "H-480.webp",
      "H-720.webp",
      "H-960.webp",
      "H-1600.webp",
    ]);
    const first = await syncImageVariants(project, jobs, { cacheDir: cache });
    expect(first).toMatchObject({ made: 8, reused: 0, failures: [] });
    const out = path.join(project, VARIANT_DIR);
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(8);
    const small = await sharp(path.join(out, files.find((f) => f.endsWith("-480.webp"))!)).metadata();
    expect([small.format, small.width, small.height]).toEqual(["webp", 480, 270]);
    expect((await sharp(path.join(out, files.find((f) => f.endsWith("-720.avif"))!)).metadata()).format).toBe("heif");
    // Smaller than the original, as served to a phone.
    expect(fs.statSync(path.join(out, files.find((f) => f.endsWith("-720.avif"))!)).size).toBeLessThan(fs.statSync(path.join(root, "images/photo.jpg")).size);

    expect(await syncImageVariants(project, jobs, { cacheDir: cache })).toMatchObject({ made: 0, reused: 0 });
    const other = path.join(dir, "other");
    expect(await syncImageVariants(other, jobs, { cacheDir: cache })).toMatchObject({ made: 0, reused: 8 });
  });

  it("a changed image gets new copies and the old ones leave the public folder", async () => {
    await syncImageVariants(project, planBodyJobs(root, ["images/photo.jpg"]), { cacheDir: cache });
    const before = info("images/photo.jpg").hash;
    await sharp({ create: { width: 800, height: 600, channels: 3, background: "#08f" } }).jpeg().toFile(path.join(root, "images", "photo.jpg"));
    const result = await syncImageVariants(project, planBodyJobs(root, ["images/photo.jpg"]), { cacheDir: cache });
    expect(result).toMatchObject({ made: 4, removed: 8 });
    expect(fs.readdirSync(path.join(project, VARIANT_DIR)).some((f) => f.startsWith(before))).toBe(false);
  });

  it("makes a 1200 px JPEG of a front matter image that a post shares", async () => {
    const card = cardVariant(info("images/photo.jpg"));
    // As the content step plans them: the images' copies, then the cards the posts' front matter names.
    const bodyJobs = planBodyJobs(root, ["images/photo.jpg"]);
    const jobs = [...bodyJobs, ...planCardJobs(bodyJobs, [`/_quire/img/${card.name}`, "/_content/images/anim.gif", "https://example.com/x.jpg"])];
    expect(jobs.filter((j) => j.variant.format === "jpeg")).toHaveLength(1);
    await syncImageVariants(project, jobs, { cacheDir: cache });
    const meta = await sharp(path.join(project, VARIANT_DIR, card.name)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1200, 675]);
  });

  it("an image sharp cannot decode is a warning naming it, and its pages show the original alone", async () => {
    // A PNG cut after its header: measurable, not decodable.
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#888" } }).png().toBuffer();
    fs.writeFileSync(path.join(root, "images", "cut.png"), png.subarray(0, 33));
    const jobs = planBodyJobs(root, ["images/cut.png"]);
    expect(jobs).toHaveLength(2);
    const result = await syncImageVariants(project, jobs, { cacheDir: cache });
    expect(result.made).toBe(0);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toContain("cut.png: could not be read as an image");
    // No source that would 404, and no second attempt in this process.
    const refs = contentFolderReferences({ root, file: path.join(root, "post.md") });
    expect(refs.image("images/cut.png").value).toEqual({ url: "/_content/images/cut.png", width: 300, height: 200 });
    expect((await syncImageVariants(project, jobs, { cacheDir: cache })).failures).toEqual([]);
  });

  it("an image over the pixel limit is served as it is, with one warning, and never decoded", async () => {
    // 8100x8100 of one colour: a small file, 65.6 megapixels.
    const png = await sharp({ create: { width: 8100, height: 8100, channels: 3, background: "#888" } }).png({ compressionLevel: 1 }).toBuffer();
    fs.writeFileSync(path.join(root, "images", "huge.png"), png);
    const result = await syncImageVariants(project, planBodyJobs(root, ["images/huge.png"]), { cacheDir: cache });
    expect(result.made).toBe(0);
    expect(result.failures).toEqual([`${path.join(root, "images", "huge.png")}: over the limit of ${MAX_IMAGE_PIXELS / 1e6} megapixels for smaller copies; served as it is`]);
  });

  it("GIFs and SVGs are shown as they are; a raster image gets sources", () => {
    fs.writeFileSync(path.join(root, "images", "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const refs = contentFolderReferences({ root, file: path.join(root, "post.md") });
    expect(refs.image("images/anim.gif").value).toEqual({ url: "/_content/images/anim.gif", width: 64, height: 64 });
    expect(refs.image("images/logo.svg").value).toEqual({ url: "/_content/images/logo.svg", width: 10, height: 10 });
    expect(refs.image("images/photo.jpg").value?.sources).toHaveLength(2);
  });

  it("a photo turned by its EXIF orientation is measured as shown", async () => {
    await sharp({ create: { width: 400, height: 200, channels: 3, background: "#0a0" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(path.join(root, "images", "turned.jpg"));
    expect(info("images/turned.jpg")).toMatchObject({ width: 200, height: 400 });
  });
});

describe("what a browser picks", () => {
  const sizes = displaySizes({ width: 1024, height: 576 });
  const srcset = pictureSources({ width: 1024, height: 576, hash: "h" })[0].srcset;

  it("the slot: the column on a wide screen, the screen less its margins on a phone", () => {
    expect(slotWidth(sizes, 1280)).toBe(736);
    expect(slotWidth(sizes, 390)).toBe(358);
  });

  it("the narrowest copy at least slot x density wide, else the widest", () => {
    expect(pickCandidate(srcset, 358, 1).width).toBe(480);
    expect(pickCandidate(srcset, 358, 2).width).toBe(720);
    expect(pickCandidate(srcset, 358, 3).width).toBe(1024);
    expect(pickCandidate(srcset, 736, 1)).toEqual({ url: "/_quire/img/h-1024.avif", width: 1024 });
  });
});

