/**
 * Where the content step writes standalone pages (lib/build/pages.ts) and
 * what each holds: apart from the renderer, so that the server code that
 * reads them (lib/data/store) bundles no Markdown pipeline.
 */
import type { TocEntry } from "../markdown/headings";
import type { pageFields } from "../../contentlayer.config";
import type { FieldsOf } from "../content-model";

/** One `<name>.json` per page, and PAGE_INDEX_NAME listing them. */
export const PAGE_DIR = ".contentlayer/quire-pages";
export const PAGE_INDEX_NAME = "_index.json";

/**
 * A published page's front matter (contentlayer.config.ts pageFields), its name and its rendered
 * body; its old addresses and publishing fields stay with the content step.
 */
export type StandalonePage = Omit<FieldsOf<typeof pageFields>, "aliases" | "draft" | "status"> & {
  name: string;
  html: string;
  toc: TocEntry[];
};
