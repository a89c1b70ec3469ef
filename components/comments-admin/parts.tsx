import type { ReactNode } from "react";

/** The admin pages' shared pieces: plain HTML forms, no client code. */
export const buttonClass =
  "rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:hover:bg-zinc-700";
export const inputClass =
  "block w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100";

/** What the last form did: a status line, or an alert for a problem. */
export function Notice({ text, problem }: { text: string | undefined; problem: boolean }) {
  if (!text) return null;
  return (
    <p
      role={problem ? "alert" : "status"}
      className={`my-4 rounded-md border px-4 py-3 ${problem ? "border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100" : "border-teal-700 bg-teal-50 text-teal-900 dark:border-teal-400 dark:bg-teal-950 dark:text-teal-100"}`}
    >
      {text}
    </p>
  );
}

/** A POST form to a route of the site; hidden fields first. */
export function PostForm({ action, fields, children, className }: { action: string; fields: Record<string, string>; children: ReactNode; className?: string }) {
  return (
    <form method="post" action={action} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}
