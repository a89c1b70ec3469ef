/**
 * A fingerprint of the code that turns posts into pages: the content step's
 * cache is valid only for the code that filled it. Covers lib/, the MDX
 * components used for feeds, the social card, site.config.ts, the content
 * model and the locked dependencies.
 */
import fs from "node:fs";
import path from "node:path";
import { hashOf } from "./cache";

const INPUTS = [
  "lib",
  "components/mdx",
  // The social card's design: each post's card key includes it (lib/cards/plan.ts).
  "components/OgCard.tsx",
  "site.config.ts",
  "contentlayer.config.ts",
  "package-lock.json",
];

export function codeStamp(projectDir: string): string {
  // Each file's path and bytes, in a fixed order.
  const parts: Array<string | Uint8Array> = [];
  const add = (full: string) => {
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) add(path.join(full, name));
    } else {
      parts.push(path.relative(projectDir, full), "\0", fs.readFileSync(full), "\0");
    }
  };
  for (const input of INPUTS) add(path.join(projectDir, input));
  return hashOf(...parts);
}
