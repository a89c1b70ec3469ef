/**
 * The content step: walk -> parse -> validate -> render -> write, each post
 * once per change. It runs before `next build` on every build, and again on
 * every change while `npm run dev` runs. A post is rendered again only when
 * its text changed (or a file it names did); otherwise its documents from the
 * last run stand (lib/build/cache.ts says what unchanged means). Nothing here
 * prints: scripts/prepare-content.ts does.
 */
import path from "node:path";
import { checkCollection, checkSource } from "./checks";
import { bodyStartLine, mdxErrorProblem } from "../markdown/mdx-problems";
import { formatProblem, isPublished, siteLanguageRules, type ContentProblem } from "../frontmatter";
import type { LanguageRules } from "../i18n/languages";
import { bodyLabels } from "../i18n/dictionary";
import { CONTENT_ASSET_DIR } from "../content-folders";
import { analyzePost } from "./analyze-post";
import { isTooDeep, nestingProblem } from "../markdown/nesting";
import { readPostFile, readPostHead } from "./limits";
import type { MdxComponentMap } from "../markdown/mdx-html";
import { hasCodeBlocks } from "../markdown/code-toolbar";
import { legacyRedirects, REDIRECTS_FILE, type RedirectSettings } from "../server/redirects";
import { listContentFiles, writeIfChanged } from "./files";
import { fileStamp, hashOf, stampFiles, stampsCurrent } from "./cache";
import { normalizeNewlines } from "./newlines";
import { pruneBodies, readManifest, writeBody, writeManifest, type PostEntry } from "../data/documents";
import { syncAssets, type AssetSyncResult } from "./assets";
import { planBodyJobs, planCardJobs, syncImageVariants, type VariantResult } from "../images/make-copies";
import { groupProblems, PROBLEMS_FILE, type PostProblems } from "./problems";
import { removeSearchIndex, writeSearchIndex, type SearchIndexResult } from "../search/step";
import { removePostRecords, writePostRecords } from "./records";
import { SECTIONS_FILE } from "../data/sections";
import { buildCollection } from "../data/collection";
import { commentsFileOf, readComments } from "../comments/file";
import { buildThreads } from "../comments/threads";
import { writePages } from "./pages";
import { cardExists, cardOf, planCards, type CardDrawer, type CardJob, type CardSite } from "../cards/plan";

export interface StepOptions {
  /** Absolute content folder. */
  root: string;
  /** Absolute project folder: generated files go under it. */
  projectDir: string;
  /** Redirect settings, and what social cards show (the site's title, dates in its language). */
  site: RedirectSettings & CardSite;
  basePath?: string;
  /** The site's MDX components, for the static HTML of `.mdx` posts (feeds, search). */
  mdxComponents: MdxComponentMap;
  /** Draws the social cards that are missing, as soon as the step knows of them. */
  cards?: CardDrawer;
  /** Absolute folder of standalone pages (lib/build/pages.ts); none: no pages. */
  pagesRoot?: string;
  /**
   * The files (relative paths) a watcher saw change since this process's last
   * run. When given, every other file this process has already seen is taken
   * as it was, without a look at the disk: under `npm run dev` an edit costs
   * the edited post, not a stat of every post.
   */
  changed?: ReadonlySet<string>;
  /** The languages posts may be in (default: the site's, lib/i18n/languages.ts). */
  languages?: LanguageRules;
  /** Where image copies are kept between builds (default: lib/images/make-copies imageCacheDir). */
  imageCacheDir?: string;
  now?: Date;
}

