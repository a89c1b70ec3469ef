/**
 * Every way the e2e suite serves Quire, in one table read by scripts/e2e.ts
 * (what to build) and playwright.config.ts (which server, which specs).
 * Adding a target is one entry: its build environment (or none, for a dev
 * server), the command that serves it, its content and its specs.
 */
import {
  bilingualCorpusWithFixtures,
  corpusWithFixtures,
  importedWordpress,
  missingWordpressExport,
  sampleCopy,
  sampleWithFixtures,
  sampleWithHostilePosts,
  type ContentSetup,
} from "./content";

export interface E2eTarget {
  /** Environment for the build; absent: nothing is built (a dev server). */
  build?: Record<string, string>;
  /** The build command (default `npm run build`). */
  buildCommand?: string[];
  /** Shell command run in the workspace that serves the site on 127.0.0.1:port. */
  server: (port: number) => string;
  /** The path that answers once the server is up. */
  readyPath?: string;
  /** Host name the browser uses (default 127.0.0.1), and how long the server may take to start. */
  host?: string;
  startTimeoutMs?: number;
  /** Extra Chromium flags. */
  chromiumArgs?: string[];
  /** Specs to run (default: all), and specs to skip (globs, as Playwright takes them). */
  testMatch?: string[];
  testIgnore?: string[];
  /** Puts the target's posts into the workspace; returns CONTENT_DIR and friends. */
  content: (workspace: string, project: string) => ContentSetup;
  /** Why the target cannot run on this machine (its material is absent), or undefined: it is then skipped with that message. */
  skip?: (project: string) => string | undefined;
}

const nextStart = (port: number) => `npx next start -p ${port} -H 127.0.0.1`;
// basepath.spec.ts needs BASE_PATH=/sub; the other targets serve from the root.
// dev.spec.ts, hostile.spec.ts, prerender.spec.ts and vercel.spec.ts need their own servers too.
const rootSpecs = ["**/wordpress.spec.ts", "**/basepath.spec.ts", "**/dev.spec.ts", "**/hostile.spec.ts", "**/prerender.spec.ts", "**/vercel.spec.ts", "**/comments*.spec.ts"];

/** The `comments` target's mail server: the tests listen on it (tests/e2e/comments-admin.spec.ts). */
export const commentsSmtpPort = (port: number) => port + 1000;

