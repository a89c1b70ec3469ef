/**
 * Which languages have a section: the default language always, another one
 * when it has a published post. The content step writes the list; the build's
 * config reads it (next.config.ts: a site whose posts are all in one language
 * has no `/<lang>/` routes at all) and so do the routes.
 */
import fs from "node:fs";
import path from "node:path";

export const SECTIONS_FILE = ".contentlayer/quire-sections.json";

/** The codes the content step found published posts in, the default first; `undefined` before its first run. */
export function readSections(projectDir: string = /*turbopackIgnore: true*/ process.cwd()): string[] | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(projectDir, SECTIONS_FILE), "utf8")) as string[];
  } catch {
    return undefined;
  }
}