export interface StepResult {
  problems: ContentProblem[];
  /** Problems grouped per post, for the dev server's pages. */
  postProblems: PostProblems[];
  /** Each post's render warnings (a missing image...), printed on every build. */
  warnings: string[];
  /** Slugs and translations an unpublished post shares (printed by `npm run dev` only). */
  slugWarnings: string[];
  posts: number;
  published: number;
  /** Posts rendered in this run (the others were unchanged). */
  rendered: number;
  /** Whether the post index (lib/data/documents.ts POST_INDEX) was rewritten. */
  manifestChanged: boolean;
  assets: AssetSyncResult;
  /** Responsive copies of the images (lib/images/make-copies.ts). */
  images: VariantResult;
  redirects: number;
  search: SearchIndexResult;
  /** Social cards the published posts need that were not drawn when the step ended (lib/cards/plan.ts). */
  cardsToDraw: CardJob[];
  /** Standalone pages found, and rendered in this run. */
  pages: { pages: number; rendered: number };
}

interface FileState {
  hash: string;
  /** The file's size and mtime when it was read (fileStamp). */
  stamp: string;
  problems: ContentProblem[];
  entry?: PostEntry;
}

/** The last verdict on each file of each (content folder, project), for the dev watcher's next run. */
const memories = new Map<string, Map<string, FileState>>();

/** The posts whose bodies each memory's last run kept: the body folder is pruned again only when they change. */
const keptBodies = new WeakMap<Map<string, FileState>, string>();

function memoryOf(options: StepOptions): Map<string, FileState> {
  const key = `${options.root}\0${options.projectDir}\0${options.basePath ?? ""}`;
  let memory = memories.get(key);
  if (!memory) memories.set(key, (memory = new Map()));
  return memory;
}

/** Whether every file a post's last render used is as it was then (lib/build/cache.ts). */
function depsUnchanged(root: string, entry: PostEntry | undefined): boolean {
  return !!entry && stampsCurrent(root, entry.deps);
}

interface Run {
  /** What the last run wrote (a fresh process knows nothing else): read when first needed. */
  previous: () => Map<string, PostEntry>;
  rendered: number;
}

/** Whether the watcher's list of changed files leaves a known file, and everything its render read, untouched. */
function untouched(known: FileState | undefined, relPath: string, changed: ReadonlySet<string> | undefined): boolean {
  if (!known || !changed || changed.has(relPath)) return false;
  return !known.entry || Object.keys(known.entry.deps).every((dep) => !changed.has(dep));
}

