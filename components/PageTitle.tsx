import type { ReactNode } from "react";

export function PageTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-4">
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 sm:text-4xl dark:text-white">{children}</h1>
      {lead && <p className="mt-2 text-zinc-700 dark:text-zinc-300">{lead}</p>}
    </div>
  );
}
