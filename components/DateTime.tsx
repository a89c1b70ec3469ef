import { formatDay } from "@/lib/dates";
import { site } from "@/site.config";

/** The calendar day as the author wrote it, machine-readable in `datetime`. */
export function DateTime({ day }: { day: string }) {
  return <time dateTime={day}>{formatDay(day, site.language)}</time>;
}
