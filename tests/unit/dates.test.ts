import { describe, expect, it } from "vitest";
import { formatDay, parsePostDate } from "@/lib/web/dates";

describe("parsePostDate", () => {
  it("keeps a quoted date-only value as the day written", () => {
    expect(parsePostDate("2014-08-01")).toEqual({ day: "2014-08-01", instant: "2014-08-01T00:00:00.000Z" });
  });

  it("shows the day written even when the offset puts it on another UTC day", () => {
    expect(parsePostDate("2014-08-01T01:30:00+02:00")).toEqual({
      day: "2014-08-01",
      instant: "2014-07-31T23:30:00.000Z",
    });
    expect(parsePostDate("2014-07-31T23:30:00-05:00")).toMatchObject({ day: "2014-07-31" });
  });

  it("accepts a space instead of T, Z, and offsets without a colon", () => {
    expect(parsePostDate("2020-01-02 10:00:00Z")).toMatchObject({ instant: "2020-01-02T10:00:00.000Z" });
    expect(parsePostDate("2020-01-02T10:00:00+0530")).toMatchObject({ instant: "2020-01-02T04:30:00.000Z" });
  });

  it("accepts a Date object from another YAML parser, in UTC", () => {
    expect(parsePostDate(new Date("2014-08-01T00:00:00Z"))).toMatchObject({ day: "2014-08-01" });
  });

  it("rejects impossible calendar dates", () => {
    expect(parsePostDate("2021-02-30")).toEqual({ error: '"2021-02-30" is not a real calendar date' });
    expect(parsePostDate("2021-13-01")).toHaveProperty("error");
    expect(parsePostDate("2021-01-01T25:00:00Z")).toHaveProperty("error");
  });

  it("rejects text that is not a date, and non-strings", () => {
    expect(parsePostDate("yesterday")).toHaveProperty("error");
    expect(parsePostDate(2014)).toHaveProperty("error");
    expect(parsePostDate(["2014-01-01"])).toHaveProperty("error");
  });
});

describe("formatDay", () => {
  it("formats the written day whatever the process time zone", () => {
    expect(formatDay("2014-08-01", "en")).toBe("August 1, 2014");
    expect(formatDay("2014-01-01", "fr")).toBe("1 janvier 2014");
  });
});
