import { formatDayIn } from "@/lib/i18n/site";
import { site } from "@/site.config";

/**
 * The calendar day as the author wrote it, as readers of `lang` write it;
 * machine-readable (ISO) in `datetime`: the day, or `dateTime` when there is
 * a time to it (a comment's `2010-05-03T14:22:00+02:00`).
 */
export function DateTime({ day, dateTime = day, lang = site.language }: { day: string; dateTime?: string; lang?: string }) {
  return <time dateTime={dateTime}>{formatDayIn(day, lang)}</time>;
}
