import { translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** Marks drafts and scheduled posts, which only `npm run dev` shows. */
export function DraftBadge({ lang = site.language }: { lang?: string }) {
  return (
    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase text-amber-900">
      {translator(lang)("post.unpublished")}
    </span>
  );
}
