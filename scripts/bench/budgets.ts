/**
 * The scale budgets of issue 10 (10,000 synthetic posts), and the table that
 * prints each figure beside its budget. MB are MiB (1,048,576 bytes).
 */
export const BUDGETS = {
  coldContentMsPerPost: 25,
  exportWallS: 15 * 60,
  exportPeakRssMB: 2048,
  routesPerPost: 1.7,
  outKBPerPost: 150,
  warmContentS: 2,
  prerenderBuildWallS: 3 * 60,
  firstRequestMs: 150,
  startRssMB: 250,
  devEditMs: 1000,
} as const;

export interface BudgetRow {
  figure: string;
  value: string;
  budget: string;
  /** undefined: not measured in this run, or no budget. */
  ok?: boolean;
}

/** A row for a figure whose budget is a maximum; Infinity means the measurement timed out. */
export function atMost(figure: string, value: number | undefined, budget: number, unit: string, digits = 1): BudgetRow {
  if (value === Infinity) return { figure, value: "timed out", budget: `≤ ${budget} ${unit}`, ok: false };
  const measured = value !== undefined && Number.isFinite(value);
  return {
    figure,
    value: measured ? `${value.toFixed(digits)} ${unit}` : "not measured",
    budget: `≤ ${budget} ${unit}`,
    ok: measured ? value <= budget : undefined,
  };
}

export function printBudgetTable(rows: BudgetRow[]): void {
  const cells = rows.map((r) => [r.figure, r.value, r.budget, r.ok === undefined ? "-" : r.ok ? "ok" : "over"]);
  const header = ["figure", "value", "budget", "ok/over"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `  ${c.map((cell, i) => cell.padEnd(widths[i])).join(" | ")}`;
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const c of cells) console.log(line(c));
}
