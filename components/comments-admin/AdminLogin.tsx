import { buttonClass, inputClass, Notice } from "./parts";

/** The login form: one password field, posted to the login route. */
export function AdminLogin({ action, notice, problem, closed }: { action: string; notice?: string; problem: boolean; closed: boolean }) {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-white">Comments: log in</h1>
      <Notice text={notice} problem={problem} />
      {closed ? (
        <p className="mt-4">
          The admin page is closed: QUIRE_ADMIN_PASSWORD (at least 12 characters) or QUIRE_ADMIN_PASSWORD_HASH is not set, or not usable (the
          server&apos;s log says which). Set it (docs/comments.md) and restart the server.
        </p>
      ) : (
        <form method="post" action={action} className="mt-6 space-y-4">
          <div>
            <label htmlFor="password" className="mb-1 block font-medium">
              Password
            </label>
            <input id="password" name="password" type="password" required autoComplete="current-password" className={inputClass} />
          </div>
          <button type="submit" className={buttonClass}>
            Log in
          </button>
        </form>
      )}
    </div>
  );
}
