/** Which server the suite runs against (see playwright.config.ts). */
export const target = (process.env.E2E_TARGET || "start") as "start" | "standalone" | "export" | "basepath";
export const isNodeServer = target !== "export";
