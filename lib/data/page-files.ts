/**
 * Where the content step writes standalone pages (lib/build/pages.ts) and
 * what each holds: apart from the renderer, so that the server code that
 * reads them (lib/data/store) bundles no Markdown pipeline.
 */
import type { TocEntry } from "../markdown/headings";

/** One `<name>.json` per page, and PAGE_INDEX_NAME listing them. */
export const PAGE_DIR = ".contentlayer/quire-pages";
export const PAGE_INDEX_NAME = "_index.json";

export interface StandalonePage {
  name: string;
  title: string;
  description?: string;
  html: string;
  toc: TocEntry[];
}
