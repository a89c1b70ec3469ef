/**
 * What a second language adds to a build: a section per language with posts
 * (records, search index, redirects), the switcher's targets, the words a
 * render adds to a body, and Open Graph locales.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readLatestPosts, readPostRecord, recordFolder } from "@/lib/data/store";
import { recordDir } from "@/lib/build/records";
import { readSections } from "@/lib/data/sections";
import { runContentStep } from "@/lib/build/step";
import { legacyRedirects } from "@/lib/server/redirects";
import { switcherLinks } from "@/lib/i18n/switcher";
import { bodyLabels } from "@/lib/i18n/dictionary";
import { ogLocale } from "@/lib/web/seo";
import { renderMarkdown } from "@/lib/markdown/render";
import { searchManifestFile } from "@/lib/search/site-index";
import { searchLocation, underPrefix } from "@/lib/web/urls";
import { staticMdxComponents } from "@/components/mdx/static-components";
import type { SearchManifest } from "@/lib/search/build-index";

const languages = { defaultLanguage: "en", codes: ["en", "fr"] };
const settings = { wordpressPermalinks: true, redirects: [], title: "Test", language: "en" };
const now = new Date("2024-06-01T00:00:00Z");

let project: string;
let root: string;
beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "quire-sections-"));
  root = path.join(project, "posts");
  fs.mkdirSync(root);
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

const write = (rel: string, front: string, body = "Body.") => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), `---\n${front}\n---\n\n${body}\n`);
};
const step = () => runContentStep({ root, projectDir: project, site: settings, mdxComponents: staticMdxComponents, languages, now });
const manifest = (lang?: string) => JSON.parse(fs.readFileSync(path.join(project, searchManifestFile(lang)), "utf8")) as SearchManifest;

describe("language sections (lib/build/step.ts)", () => {
  it("gives a language with published posts its own records and index, where slugs may repeat the default's", async () => {
    write("2014/trip.md", 'title: "Trip"\ndate: 2014-08-01\naliases: ["/old/trip"]');
    write("2014/trip.fr.md", 'title: "Voyage"\ndate: 2014-08-01\naliases: ["/ancien/voyage"]', "Un voyage inoubliable.");
    write("2024/seul.md", 'title: "Seul"\ndate: 2024-01-01\nlang: fr');
    const result = await step();
    expect(result.problems).toEqual([]);
    expect(readSections(project)).toEqual(["en", "fr"]);

    // Same slug, two records: each language's in its own folder.
    expect(readPostRecord("trip", path.join(project, recordDir()))).toMatchObject({ title: "Trip", lang: "en", translations: [{ lang: "fr", slug: "trip" }] });
    expect(readPostRecord("trip", path.join(project, recordDir("fr")))).toMatchObject({ title: "Voyage", lang: "fr", translations: [{ lang: "en", slug: "trip" }] });
    expect(readLatestPosts(path.join(project, recordDir())).map((p) => p.title)).toEqual(["Trip"]);
    expect(readLatestPosts(path.join(project, recordDir("fr"))).map((p) => p.title)).toEqual(["Seul", "Voyage"]);

    // One index per language, with the section's URLs; the public files apart.
    expect(manifest().posts.map((p) => p?.url)).toEqual(["/blog/trip"]);
    expect(manifest("fr").posts.map((p) => p?.url).sort()).toEqual(["/fr/blog/seul", "/fr/blog/trip"]);
    expect(fs.existsSync(path.join(project, "public", searchLocation("/fr").files, "text"))).toBe(true);

    // Aliases and permalinks lead to each post's own language.
    const table = JSON.parse(fs.readFileSync(path.join(project, ".contentlayer/quire-redirects.json"), "utf8")) as Array<{ from: string; to: string }>;
    expect(table).toEqual(
      expect.arrayContaining([
        { from: "/old/trip", to: "/blog/trip" },
        { from: "/ancien/voyage", to: "/fr/blog/trip" },
        { from: "/trip", to: "/blog/trip" },
        { from: "/fr/trip", to: "/fr/blog/trip" },
        { from: "/seul", to: "/fr/blog/seul" },
      ]),
    );
  });

  it("gives a language whose posts are all unpublished no section, and removes the one it had", async () => {
    write("a.md", 'title: "A"\ndate: 2020-01-01');
    write("a.fr.md", 'title: "A fr"\ndate: 2020-01-01');
    await step();
    expect(readSections(project)).toEqual(["en", "fr"]);
    write("a.fr.md", 'title: "A fr"\ndate: 2020-01-01\ndraft: true');
    await step();
    expect(readSections(project)).toEqual(["en"]);
    expect(fs.existsSync(path.join(project, recordDir("fr")))).toBe(false);
    expect(fs.existsSync(path.join(project, searchManifestFile("fr")))).toBe(false);
    // The English post no longer names a translation nobody may read.
    expect(readPostRecord("a", path.join(project, recordDir()))?.translations).toBeUndefined();
  });

  it("writes a post's copy button and footnotes section in its language", async () => {
    write("code.fr.md", 'title: "Code"\ndate: 2020-01-01', "Voir la note.[^1]\n\n```sh\nls\n```\n\n[^1]: Une note.");
    await step();
    const bodies = path.join(project, ".contentlayer/quire-bodies");
    const html = (JSON.parse(fs.readFileSync(path.join(bodies, "code.fr.md.json"), "utf8")) as { html: string }).html;
    expect(html).toContain('aria-label="Copier le code"');
    expect(html).toContain(">Copier<");
    expect(html).toMatch(/<h2[^>]*>Notes</);
    expect(html).not.toContain("Footnotes");
  });

  it("refuses a standalone page named like a language", async () => {
    const pagesRoot = path.join(project, "pages");
    fs.mkdirSync(pagesRoot);
    fs.writeFileSync(path.join(pagesRoot, "fr.md"), "---\ntitle: Fr\n---\n\nHi.\n");
    write("a.md", 'title: "A"\ndate: 2020-01-01');
    const result = await runContentStep({ root, projectDir: project, site: settings, mdxComponents: staticMdxComponents, languages, now, pagesRoot });
    expect(result.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      `name: "/fr" is the address of a language's section (site.config.ts languages); rename the file`,
    ]);
  });
});

describe("legacyRedirects across languages", () => {
  const languagesSetting = [
    { code: "en", isDefault: true },
    { code: "fr", isDefault: false },
  ];
  it("lets a default-language post keep a shared permalink and never takes a section's own paths", () => {
    const table = legacyRedirects(
      [
        { slug: "x", aliases: ["/fr/blog/old", "/fr", "/fr/tags"], lang: "fr" },
        { slug: "x", aliases: [], lang: "en" },
      ],
      { wordpressPermalinks: true, redirects: [], languages: languagesSetting },
    );
    expect(table).toEqual([
      { from: "/fr/x", to: "/fr/blog/x" },
      { from: "/x", to: "/blog/x" },
    ]);
  });
});

describe("switcherLinks", () => {
  const sections = [
    { code: "en", label: "English", isDefault: true },
    { code: "fr", label: "Français", isDefault: false },
  ];
  it("goes to the page's translation, else to that language's home", () => {
    expect(switcherLinks(sections, "en", { en: "/blog/a", fr: "/fr/blog/a" })).toEqual([
      { code: "en", label: "English", href: "/blog/a", current: true },
      { code: "fr", label: "Français", href: "/fr/blog/a", current: false },
    ]);
    expect(switcherLinks(sections, "fr", { fr: "/fr/blog/seul" }).map((l) => l.href)).toEqual(["/", "/fr/blog/seul"]);
  });
  it("shows nothing on a site with one section", () => {
    expect(switcherLinks(sections.slice(0, 1), "en", { en: "/" })).toEqual([]);
  });
});

describe("paths and locales", () => {
  it("puts a path in a section", () => {
    expect(underPrefix("", "/blog")).toBe("/blog");
    expect(underPrefix("/fr", "/")).toBe("/fr");
    expect(underPrefix("/fr", "/blog/x")).toBe("/fr/blog/x");
    expect(searchLocation("")).toEqual({ manifest: "/search.json", files: "/_quire/search" });
    expect(searchLocation("/fr")).toEqual({ manifest: "/fr/search.json", files: "/_quire/search-fr" });
    expect(recordFolder("fr")).toMatch(/quire-records-fr$/);
  });
  it("writes Open Graph locales with their region", () => {
    expect(ogLocale("fr-FR")).toBe("fr_FR");
    expect(ogLocale("en")).toBe("en_US");
    expect(ogLocale("pt-br")).toBe("pt_BR");
  });
  it("has French words for what a render adds to a body", async () => {
    expect(bodyLabels("fr", "en")).toMatchObject({ copy: "Copier", footnotes: "Notes" });
    const { html } = await renderMarkdown("Texte.[^a]\n\n[^a]: Note.", {
      title: "T",
      root,
      file: path.join(root, "x.md"),
      warn: () => {},
      labels: bodyLabels("fr", "en"),
    });
    expect(html).toMatch(/aria-label="Retour à l’appel de note 1"/);
  });
});
