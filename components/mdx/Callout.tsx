import type { ReactNode } from "react";

const calloutStyles = {
  note: "border-sky-600 bg-sky-50 text-sky-950 dark:bg-sky-950/40 dark:text-sky-100",
  tip: "border-emerald-600 bg-emerald-50 text-emerald-950 dark:bg-emerald-950/40 dark:text-emerald-100",
  warning: "border-amber-600 bg-amber-50 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100",
} as const;

/** `<Callout type="warning" title="Careful">…</Callout>` */
export function Callout({
  type = "note",
  title,
  children,
}: {
  type?: keyof typeof calloutStyles;
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside className={`not-prose my-6 rounded-r-md border-l-4 px-4 py-3 ${calloutStyles[type] ?? calloutStyles.note}`}>
      {title && <p className="mb-1 font-semibold">{title}</p>}
      <div className="[&>p]:my-1">{children}</div>
    </aside>
  );
}
