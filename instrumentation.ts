/**
 * Runs once when a Node server starts (next start, standalone, a Vercel
 * function), not while building: a server whose comments cannot work stops
 * with one line saying why (lib/comments/start.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ site }, { startProblem }] = await Promise.all([import("./site.config"), import("./lib/comments/start")]);
  const problem = startProblem(site.comments);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