async function processFile(relPath: string, options: StepOptions, run: Run): Promise<FileState> {
  const memory = memoryOf(options);
  const remember = (state: FileState) => (memory.set(relPath, state), state);
  const known = memory.get(relPath);
  if (known && untouched(known, relPath, options.changed)) return known;
  // A file with the size and mtime it had when last read is not read again.
  const stamp = fileStamp(path.join(options.root, relPath));
  const previous = known ? undefined : run.previous().get(relPath);
  if (known?.stamp === stamp && (!known.entry || depsUnchanged(options.root, known.entry))) return known;
  if (previous?.stamp === stamp && depsUnchanged(options.root, previous)) {
    return remember({ hash: previous.hash, stamp, problems: [], entry: previous });
  }

  const read = readPostFile(path.join(options.root, relPath), relPath);
  if (read.source === undefined) return remember({ hash: stamp, stamp, problems: read.problems });
  const source = read.source;
  const hash = hashOf(normalizeNewlines(source));
  if (known?.hash === hash && (!known.entry || depsUnchanged(options.root, known.entry))) return remember({ ...known, stamp });
  // Touched but unchanged since the last run: its documents stand.
  if (previous?.hash === hash && depsUnchanged(options.root, previous)) {
    return remember({ hash, stamp, problems: [], entry: { ...previous, stamp } });
  }

  const checked = checkSource({ relPath, source }, options.now, options.languages);
  if (!checked.post) return remember({ hash, stamp, problems: checked.problems });

  const warnings = [...read.warnings];
  const deps = new Set<string>();
  const { meta, body } = checked.post;
  // Its comments file, there or not: adding, editing or removing it renders the post again.
  const commentsFile = commentsFileOf(relPath);
  deps.add(commentsFile);
  try {
    const analysis = await analyzePost({
      relPath,
      root: options.root,
      meta,
      body,
      basePath: options.basePath,
      mdxComponents: options.mdxComponents,
      warn: (message) => warnings.push(message),
      dependsOn: (rel) => deps.add(rel),
      labels: bodyLabels(meta.lang, (options.languages ?? siteLanguageRules).defaultLanguage),
    });
    // A bad comments file is warnings, one per problem; the post builds with the comments that are fine.
    const comments = readComments(path.join(options.root, commentsFile), commentsFile);
    warnings.push(...(comments?.problems ?? []).map(formatProblem));
    const card = cardOf(analysis.meta, options.site);
    const entry: PostEntry = {
      relPath,
      hash,
      stamp,
      meta: analysis.meta,
      format: analysis.format,
      summary: analysis.summary,
      readingMinutes: analysis.readingMinutes,
      warnings,
      card: card?.key,
      deps: stampFiles(options.root, deps),
    };
    writeBody(options.projectDir, relPath, {
      html: analysis.html,
      // `.mdx` posts are rendered to `html` too (for feeds), through the same pipeline.
      hasCode: hasCodeBlocks(analysis.html),
      toc: analysis.toc,
      source: analysis.format === "mdx" ? normalizeNewlines(body) : "",
      references: analysis.references,
      ...(comments?.comments.length ? { comments: buildThreads(comments.comments) } : {}),
    });
    run.rendered += 1;
    // Its card can be drawn while the next posts render.
    if (card && options.cards && isPublished(analysis.meta, options.now) && !cardExists(options.projectDir, card.key)) {
      options.cards.queue(card);
    }
    return remember({ hash, stamp, problems: [], entry });
  } catch (error) {
    const problem = isTooDeep(error)
      ? nestingProblem(relPath)
      : /\.mdx$/i.test(relPath)
      ? mdxErrorProblem(relPath, error, bodyStartLine(source))
      : { file: relPath, field: "body", message: `could not be rendered: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
    return remember({ hash, stamp, problems: [problem] });
  }
}

export async function runContentStep(options: StepOptions): Promise<StepResult> {
  const { root, projectDir } = options;
  const now = options.now ?? new Date();
  const languages = options.languages ?? siteLanguageRules;
  const files = listContentFiles(root);
  // Files beside the posts are served first (an author's new image at once),
  // then copies of every image are made before any post renders: a post shows
  // copies only of an image they could be made of (lib/images/info hasCopies).
  const assets = syncAssets(root, path.join(projectDir, "public", CONTENT_ASSET_DIR), files.assets);
  const bodyJobs = planBodyJobs(root, files.assets);
  const bodyCopies = await syncImageVariants(projectDir, bodyJobs, { cacheDir: options.imageCacheDir, prune: false });
  let previous: Map<string, PostEntry> | undefined;
  const run: Run = { previous: () => (previous ??= readManifest(projectDir)), rendered: 0 };
  const states = new Map<string, FileState>();
  for (const relPath of files.posts) states.set(relPath, await processFile(relPath, { ...options, now, languages }, run));
  const memory = memoryOf(options);
  for (const relPath of memory.keys()) if (!states.has(relPath)) memory.delete(relPath);

  const entries = [...states.values()].flatMap((s) => (s.entry ? [s.entry] : []));
  const publishedEntries = entries.filter((e) => isPublished(e.meta, now));
  const collectionCheck = checkCollection(
    entries.map((e) => ({ relPath: e.relPath, meta: e.meta, published: isPublished(e.meta, now) })),
    now,
  );
  const problems = [...[...states.values()].flatMap((s) => s.problems), ...collectionCheck.problems].sort((a, b) =>
    a.file.localeCompare(b.file),
  );
  // Then the card-sized copies of front matter images, and no copy that is no longer needed: all
  // in place before the manifest changes (the dev server refreshes open pages then).
  const cardCopies = await syncImageVariants(
    projectDir,
    [...bodyJobs, ...planCardJobs(bodyJobs, publishedEntries.flatMap((e) => e.meta.images))],
    { cacheDir: options.imageCacheDir },
  );
  const images = { ...cardCopies, made: bodyCopies.made + cardCopies.made, reused: bodyCopies.reused + cardCopies.reused, failures: [...bodyCopies.failures, ...cardCopies.failures] };

  // A broken post has no documents; a slug shared by two good posts is a
  // problem of the pair, and both keep theirs.
  const manifestChanged = writeManifest(projectDir, entries);
  // The body folder is walked only when the set of posts differs from the
  // last run's (this process's, or the manifest's in a fresh one).
  const kept = entries.map((e) => e.relPath).sort();
  const keptKey = kept.join("\0");
  const lastKept = keptBodies.get(memory) ?? (previous && [...previous.keys()].sort().join("\0"));
  if (lastKept !== keptKey) {
    pruneBodies(projectDir, kept);
    keptBodies.set(memory, keptKey);
  }

  const pages = options.pagesRoot
    ? await writePages({ pagesRoot: options.pagesRoot, contentRoot: root, projectDir, basePath: options.basePath, languageCodes: languages.codes })
    : { problems: [], warnings: [], pages: 0, rendered: 0, moved: [] };

  // Every language's published posts redirect from their old URLs to their
  // section; published standalone pages from theirs.
  const redirects = legacyRedirects(
    publishedEntries.map((e) => e.meta),
    {
      ...options.site,
      languages: languages.codes.map((code) => ({ code, isDefault: code === languages.defaultLanguage })),
    },
    pages.moved,
  );
  writeIfChanged(path.join(projectDir, REDIRECTS_FILE), `${JSON.stringify(redirects)}\n`);

  // The site as a production build shows it, one language at a time: each
  // language's published posts, newest first, with their records and search
  // index. A language without a published post has no section at all.
  const textHashes = new Map(entries.map((e) => [e.relPath, e.hash]));
  const textHash = (relPath: string) => textHashes.get(relPath)!;
  const sections: string[] = [];
  let search: SearchIndexResult = { indexed: 0, removed: 0, shardsWritten: 0 };
  for (const code of languages.codes) {
    const isDefault = code === languages.defaultLanguage;
    const shown = buildCollection(
      entries.map((post) => ({ post })),
      { now, language: code, languages: languages.codes },
    );
    if (!isDefault && shown.posts.length === 0) {
      removePostRecords(projectDir, code);
      removeSearchIndex(projectDir, code);
      continue;
    }
    sections.push(code);
    writePostRecords(projectDir, shown, textHash, isDefault ? undefined : code);
    const indexed = writeSearchIndex(projectDir, shown, textHash, isDefault ? undefined : code);
    search = {
      indexed: search.indexed + indexed.indexed,
      removed: search.removed + indexed.removed,
      shardsWritten: search.shardsWritten + indexed.shardsWritten,
    };
  }
  writeIfChanged(path.join(projectDir, SECTIONS_FILE), `${JSON.stringify(sections)}\n`);
  // Each entry's card key was computed when it rendered; the card is drawn
  // again only when its file is missing.
  const missing = planCards(
    projectDir,
    publishedEntries.flatMap((e) => e.card ?? []),
  );
  const cardsToDraw = publishedEntries.flatMap((e) => (e.card && missing.has(e.card) ? (cardOf(e.meta, options.site) ?? []) : []));
  for (const card of cardsToDraw) options.cards?.queue(card);

  // The dev server shows a post's problems at its URL; a page's are printed.
  const postProblems = groupProblems(problems, (relPath) => readPostHead(path.join(root, relPath)), languages);
  problems.push(...pages.problems);
  writeIfChanged(path.join(projectDir, PROBLEMS_FILE), `${JSON.stringify(postProblems)}\n`);

  return {
    problems,
    postProblems,
    warnings: [...entries.flatMap((e) => e.warnings), ...pages.warnings, ...images.failures],
    slugWarnings: collectionCheck.warnings,
    posts: files.posts.length,
    published: publishedEntries.length,
    rendered: run.rendered,
    manifestChanged,
    assets,
    images,
    redirects: redirects.length,
    search,
    cardsToDraw,
    pages: { pages: pages.pages, rendered: pages.rendered },
  };
}
