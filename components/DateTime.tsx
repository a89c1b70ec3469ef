import { formatDayIn } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** The calendar day as the author wrote it, as readers of `lang` write it; machine-readable (ISO) in `datetime`. */
export function DateTime({ day, lang = site.language }: { day: string; lang?: string }) {
  return <time dateTime={day}>{formatDayIn(day, lang)}</time>;
}
