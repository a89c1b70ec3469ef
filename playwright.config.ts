import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium";

/**
 * One suite, three ways Quire is served (E2E_TARGET): `next start`, the
 * standalone server, and the static export under a plain static file server.
 * A fourth target, `basepath`, runs `next start` with BASE_PATH=/sub and its
 * own spec only.
 */
const target = process.env.E2E_TARGET || "start";
const port = Number(process.env.E2E_PORT || 3210);
const baseURL = `http://127.0.0.1:${port}`;

const servers: Record<string, string> = {
  start: `npx next start -p ${port} -H 127.0.0.1`,
  basepath: `npx next start -p ${port} -H 127.0.0.1`,
  standalone: `PORT=${port} HOSTNAME=127.0.0.1 node .next/standalone/server.js`,
  export: `npx serve out -l tcp://127.0.0.1:${port} --no-request-logging`,
};

export default defineConfig({
  testDir: "tests/e2e",
  ...(target === "basepath"
    ? { testMatch: ["**/basepath.spec.ts"] }
    : // Hostile input and response headers are the Node server's job.
      { testIgnore: ["**/basepath.spec.ts", ...(target === "export" ? ["**/hardening.spec.ts"] : [])] }),
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: `reports/e2e-${target}.json` }]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: servers[target],
    url: target === "basepath" ? `${baseURL}/sub` : baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
