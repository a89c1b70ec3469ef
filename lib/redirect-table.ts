/**
 * The site's old URLs and where they moved, as scripts/prepare-content.ts
 * wrote them for this build (lib/redirects.ts decides which they are). One
 * table for both users: proxy.server.ts answers them with a 308, and a static
 * export prerenders a refresh page for each (app/[...legacy]).
 */
import type { Redirect } from "./redirects";
import table from "../.contentlayer/quire-redirects.json";

export const redirectTable: readonly Redirect[] = table as Redirect[];

/** Old path (decoded, no trailing slash) → new path. */
export const movedPaths: ReadonlyMap<string, string> = new Map(redirectTable.map((r) => [r.from, r.to]));
