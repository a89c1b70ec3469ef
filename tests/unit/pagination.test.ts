import { describe, expect, it } from "vitest";
import { pageCount, paginate, parsePageParam } from "@/lib/data/pagination";

describe("pagination", () => {
  const items = Array.from({ length: 25 }, (_, i) => i);

  it("slices 1-based pages", () => {
    expect(paginate(items, 1, 10)).toEqual({ items: items.slice(0, 10), page: 1, totalPages: 3 });
    expect(paginate(items, 3, 10)?.items).toEqual([20, 21, 22, 23, 24]);
  });

  it("has no page outside the range", () => {
    expect(paginate(items, 0, 10)).toBeUndefined();
    expect(paginate(items, 4, 10)).toBeUndefined();
  });

  it("always has at least one page", () => {
    expect(pageCount(0, 10)).toBe(1);
  });

  it("only accepts canonical page numbers in URLs", () => {
    expect(parsePageParam("2")).toBe(2);
    for (const bad of ["0", "02", "-1", "1e3", "2.0", "", "9999999"]) expect(parsePageParam(bad)).toBeUndefined();
  });
});
