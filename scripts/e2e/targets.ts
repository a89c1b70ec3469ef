/**
 * Every way the e2e suite serves Quire, in one table read by scripts/e2e.ts
 * (what to build) and playwright.config.ts (which server, which specs).
 * Adding a target is one entry: its build environment (or none, for a dev
 * server), the command that serves it, its content and its specs.
 */
import { corpusWithFixtures, type ContentSetup } from "./content";

export interface E2eTarget {
  /** Environment for `npm run build`; absent: nothing is built (a dev server). */
  build?: Record<string, string>;
  /** Shell command run in the workspace that serves the site on 127.0.0.1:port. */
  server: (port: number) => string;
  /** The path that answers once the server is up. */
  readyPath?: string;
  /** Specs to run (default: all), and specs to skip (globs, as Playwright takes them). */
  testMatch?: string[];
  testIgnore?: string[];
  /** Puts the target's posts into the workspace; returns CONTENT_DIR and friends. */
  content: (workspace: string, project: string) => ContentSetup;
}

const nextStart = (port: number) => `npx next start -p ${port} -H 127.0.0.1`;
// basepath.spec.ts needs BASE_PATH=/sub; the other targets serve from the root.
const rootSpecs = ["**/basepath.spec.ts"];

export const TARGETS: Record<string, E2eTarget> = {
  start: { build: {}, server: nextStart, testIgnore: rootSpecs, content: corpusWithFixtures },
  standalone: {
    build: { NEXT_OUTPUT: "standalone" },
    server: (port) => `PORT=${port} HOSTNAME=127.0.0.1 node .next/standalone/server.js`,
    testIgnore: rootSpecs,
    content: corpusWithFixtures,
  },
  // nginx decodes request paths as GitHub Pages and S3 do; hostile input and
  // response headers are the Node server's job (hardening.spec.ts).
  export: {
    build: { NEXT_OUTPUT: "export" },
    server: (port) => `npx tsx scripts/e2e/nginx.ts out ${port}`,
    testIgnore: [...rootSpecs, "**/hardening.spec.ts"],
    content: corpusWithFixtures,
  },
  basepath: {
    build: { BASE_PATH: "/sub" },
    server: nextStart,
    readyPath: "/sub",
    testMatch: ["**/basepath.spec.ts"],
    content: corpusWithFixtures,
  },
};

export const DEFAULT_TARGETS = ["start", "standalone", "export", "basepath"];
