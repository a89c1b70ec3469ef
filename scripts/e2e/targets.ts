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
import { databaseFor, dropDatabase } from "./database";

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
  /** Runs after the target's tests, passed or not, with the environment its content step gave (a database to drop). */
  finish?: (env: Record<string, string>, project: string) => void;
}

const nextStart = (port: number) => `npx next start -p ${port} -H 127.0.0.1`;
// basepath.spec.ts needs BASE_PATH=/sub; the other targets serve from the root.
// dev.spec.ts, hostile.spec.ts, prerender.spec.ts and vercel.spec.ts need their own servers too.
const rootSpecs = ["**/wordpress.spec.ts", "**/basepath.spec.ts", "**/dev.spec.ts", "**/hostile.spec.ts", "**/prerender.spec.ts", "**/vercel.spec.ts", "**/comments*.spec.ts"];

/** The comments targets' mail server (scripts/e2e/mailbox.ts), started with the site; the tests read what it received. */
export const commentsSmtpPort = (port: number) => port + 1000;

/** What the comments targets set, at build and at run time: moderation is the default, `all`. */
const COMMENTS_ENV = {
  QUIRE_COMMENTS: "on",
  COMMENTS_SECRET: "e2e-comments-secret-not-for-production-0123456789",
  QUIRE_ADMIN_PASSWORD: "e2e admin password, long enough",
  QUIRE_AUTHOR_EMAIL: "author@example.org",
  MAIL_FROM: "Quire e2e <blog@example.org>",
};
const COMMENTS_SPECS = ["**/comments.spec.ts", "**/comments-admin.spec.ts"];
/** The loopback mail server in the background of the server's shell (Playwright stops the whole group), and the seed. */
const mailboxAndSeed = (port: number) =>
  `export SMTP_URL=smtp://127.0.0.1:${commentsSmtpPort(port)} && (node --import tsx scripts/e2e/mailbox.ts ${commentsSmtpPort(port)} &) && node --import tsx scripts/e2e/comments-seed.ts`;

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
  // Comments on, with the default moderation (every comment waits for the
  // author), on the embedded database in a throwaway folder of the
  // workspace; the sample posts with the fixtures (an imported post with its
  // comments file). Comments are stored before the server starts
  // (scripts/e2e/comments-seed.ts) for the admin page; the admin password is
  // set, and e-mail goes to a loopback SMTP server (scripts/e2e/mailbox.ts)
  // whose messages the tests read.
  comments: {
    build: COMMENTS_ENV,
    server: (port) => `export QUIRE_DATA_DIR=e2e-comments-data && ${mailboxAndSeed(port)} && npx next start -p ${port} -H 127.0.0.1`,
    startTimeoutMs: 180_000,
    testMatch: COMMENTS_SPECS,
    content: sampleWithFixtures,
  },
  // The same specs on what Vercel runs: `vercel build` and its functions,
  // each in its own process from only the files it carries
  // (scripts/e2e/vercel.ts), given the project's environment variables at
  // run time (E2E_FUNCTION_ENV) as Vercel gives them; the comments in a
  // Postgres database of their own made for the run on TEST_DATABASE_URL's
  // server (dropped after it). The emulator has no ISR cache: every page
  // answer is rendered by its function, so revalidatePath is called but
  // what it invalidates on Vercel is not exercised here.
  "comments-vercel": {
    build: { ...COMMENTS_ENV, E2E_FUNCTION_ENV: [...Object.keys(COMMENTS_ENV), "DATABASE_URL", "SMTP_URL"].join(",") },
    buildCommand: ["npx", "tsx", "scripts/e2e/vercel.ts", "build"],
    server: (port) => `${mailboxAndSeed(port)} && npx tsx scripts/e2e/vercel.ts serve ${port}`,
    startTimeoutMs: 180_000,
    testMatch: COMMENTS_SPECS,
    content: (workspace, project) => {
      const setup = sampleWithFixtures(workspace, project);
      const url = databaseFor("vercel", project);
      return { env: { ...setup.env, DATABASE_URL: url }, description: `${setup.description}, comments in Postgres ${new URL(url).pathname.slice(1)}` };
    },
    skip: () => (process.env.TEST_DATABASE_URL ? undefined : "TEST_DATABASE_URL is not set: comments on Vercel need a Postgres server (.ci/run starts one)"),
    finish: (env, project) => {
      if (env.DATABASE_URL) dropDatabase(env.DATABASE_URL, project);
    },
  },
  // A static export of a site whose embedded database holds comments when it
  // is built (seeded first: approved, waiting and spam ones), served by nginx:
  // the approved ones are in the pages, read-only (comments-export.spec.ts).
  "comments-export": {
    build: { ...COMMENTS_ENV, NEXT_OUTPUT: "export", QUIRE_DATA_DIR: "e2e-comments-data" },
    buildCommand: ["sh", "-c", "node --import tsx scripts/e2e/comments-seed.ts && npm run build --silent"],
    server: (port) => `npx tsx scripts/e2e/nginx.ts out ${port}`,
    testMatch: ["**/comments-export.spec.ts"],
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
  "comments-vercel",
  "comments-export",
  "wordpress",
  "wordpress-export",
  "wordpress-de",
  "wordpress-de-export",
  "dev",
];
