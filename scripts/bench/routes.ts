/** Reading what `next build` reports about the routes it prerendered. Pure, unit-tested. */

/**
 * The N of the last "Generating static pages … (N/N)" line of a `next build`
 * log: every route Next prerendered, pages and route handlers alike.
 * Undefined when the log has no such line.
 */
export function generatedPageCount(log: string): number | undefined {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, "");
  const counts = [...plain.matchAll(/Generating static pages[^\n(]*\((\d+)\/(\d+)\)/g)].filter((m) => m[1] === m[2]);
  return counts.length ? Number(counts.at(-1)![2]) : undefined;
}

/**
 * Routes in `.next/prerender-manifest.json`: every prerendered page and
 * route handler (feeds, search files, social cards), list pages included.
 */
export function manifestRouteCount(manifestJson: string): number {
  const manifest = JSON.parse(manifestJson) as { routes?: Record<string, unknown> };
  return Object.keys(manifest.routes ?? {}).length;
}
