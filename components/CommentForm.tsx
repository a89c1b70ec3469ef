"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";

/** The form's words, in the page's language (components/Comments.tsx fills them in). */
export interface CommentFormLabels {
  name: string;
  email: string;
  emailHint: string;
  notify: string;
  website: string;
  text: string;
  textHint: string;
  honeypot: string;
  preview: string;
  send: string;
  sending: string;
  problems: string;
  pending: string;
  published: string;
  awaiting: string;
  /** Said under "awaiting moderation" when a link to verify the address was sent (moderation `first`). */
  verificationSent: string;
}

/** What app/comments answers a form sent with `Accept: application/json` (lib/comments/respond.ts). */
export type CommentAnswer =
  | { ok: true; step: "preview"; author: string; html: string; token: string; waitMs: number }
  | { ok: true; step: "sent"; state: "pending" | "approved"; author: string; html: string; anchor?: string; verification?: true }
  | { ok: false; errors: Array<{ field: string; message: string }> };

type Shown = { kind: "edit" } | { kind: "preview"; author: string; html: string; token: string; readyAt: number };

type FieldName = "name" | "email" | "website" | "text";

/**
 * A comment form that works without JavaScript: it posts to app/comments,
 * whose page shows the preview and sends the comment. With JavaScript it
 * stays on the post: Preview shows the comment as it will look (and follows
 * the text as it changes), Send stores it, and the answer ("awaiting
 * moderation", or the comment) takes the form's place, without a reload.
 */
