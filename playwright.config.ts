import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium";
import { TARGETS } from "./scripts/e2e/targets";

/**
 * One suite, several ways Quire is served (E2E_TARGET, see
 * scripts/e2e/targets.ts). scripts/e2e.ts runs this in a throwaway copy of the
 * project after building it there; reports go back to the project.
 */
const name = process.env.E2E_TARGET || "start";
const target = TARGETS[name];
if (!target) throw new Error(`E2E_TARGET must be one of ${Object.keys(TARGETS).join(", ")}, got "${name}"`);
const port = Number(process.env.E2E_PORT || 3210);
const baseURL = `http://${target.host ?? "127.0.0.1"}:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  ...(target.testMatch ? { testMatch: target.testMatch } : {}),
  ...(target.testIgnore ? { testIgnore: target.testIgnore } : {}),
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  retries: 0,
  outputDir: process.env.E2E_OUTPUT_DIR || "test-results",
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT || `reports/e2e-${name}.json` }]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...(target.chromiumArgs ?? [])] },
  },
  webServer: {
    command: target.server(port),
    url: `${baseURL}${target.readyPath ?? ""}`,
    reuseExistingServer: false,
    timeout: target.startTimeoutMs ?? 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