export const TARGETS: Record<string, E2eTarget> = {
  // The corpus and the fixtures, with the sample blog's French posts: English
  // and French (i18n.spec.ts).
  start: { build: {}, server: nextStart, testIgnore: rootSpecs, content: bilingualCorpusWithFixtures },
  standalone: {
    build: { NEXT_OUTPUT: "standalone" },
    server: (port) => `PORT=${port} HOSTNAME=127.0.0.1 node .next/standalone/server.js`,
    testIgnore: rootSpecs,
    content: bilingualCorpusWithFixtures,
  },
  // nginx decodes request paths as GitHub Pages and S3 do; hostile input and
  // response headers are the Node server's job (hardening.spec.ts).
  export: {
    build: { NEXT_OUTPUT: "export" },
    server: (port) => `npx tsx scripts/e2e/nginx.ts out ${port}`,
    testIgnore: [...rootSpecs, "**/hardening.spec.ts"],
    content: bilingualCorpusWithFixtures,
  },
  // A build that prerenders only the two newest posts: the others render on
  // their first request and are cached (site.config.ts `prerender`). Its
  // posts are all English: it also checks that a one-language site has no
  // other language's routes, links or alternates (prerender.spec.ts).
  prerender: {
    build: { PRERENDER: "2" },
    server: nextStart,
    testMatch: ["**/prerender.spec.ts"],
    content: corpusWithFixtures,
  },
  // What authors do while writing: `npm run dev` over a scratch copy of the
  // sample posts, which dev.spec.ts edits. The dev server's websocket (page
  // refresh) is refused by Chromium's local-network checks on 127.0.0.1.
  dev: {
    server: (port) => `PORT=${port} npm run dev`,
    host: "localhost",
    startTimeoutMs: 240_000,
    chromiumArgs: ["--disable-features=LocalNetworkAccessChecks"],
    testMatch: ["**/dev.spec.ts"],
    content: sampleCopy,
  },
  // `vercel build` offline, as Vercel builds the site, with most posts left
  // to render on request; vercel.spec.ts reads .vercel/output and calls its
  // functions, each run from only the files it carries (scripts/e2e/vercel.ts).
  vercel: {
    build: { PRERENDER: "2" },
    buildCommand: ["npx", "tsx", "scripts/e2e/vercel.ts", "build"],
    server: (port) => `npx tsx scripts/e2e/vercel.ts serve ${port}`,
    startTimeoutMs: 120_000,
    testMatch: ["**/vercel.spec.ts"],
    content: sampleWithFixtures,
  },
  // Hostile content (tests/fixtures/hostile.ts): a content step over the
  // sample and every hostile post fails with one line per bad file; the
  // sample with the hostile posts that build is built and served.
  hostile: {
    build: {},
    server: nextStart,
    testMatch: ["**/hostile.spec.ts"],
    content: sampleWithHostilePosts,
  },
  // Comments on, on the embedded database in a throwaway folder of the
  // workspace, every comment shown at once (QUIRE_COMMENTS_MODERATION=none);
  // the sample posts with the fixtures (an imported post with its comments
  // file). Waiting comments are stored before the server starts
  // (scripts/e2e/comments-seed.ts) for the admin page; the admin password is
  // set, and e-mail goes to a loopback SMTP server the tests run. Every spec
  // named comments*.spec.ts runs here.
  comments: {
    build: {
      QUIRE_COMMENTS: "on",
      QUIRE_COMMENTS_MODERATION: "none",
      COMMENTS_SECRET: "e2e-comments-secret-not-for-production-0123456789",
      QUIRE_ADMIN_PASSWORD: "e2e admin password, long enough",
      QUIRE_AUTHOR_EMAIL: "author@example.org",
      MAIL_FROM: "Quire e2e <blog@example.org>",
    },
    server: (port) =>
      `export QUIRE_DATA_DIR=e2e-comments-data SMTP_URL=smtp://127.0.0.1:${commentsSmtpPort(port)} && node --import tsx scripts/e2e/comments-seed.ts && npx next start -p ${port} -H 127.0.0.1`,
    startTimeoutMs: 180_000,
    testMatch: ["**/comments*.spec.ts"],
    content: sampleWithFixtures,
  },
  // The shared WordPress exports (../shared/wordpress), imported with `npm run
  // import -- wordpress` and built: betablog (classic editor, uploads,
  // comments, drafts) and tight-loose-tight (Gutenberg, German, no uploads),
  // each under next start and as a static export under nginx (wordpress.spec.ts).
  wordpress: wordpressTarget("betablog", false),
  "wordpress-export": wordpressTarget("betablog", true),
  "wordpress-de": wordpressTarget("tight-loose-tight", false),
  "wordpress-de-export": wordpressTarget("tight-loose-tight", true),
  basepath: {
    build: { BASE_PATH: "/sub" },
    server: nextStart,
    readyPath: "/sub",
    testMatch: ["**/basepath.spec.ts"],
    content: bilingualCorpusWithFixtures,
  },
};

function wordpressTarget(name: string, exported: boolean): E2eTarget {
  return {
    build: exported ? { NEXT_OUTPUT: "export" } : {},
    server: exported ? (port) => `npx tsx scripts/e2e/nginx.ts out ${port}` : nextStart,
    testMatch: ["**/wordpress.spec.ts"],
    content: importedWordpress(name),
    skip: (project) => missingWordpressExport(project, name),
  };
}

export const DEFAULT_TARGETS = [
  "start",
  "standalone",
  "export",
  "basepath",
  "prerender",
  "vercel",
  "hostile",
  "comments",
  "wordpress",
  "wordpress-export",
  "wordpress-de",
  "wordpress-de-export",
  "dev",
];
