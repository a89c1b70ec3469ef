export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The `page`-th slice (1-based) of `items`; undefined when out of range. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  const totalPages = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, totalPages };
}

/** Parses a `page/N` URL segment; only canonical positive integers count. */
export function parsePageParam(value: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined;
}
