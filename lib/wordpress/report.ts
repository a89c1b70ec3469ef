/**
 * What the import did, for the author: counts by type and status, images,
 * conversions, redirects, comments, one line per item that needed a decision,
 * and the site.config.ts settings to copy (the import never writes them).
 */
import type { WriteOutcome } from "./files";
import type { Publication } from "./items";
import type { WxrChannel } from "./wxr";

export interface ImportReport {
  file: string;
  out: string;
  channel?: WxrChannel;
  posts: Partial<Record<Publication, number>>;
  pages: Partial<Record<Publication, number>>;
  /** Items of other types seen (attachments). */
  types: Record<string, number>;
  /** Skipped, by type (revision, nav_menu_item, ...) or "trash". */
  skipped: Record<string, number>;
  images: { copied: number; missing: Array<{ item: string; url: string }> };
  converted: Record<string, number>;
  left: Record<string, { count: number; first: string }>;
  /** Old addresses (aliases) of published items that now redirect. */
  redirects: number;
  comments: { imported: number; pings: number; notApproved: number };
  /** One line per item that needed a decision (no title, shared slug, no date, a cut-off file). */
  notes: string[];
  files: Record<WriteOutcome, string[]>;
}

export function emptyReport(file: string): ImportReport {
  return {
    file,
    out: "",
    posts: {},
    pages: {},
    types: {},
    skipped: {},
    images: { copied: 0, missing: [] },
    converted: {},
    left: {},
    redirects: 0,
    comments: { imported: 0, pings: 0, notApproved: 0 },
    notes: [],
    files: { written: [], updated: [], unchanged: [], kept: [], overwritten: [] },
  };
}

const ORDER: Publication[] = ["published", "scheduled", "draft", "pending", "auto-draft", "password-protected", "private"];

function counts(record: Partial<Record<string, number>>, order: readonly string[] = []): string {
  const keys = [...order.filter((k) => record[k]), ...Object.keys(record).filter((k) => !order.includes(k)).sort()];
  const total = keys.reduce((sum, k) => sum + (record[k] ?? 0), 0);
  return keys.length ? `${total} (${keys.map((k) => `${record[k]} ${k}`).join(", ")})` : "0";
}

function byName(record: Record<string, number>): string {
  const entries = Object.entries(record).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return entries.length ? entries.map(([name, n]) => `${name} ${n}`).join(", ") : "none";
}

/** A string as TypeScript source (site.config.ts is TypeScript). */
const quote = (text: string) => JSON.stringify(text);

/** Quire's language code from the export's (`en-US` -> `en`): lowercase, as site.config.ts takes it. */
export function siteLanguage(exported: string): string | undefined {
  const primary = exported.trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** The site.config.ts lines to copy. */
export function siteSettings(channel: WxrChannel): string[] {
  const language = siteLanguage(channel.language);
  const siteUrl = (channel.baseBlogUrl || channel.link || channel.baseSiteUrl).replace(/\/+$/, "");
  return [
    `  title: ${quote(channel.title)},`,
    channel.description ? `  description: ${quote(channel.description)},` : `  description: "…", // the export has none`,
    `  siteUrl: ${quote(siteUrl)}, // the address the blog will have; the old one keeps its links working`,
    ...(language
      ? [`  language: ${quote(language)}, // ${language === channel.language.trim() ? "" : `the export says ${quote(channel.language)}; `}\`languages\`, if you keep it, must declare it`]
      : []),
    `  wordpressPermalinks: true,`,
  ];
}

/** The report as the author reads it; `verbose` lists every missing image, not the first five. */
export function formatReport(report: ImportReport, options: { dryRun?: boolean; verbose?: boolean } = {}): string {
  const lines: string[] = [];
  const missing = report.images.missing;
  lines.push(`${options.dryRun ? "Dry run (nothing written): " : ""}WordPress import of ${report.file}${report.out ? ` into ${report.out}` : ""}`);
  lines.push(`  posts: ${counts(report.posts, ORDER)}`);
  lines.push(`  pages: ${counts(report.pages, ORDER)}`);
  lines.push(`  attachments: ${report.types.attachment ?? 0} (their files are copied beside the posts that use them)`);
  lines.push(`  skipped: ${counts(report.skipped)}`);
  lines.push(`  images: ${report.images.copied} ${options.dryRun ? "would be " : ""}copied, ${missing.length} missing (kept at their old address)`);
  for (const m of options.verbose ? missing : missing.slice(0, 5)) lines.push(`    missing: ${m.url} (${m.item})`);
  if (!options.verbose && missing.length > 5) lines.push(`    … and ${missing.length - 5} more (--verbose lists every one)`);
  lines.push(`  converted: ${byName(report.converted)}`);
  const left = Object.entries(report.left).sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
  lines.push(`  left as text: ${left.length ? left.map(([name, l]) => `${name} ${l.count} (first in "${l.first}")`).join(", ") : "none"}`);
  lines.push(`  redirects: ${report.redirects} old addresses (aliases) of published posts and pages`);
  const c = report.comments;
  lines.push(`  comments: ${c.imported} imported; ${c.pings} pingbacks/trackbacks and ${c.notApproved} not approved (pending, spam, trash) left out`);
  if (c.imported) lines.push("    they show under their posts as they are; to moderate and answer them, turn comments on and run `npm run comments -- import` (docs/comments.md)");
  const f = report.files;
  const verb = options.dryRun ? "would be " : "";
  lines.push(
    `  files: ${f.written.length} ${verb}written, ${f.updated.length} ${verb}updated, ${f.unchanged.length} unchanged, ${f.kept.length} kept (there already and not as the import last wrote it: edited, or not the import's; --force overwrites)${f.overwritten.length ? `, ${f.overwritten.length} ${verb}overwritten` : ""}`,
  );
  for (const file of f.kept) lines.push(`    kept: ${file}`);
  if (report.notes.length) {
    lines.push(`  ${report.notes.length === 1 ? "1 item" : `${report.notes.length} items`} to look at:`);
    for (const note of report.notes) lines.push(`    ${note}`);
  }
  if (report.channel) {
    lines.push("Settings for site.config.ts (copy them by hand; the import never writes the config):");
    lines.push(...siteSettings(report.channel));
  }
  return lines.join("\n");
}
