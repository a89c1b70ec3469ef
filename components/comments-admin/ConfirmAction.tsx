import type { ReactNode } from "react";
import { buttonClass, Notice, PostForm } from "./parts";

/**
 * The page a link from an e-mail opens: it says what the button will do and
 * does nothing until it is pressed (mail scanners follow links, they do not
 * press buttons). The token travels in the POST form.
 */
export function ConfirmAction({
  title,
  notice,
  problem,
  form,
  children,
}: {
  title: string;
  notice?: string;
  problem: boolean;
  form?: { action: string; fields: Record<string, string>; label: string };
  children?: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-white">{title}</h1>
      <Notice text={notice} problem={problem} />
      {children}
      {form && (
        <PostForm action={form.action} fields={form.fields} className="mt-6">
          <button type="submit" className={buttonClass}>
            {form.label}
          </button>
        </PostForm>
      )}
    </div>
  );
}
