/**
 * A static export refuses a dynamic route whose generateStaticParams() is
 * empty (a small blog has no /blog/page/2). Such routes fall back to one
 * harmless entry: page 1 of the same list, or a path that renders the 404.
 */
export function atLeastOne<T>(params: T[], fallback: T): T[] {
  return params.length > 0 ? params : [fallback];
}
