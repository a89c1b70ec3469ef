/** The import's progress bar: on a terminal only, never in CI or a log, and only for exports large enough to wait for. */

/** Items from which a bar is worth drawing. */
export const PROGRESS_FROM = 100;

export function showsProgress(total: number, isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  const ci = env.CI && env.CI !== "false" && env.CI !== "0";
  return Boolean(isTTY) && !ci && total >= PROGRESS_FROM;
}

/** `[#########-----------]  45% 450/1000`. */
export function progressLine(done: number, total: number, width = 30): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done}/${total}`;
}
