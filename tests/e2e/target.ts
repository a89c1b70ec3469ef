/** Which server the suite runs against (see playwright.config.ts). */
export const target = (process.env.E2E_TARGET || "start") as "start" | "standalone" | "export" | "basepath";
/** A Node server (next start, standalone), not a static export (the `export` target, and `wordpress-export`'s kind, built with NEXT_OUTPUT=export). */
export const isNodeServer = target !== "export" && process.env.NEXT_OUTPUT !== "export";
