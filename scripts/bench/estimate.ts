/**
 * How long the scale report will take, printed before it starts: a linear
 * model per phase (seconds = fixed + perPost × posts), fitted by hand to the
 * 150- and 1000-post runs on the 2-core benchmark machine. Rough by design:
 * that machine's figures vary by 20% between runs.
 */
const PHASES: Array<{ name: string; fixed: number; perPost: number }> = [
  { name: "cold content step", fixed: 12, perPost: 0.026 },
  { name: "next build (export)", fixed: 60, perPost: 0.06 },
  { name: "warm content step", fixed: 3, perPost: 0.007 },
  { name: "PRERENDER build (content + next)", fixed: 70, perPost: 0.02 },
  { name: "next start, 305 requests", fixed: 40, perPost: 0 },
  { name: "npm run dev, 3 edits", fixed: 60, perPost: 0.005 },
];

export function estimateScaleSeconds(posts: number): { total: number; phases: Array<{ name: string; seconds: number }> } {
  const phases = PHASES.map((p) => ({ name: p.name, seconds: p.fixed + p.perPost * posts }));
  return { total: phases.reduce((sum, p) => sum + p.seconds, 0), phases };
}
