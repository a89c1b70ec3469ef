/**
 * How long the scale report will take, printed before it starts: a linear
 * model per phase (seconds = fixed + perPost × posts), fitted to the 150- and
 * 1000-post scale runs of 1 December 2026 on the 2-core benchmark machine
 * while two other builds shared it (load average 10-20). Rough by design.
 */
import { BUDGETS } from "./budgets";

const PHASES: Array<{ name: string; fixed: number; perPost: number }> = [
  { name: "cold content step", fixed: 4, perPost: 0.085 },
  { name: "next build (export)", fixed: 60, perPost: 0.178 },
  { name: "next build (PRERENDER)", fixed: 60, perPost: 0.108 },
  { name: "next start, 305 requests", fixed: 15, perPost: 0.0025 },
  { name: "warm content step", fixed: 10.5, perPost: 0.0033 },
  { name: "npm run dev, 3 edits", fixed: 92, perPost: 0.061 },
];

export interface Estimate {
  /** At the rates measured. */
  total: number;
  /** The same, with the export build (content step included) and the PRERENDER build capped at their budgets. */
  withinBudgets: number;
  phases: Array<{ name: string; seconds: number }>;
}

export function estimateScaleSeconds(posts: number): Estimate {
  const phases = PHASES.map((p) => ({ name: p.name, seconds: p.fixed + p.perPost * posts }));
  const total = phases.reduce((sum, p) => sum + p.seconds, 0);
  const [content, exportBuild, prerenderBuild] = phases.map((p) => p.seconds);
  const withinBudgets =
    total -
    (content + exportBuild + prerenderBuild) +
    Math.min(content + exportBuild, BUDGETS.exportWallS) +
    Math.min(prerenderBuild, BUDGETS.prerenderBuildWallS);
  return { total, withinBudgets, phases };
}
