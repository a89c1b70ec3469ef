import { describe, expect, it } from "vitest";
import { checkedByStep } from "./helpers/checked-by-step";
import { groupTranslations, publishedTranslations, translationBase } from "@/lib/i18n/translations";
import { buildCollection, type PostDocument } from "@/lib/data/collection";
import { formatProblem, readFrontmatter } from "@/lib/frontmatter";
import type { LanguageRules } from "@/lib/i18n/languages";

const rules: LanguageRules = { defaultLanguage: "en", codes: ["en", "fr", "de"] };
const now = new Date("2024-06-01T00:00:00Z");

function post(relPath: string, fm: Record<string, unknown> = {}) {
  const { meta, problems } = readFrontmatter({ title: relPath, date: "2020-01-01", ...fm }, relPath, rules);
  if (!meta) throw new Error(problems.map(formatProblem).join("\n"));
  return { relPath, meta };
}
const source = (fm: string) => {
  const lines = [fm.includes("title:") ? "" : "title: T", fm.includes("date:") ? "" : "date: 2020-01-01", fm].filter(Boolean);
  return `---\n${lines.join("\n")}\n---\n\nBody.\n`;
};
const groupPaths = (posts: ReturnType<typeof post>[], of: string) =>
  groupTranslations(posts, now).groupOf.get(of)!.map((p) => p.relPath);

describe("translations", () => {
  it("are the posts sharing a base name in one folder", () => {
    const posts = [post("2014/x.md"), post("2014/x.fr.md"), post("2014/x.de.mdx"), post("2015/x.fr.md"), post("2014/y.md")];
    expect(groupPaths(posts, "2014/x.md")).toEqual(["2014/x.de.mdx", "2014/x.fr.md", "2014/x.md"]);
    expect(groupPaths(posts, "2015/x.fr.md")).toEqual(["2015/x.fr.md"]);
    expect(groupPaths(posts, "2014/y.md")).toEqual(["2014/y.md"]);
    expect(translationBase("2014/2014-08-01-europython-2014.fr.md", "fr")).toBe("2014/2014-08-01-europython-2014");
  });

  it("are the posts sharing a translationKey, wherever they are and whatever their names", () => {
    const posts = [
      post("2014/europython.md", { translationKey: "ep14" }),
      post("fr/2014/ma-semaine-a-berlin.md", { lang: "fr", translationKey: "ep14" }),
      post("2014/x.md", { translationKey: "other" }),
    ];
    expect(groupPaths(posts, "2014/europython.md")).toEqual(["2014/europython.md", "fr/2014/ma-semaine-a-berlin.md"]);
    expect(groupPaths(posts, "2014/x.md")).toEqual(["2014/x.md"]);
  });

  it("join a base name and a translationKey that reach each other through one post", () => {
    const posts = [post("a/x.md", { translationKey: "k" }), post("a/x.fr.md"), post("b/z.md", { lang: "de", translationKey: "k" })];
    expect(groupPaths(posts, "a/x.fr.md")).toEqual(["a/x.fr.md", "a/x.md", "b/z.md"]);
  });

  it("may differ in slug, title, tags and date", async () => {
    const result = await checkedByStep(
      [
        { relPath: "2014/x.md", source: source("slug: europython\ntags: [python]") },
        { relPath: "2014/x.fr.md", source: source("slug: europython-fr\ntitle: Europython en français\ndate: 2014-08-03\ntags: [conférence]") },
      ],
      now,
      rules,
    );
    expect(result.problems).toEqual([]);
    const group = groupTranslations(result.posts, now);
    expect(publishedTranslations(result.posts[0], group, rules.codes, now)).toEqual([{ lang: "fr", slug: "europython-fr" }]);
  });

  it("fail with one line naming both files when two published posts of one language claim one translation", async () => {
    const result = await checkedByStep(
      [
        { relPath: "2014/a.md", source: source("translationKey: europython") },
        { relPath: "2015/b.md", source: source("translationKey: europython") },
        { relPath: "2014/c.fr.md", source: source("translationKey: europython") },
      ],
      now,
      rules,
    );
    expect(result.problems.map(formatProblem)).toEqual([
      '2014/a.md: translationKey: 2015/b.md is also its "en" translation (by translationKey "europython"); a post has one translation per language',
    ]);
  });

  it("fail when lang: puts a post in the language of its base-name sibling", async () => {
    const result = await checkedByStep(
      [
        { relPath: "2014/x.fr.md", source: source("slug: x-fr") },
        { relPath: "2014/x.md", source: source("lang: fr") },
      ],
      now,
      rules,
    );
    expect(result.problems.map(formatProblem)).toEqual([
      '2014/x.fr.md: lang: 2014/x.md is also its "fr" translation (by base name); a post has one translation per language',
    ]);
  });

  it("only warn when the second claim is a draft: the published post wins", async () => {
    const result = await checkedByStep(
      [
        { relPath: "2014/a.md", source: source("translationKey: k") },
        { relPath: "2014/b.md", source: source("translationKey: k\ndraft: true") },
      ],
      now,
      rules,
    );
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual(['translation: 2014/a.md, 2014/b.md are all "en" translations of one post; 2014/a.md is published and wins']);
  });
});

describe("published translations", () => {
  const posts = [
    post("2014/x.md", { slug: "x" }),
    post("2014/x.fr.md", { slug: "x-fr" }),
    post("2014/x.de.md", { draft: true }),
    post("2015/y.md"),
    post("2015/y.fr.md", { date: "2030-01-01" }),
    post("2015/y.de.md", { status: "pending" }),
  ];
  const groups = groupTranslations(posts, now);

  it("lists a post's other languages with their slugs, leaving out drafts", () => {
    expect(publishedTranslations(posts[0], groups, rules.codes, now)).toEqual([{ lang: "fr", slug: "x-fr" }]);
    expect(publishedTranslations(posts[1], groups, rules.codes, now)).toEqual([{ lang: "en", slug: "x" }]);
  });

  it("leaves out a scheduled translation until its date, and a WordPress status other than publish", () => {
    expect(publishedTranslations(posts[3], groups, rules.codes, now)).toEqual([]);
    expect(publishedTranslations(posts[3], groups, rules.codes, new Date("2031-01-01T00:00:00Z"))).toEqual([{ lang: "fr", slug: "y" }]);
  });

  it("is what the collection's records carry, and a language's collection holds only its posts", () => {
    const docs: PostDocument[] = posts.map(({ relPath, meta }) => ({ post: { relPath, meta, format: "md", summary: "", readingMinutes: 1 } }));
    const english = buildCollection(docs, { now, language: "en", languages: rules.codes });
    expect(english.posts.map((p) => p.slug)).toEqual(["x", "y"]);
    expect(english.bySlug.get("x")?.translations).toEqual([{ lang: "fr", slug: "x-fr" }]);
    expect(english.bySlug.get("y")).not.toHaveProperty("translations");
    expect(buildCollection(docs, { now, language: "fr" }).posts.map((p) => p.slug)).toEqual(["x-fr"]);
  });
});
