/**
 * How an open page learns that content changed under `npm run dev`: the root
 * layout imports a tiny JSON file that the content watcher rewrites after each
 * change (scripts/prepare-content.ts --watch). The dev server sees one of the
 * layout's modules change and refreshes the page in every open browser, the
 * same way it does when code is edited; no extra client code or polling.
 */
export const DEV_VERSION_FILE = ".contentlayer/quire-dev-version.json";
