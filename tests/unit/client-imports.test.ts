/**
 * Client components ("use client") get their strings from a server parent:
 * nothing they import, directly or not, may reach the dictionaries or
 * site.config.ts, which would ship every language's strings and the site's
 * settings to the browser.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const FORBIDDEN = [/^site\.config\.ts$/, /^lib\/i18n\/dictionar/, /^lib\/i18n\/site\.ts$/, /^lib\/i18n\/ui\.ts$/];

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined; // generated or JSON: not a module of ours
}

/** Value imports only: `import type` and `type`-only specifier lists are erased. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+["']([^"']+)["']/gm)) {
    if (m[2]) continue;
    const names = /\{([^}]*)\}/.exec(m[3])?.[1];
    if (names && !/^\s*(\*|\w)/.test(m[3]) && names.split(",").every((n) => !n.trim() || n.trim().startsWith("type "))) continue;
    specs.push(m[4]);
  }
  for (const m of source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) specs.push(m[1]);
  return specs.flatMap((spec) => resolveImport(file, spec) ?? []);
}

function clientComponents(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f))
    .filter((f) => /\.tsx?$/.test(f) && /^\s*["']use client["']/.test(fs.readFileSync(f, "utf8")));
}

describe("client components", () => {
  it("import neither the dictionaries nor the site's settings, not even through another module", () => {
    const files = clientComponents(path.join(root, "components"));
    expect(files.length).toBeGreaterThan(5);
    const reached = new Map<string, string>();
    const queue = files.map((f) => [f, path.relative(root, f)] as const);
    const offending: string[] = [];
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [file, via] = item;
      for (const dep of importsOf(file)) {
        const rel = path.relative(root, dep);
        if (reached.has(rel)) continue;
        reached.set(rel, via);
        if (FORBIDDEN.some((re) => re.test(rel))) offending.push(`${via} -> ${rel}`);
        else queue.push([dep, `${via} -> ${rel}`]);
      }
    }
    expect(offending).toEqual([]);
    // The walk does see the modules they share with the server.
    expect([...reached.keys()]).toContain("lib/web/urls.ts");
  });
});