export function CommentForm({ action, postKey, parent, idPrefix, labels }: { action: string; postKey: string; parent?: string; idPrefix: string; labels: CommentFormLabels }) {
  const form = useRef<HTMLFormElement>(null);
  const [shown, setShown] = useState<Shown>({ kind: "edit" });
  const [errors, setErrors] = useState<Array<{ field: string; message: string }>>([]);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Extract<CommentAnswer, { step: "sent" }>>();
  const refresh = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(refresh.current), []);

  const id = (field: string) => `${idPrefix}-${field}`;
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;

  async function ask(step: "preview" | "send", token?: string): Promise<CommentAnswer> {
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form.current!)) if (typeof value === "string") body.append(name, value);
    body.set("step", step);
    if (token) body.set("token", token);
    try {
      const response = await fetch(action, { method: "POST", body, headers: { Accept: "application/json" } });
      return (await response.json()) as CommentAnswer;
    } catch {
      return { ok: false, errors: [{ field: "form", message: "The comment could not be sent: check your connection and try again." }] };
    }
  }

  async function preview() {
    const answer = await ask("preview");
    if (!answer.ok) {
      setErrors(answer.errors);
      setShown({ kind: "edit" });
    } else if (answer.step === "preview") {
      setErrors([]);
      setShown({ kind: "preview", author: answer.author, html: answer.html, token: answer.token, readyAt: Date.now() + answer.waitMs });
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    await preview();
    setBusy(false);
  }

  // While the preview is open, it follows what is typed.
  function onInput() {
    if (shown.kind !== "preview") return;
    clearTimeout(refresh.current);
    refresh.current = setTimeout(() => void preview(), 500);
  }

  async function send() {
    if (shown.kind !== "preview") return;
    setBusy(true);
    // The server refuses a form sent sooner than a person could have: wait out the rest.
    const wait = shown.readyAt - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const answer = await ask("send", shown.token);
    setBusy(false);
    if (!answer.ok) {
      setErrors(answer.errors);
      setShown({ kind: "edit" });
      return;
    }
    if (answer.step !== "sent") return;
    setErrors([]);
    setSent(answer);
    setShown({ kind: "edit" });
    form.current?.reset();
  }

  const field = (name: FieldName) => ({
    id: id(name),
    name,
    "aria-invalid": errorOf(name) ? true : undefined,
    "aria-describedby": [errorOf(name) ? id(`${name}-error`) : "", name === "email" || name === "text" ? id(`${name}-hint`) : ""].filter(Boolean).join(" ") || undefined,
  });
  const errorLine = (name: string) =>
    errorOf(name) ? (
      <p id={id(`${name}-error`)} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
        {errorOf(name)}
      </p>
    ) : null;
  const input = "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";
  const button =
    "rounded-md px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:opacity-60";

  return (
    <div className="mt-4">
      {sent && (
        <div role="status" className="mb-6 rounded-lg border border-teal-700/30 bg-teal-50 p-4 dark:bg-teal-950/40">
          <p className="font-semibold text-zinc-900 dark:text-zinc-100">{sent.state === "approved" ? labels.published : labels.pending}</p>
          {sent.verification && (
            <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300" data-verification="">
              {labels.verificationSent}
            </p>
          )}
          <article className="mt-3 rounded-md bg-white p-3 dark:bg-zinc-900" data-comment-state={sent.state}>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              <span className="font-semibold text-zinc-900 dark:text-zinc-100">{sent.author}</span>
              {sent.state === "pending" && <span> · {labels.awaiting}</span>}
            </p>
            <div className="prose prose-zinc mt-1 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: sent.html }} />
          </article>
        </div>
      )}
      <form ref={form} method="post" action={action} onSubmit={onSubmit} onInput={onInput} noValidate className="space-y-4">
        {errors.some((error) => error.field === "form" || error.field === "parent") && (
          <div role="alert" className="rounded-md border border-red-700/40 bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950/40 dark:text-red-300">
            {errors
              .filter((error) => error.field === "form" || error.field === "parent")
              .map((error) => (
                <p key={error.message}>{error.message}</p>
              ))}
          </div>
        )}
        <input type="hidden" name="post" value={postKey} />
        {parent && <input type="hidden" name="parent" value={parent} />}
        {/* The honeypot: out of sight and out of reach for people; robots fill it. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label>
            {labels.honeypot}
            <input type="text" name="fax_only" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        <div>
          <label htmlFor={id("name")} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {labels.name}
          </label>
          <input {...field("name")} type="text" required maxLength={80} autoComplete="name" className={input} />
          {errorLine("name")}
        </div>
        <div>
          <label htmlFor={id("email")} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {labels.email}
          </label>
          <input {...field("email")} type="email" maxLength={254} autoComplete="email" className={input} />
          <p id={id("email-hint")} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {labels.emailHint}
          </p>
          {errorLine("email")}
          <label className="mt-2 flex items-center gap-2 text-sm text-zinc-800 dark:text-zinc-200">
            <input type="checkbox" name="notify" value="on" /> {labels.notify}
          </label>
        </div>
        <div>
          <label htmlFor={id("website")} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {labels.website}
          </label>
          <input {...field("website")} type="text" inputMode="url" maxLength={500} autoComplete="url" className={input} />
          {errorLine("website")}
        </div>
        <div>
          <label htmlFor={id("text")} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {labels.text}
          </label>
          <textarea {...field("text")} required rows={5} className={input} />
          <p id={id("text-hint")} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {labels.textHint}
          </p>
          {errorLine("text")}
        </div>
        {shown.kind === "preview" && (
          <section aria-label={labels.preview} className="rounded-lg border border-zinc-300 p-4 dark:border-zinc-700" data-comment-preview="">
            <p className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{shown.author}</p>
            <div className="prose prose-zinc mt-1 max-w-none dark:prose-invert" dangerouslySetInnerHTML={{ __html: shown.html }} />
          </section>
        )}
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="step" value="preview" disabled={busy} className={`${button} bg-zinc-200 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100`}>
            {labels.preview}
          </button>
          {shown.kind === "preview" && (
            <button type="button" onClick={() => void send()} disabled={busy} className={`${button} bg-teal-800 text-white dark:bg-teal-300 dark:text-zinc-950`}>
              {busy ? labels.sending : labels.send}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
