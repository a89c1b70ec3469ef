/**
 * What a server with comments on checks when it starts (instrumentation.ts):
 * the secret and where comments are stored (env.ts). A production server
 * without COMMENTS_SECRET, or with one too short or a DATABASE_URL that is
 * no Postgres address, stops at once with the line saying what to set,
 * instead of serving forms that can only fail.
 */
import { readCommentsEnv } from "./env";
import type { ResolvedComments } from "./settings";

/** The problem that keeps a server with these comments from starting, if any. */
export function startProblem(rules: ResolvedComments | false, env: Record<string, string | undefined> = process.env): string | undefined {
  if (!rules) return undefined;
  try {
    readCommentsEnv(env);
    return undefined;
  } catch (error) {
    return `comments: ${error instanceof Error ? error.message : String(error)}`;
  }
}
