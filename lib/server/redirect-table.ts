/**
 * The site's old URLs and where they moved, as scripts/prepare-content.ts
 * wrote them for this build (lib/server/redirects.ts decides which they are), for
 * proxy.server.ts, which answers them with a 308. A static export gets a
 * refresh page for each instead (lib/export/legacy-pages.ts).
 */
import type { Redirect } from "./redirects";
import table from "../../.contentlayer/quire-redirects.json";

/** Old path (decoded, no trailing slash) → new path. */
export const movedPaths: ReadonlyMap<string, string> = new Map((table as Redirect[]).map((r) => [r.from, r.to]));
