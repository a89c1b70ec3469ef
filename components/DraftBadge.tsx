/** Marks drafts and scheduled posts, which only `npm run dev` shows. */
export function DraftBadge() {
  return (
    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase text-amber-900">
      Unpublished
    </span>
  );
}
