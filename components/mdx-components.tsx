/** The one component map for `.mdx` posts. */
import Link from "next/link";
import type { ComponentPropsWithoutRef, ReactNode } from "react";

function SmartLink({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) return <Link href={href} {...props} />;
  if (href.startsWith("#")) return <a href={href} {...props} />;
  return <a href={href} rel="noopener noreferrer" {...props} />;
}

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

/** `<Figure src="images/x.png" alt="…" caption="…" />` */
export function Figure({ caption, ...img }: ComponentPropsWithoutRef<"img"> & { caption?: string }) {
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes from the author */}
      <img {...img} />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

export const mdxComponents = {
  a: SmartLink,
  Callout,
  Figure,
};
