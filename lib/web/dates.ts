/**
 * Post dates keep the calendar day the author wrote. `2014-08-01T01:00:00+02:00`
 * is shown as 1 August even though it is 31 July in UTC, so the day is taken
 * from the text and never from a Date object in some time zone.
 */

export interface PostDate {
  /** The calendar day as written: `YYYY-MM-DD`. */
  day: string;
  /** The instant in UTC, ISO 8601; date-only values mean midnight UTC. */
  instant: string;
}

const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Parses a front matter date; returns an error message when it is not a real date. */
export function parsePostDate(value: unknown): PostDate | { error: string } {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { error: "is not a valid date" };
    const instant = value.toISOString();
    return { day: instant.slice(0, 10), instant };
  }
  if (typeof value !== "string") {
    return { error: `must be a date such as "2014-08-01", got ${describe(value)}` };
  }
  const text = value.trim();
  const m = DATE_PATTERN.exec(text);
  if (!m) return { error: `"${text}" is not a date (expected YYYY-MM-DD or ISO 8601)` };
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", zone = "Z"] = m;
  const year = Number(y);
  const month = Number(mo);
  const dayOfMonth = Number(d);
  const calendar = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== dayOfMonth
  ) {
    return { error: `"${text}" is not a real calendar date` };
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return { error: `"${text}" has an impossible time of day` };
  }
  const offset = zone.toUpperCase() === "Z" ? "Z" : normalizeOffset(zone);
  const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`);
  if (Number.isNaN(instant.getTime())) return { error: `"${text}" is not a valid date` };
  return { day: `${y}-${mo}-${d}`, instant: instant.toISOString() };
}

function normalizeOffset(zone: string): string {
  const digits = zone.replace(":", "");
  const sign = digits[0];
  const hours = digits.slice(1, 3);
  const minutes = digits.slice(3, 5) || "00";
  return `${sign}${hours}:${minutes}`;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** One formatter per locale: making one costs far more than using it (a list page formats dozens of dates). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a `YYYY-MM-DD` day for readers, e.g. "August 1, 2014", in any time zone. */
export function formatDay(day: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    dayFormats.set(locale, format);
  }
  const [y, m, d] = day.split("-").map(Number);
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}
