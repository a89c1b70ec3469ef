/**
 * The environment comments run in, read and checked once when they are
 * first used: the secret every signature and address hash derives from,
 * and where comments are stored.
 *
 * - `COMMENTS_SECRET`: at least 32 characters (`openssl rand -base64 32`).
 *   Required in production; elsewhere a random one is made per process (its
 *   tokens and hashes do not survive a restart) and a warning says so.
 * - `DATABASE_URL`: Postgres; without it, the embedded database in
 *   `QUIRE_DATA_DIR` (default `data/comments`, relative to the working folder).
 */
import crypto from "node:crypto";
import path from "node:path";

export const MIN_SECRET_LENGTH = 32;
export const DEFAULT_DATA_DIR = "data/comments";

export type Storage = { driver: "postgres"; url: string } | { driver: "pglite"; dataDir: string };

export interface CommentsEnv {
  secret: string;
  storage: Storage;
  /** Set when the secret was made up for this process. */
  warning?: string;
}

export function readCommentsEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): CommentsEnv {
  const production = env.NODE_ENV === "production";
  let secret = env.COMMENTS_SECRET ?? "";
  let warning: string | undefined;
  if (!secret) {
    if (production) {
      throw new Error(
        `comments are on but COMMENTS_SECRET is not set: set it to a random string of at least ${MIN_SECRET_LENGTH} characters (openssl rand -base64 32); docs/comments.md`,
      );
    }
    secret = crypto.randomBytes(32).toString("base64url");
    warning = "COMMENTS_SECRET is not set: comment forms and links signed now stop working when this process ends (docs/comments.md)";
  } else if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`COMMENTS_SECRET must be at least ${MIN_SECRET_LENGTH} characters, it has ${secret.length} (openssl rand -base64 32)`);
  }

  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(?:ql)?:\/\//i.test(url)) {
      throw new Error(`DATABASE_URL must be a Postgres address (postgres://user:password@host:5432/database), got one starting "${url.split(":")[0]}:"`);
    }
    return { secret, storage: { driver: "postgres", url }, warning };
  }
  return { secret, storage: { driver: "pglite", dataDir: path.resolve(cwd, env.QUIRE_DATA_DIR || DEFAULT_DATA_DIR) }, warning };
}
