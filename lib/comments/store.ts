/**
 * The comments store of this process, opened at first use: the environment
 * checked (env.ts), the database opened (PGlite in QUIRE_DATA_DIR, or
 * Postgres through DATABASE_URL), its schema brought up to date
 * (db/migrate.ts), old personal data purged. Asking for it while comments
 * are off is an error: nothing opens a database on a site without comments.
 */
import { openPglite } from "./db/pglite";
import { openPostgres } from "./db/postgres";
import { migrate } from "./db/migrate";
import type { Db } from "./db/sql";
import type { CommentsContext } from "./context";
import { readCommentsEnv, type Storage } from "./env";
import { deriveKeys } from "./keys";
import { purgeExpired } from "./privacy";
import type { ResolvedComments } from "./settings";

export async function openDatabase(storage: Storage): Promise<Db> {
  const db = storage.driver === "postgres" ? openPostgres(storage.url) : await openPglite(storage.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}

/** One store per process, kept across Next's module reloads in development. */
const holder = globalThis as typeof globalThis & { __quireComments?: Promise<CommentsContext>; __quireCommentsPurge?: NodeJS.Timeout };

export function commentsStore(rules: ResolvedComments | false, env: Record<string, string | undefined> = process.env): Promise<CommentsContext> {
  if (!rules) return Promise.reject(new Error("comments are off: turn them on with `comments` in site.config.ts or QUIRE_COMMENTS=on"));
  holder.__quireComments ??= (async () => {
    const settings = readCommentsEnv(env);
    if (settings.warning) console.warn(`comments: ${settings.warning}`);
    const ctx: CommentsContext = { db: await openDatabase(settings.storage), rules, keys: deriveKeys(settings.secret) };
    await purgeExpired(ctx);
    // Daily after that; the timer never keeps the process alive.
    holder.__quireCommentsPurge = setInterval(
      () => void purgeExpired(ctx).catch((error: unknown) => console.error(`comments: purging old data failed: ${String(error)}`)),
      24 * 3600_000,
    ).unref();
    return ctx;
  })().catch((error: unknown) => {
    holder.__quireComments = undefined;
    throw error;
  });
  return holder.__quireComments;
}

/** Closes this process's store (a server shutting down, a test); the next `commentsStore` opens it again. */
export async function closeCommentsStore(): Promise<void> {
  const opening = holder.__quireComments;
  holder.__quireComments = undefined;
  clearInterval(holder.__quireCommentsPurge);
  if (opening) await (await opening.catch(() => undefined))?.db.close();
}
