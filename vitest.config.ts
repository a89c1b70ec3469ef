import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Shiki and MDX warm up on first use: slow on a busy 2-core machine, not a hang.
    testTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: "reports/unit.json" }]],
  },
});
