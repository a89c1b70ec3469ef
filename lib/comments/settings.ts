/**
 * The `comments` setting of site.config.ts, resolved once with its defaults:
 * `false` (the default) or the rules new comments follow. `QUIRE_COMMENTS`
 * (`on` or `off`) overrides whether comments are on, and
 * `QUIRE_COMMENTS_MODERATION` (`all`, `first` or `none`) the moderation.
 */

export type ModerationMode = "all" | "first" | "none";

export interface CommentsSettings {
  /**
   * Which new comments wait for the author: `all` (the default), `first` (a
   * commenter's first one; later ones from the same verified e-mail address
   * appear at once) or `none`.
   */
  moderation?: ModerationMode;
  /** Seconds a form must have been on the page before it is sent: faster is a robot. Default 3. */
  minSecondsToSubmit?: number;
  /** Characters a comment's text may have. Default 5000. */
  maxLength?: number;
  /** Links a comment's text may hold. Default 3. */
  maxLinks?: number;
  /** Comments one address may send per window. Default 5 per 10 minutes. */
  rateLimit?: { max: number; windowMinutes: number };
  /**
   * Where readers of a static export (a read-only copy) can comment: the
   * address of the site that takes comments (`https://blog.example.org`).
   * Each post of the copy then links the same post there. Default: none, the
   * copy only says comments are closed on it.
   */
  liveSite?: string;
}

export type ResolvedComments = Required<Omit<CommentsSettings, "liveSite">> & Pick<CommentsSettings, "liveSite">;

export const COMMENT_DEFAULTS: ResolvedComments = {
  moderation: "all",
  minSecondsToSubmit: 3,
  maxLength: 5000,
  maxLinks: 3,
  rateLimit: { max: 5, windowMinutes: 10 },
};

const MODES: readonly ModerationMode[] = ["all", "first", "none"];

const wholeNumber = (value: unknown, min: number) => typeof value === "number" && Number.isInteger(value) && value >= min;

/** `comments` from site.config.ts (`undefined`, `false`, `true` or settings) with QUIRE_COMMENTS over it. */
export function resolveComments(
  input: boolean | CommentsSettings | undefined,
  env: Record<string, string | undefined> = process.env,
): ResolvedComments | false {
  const switched = env.QUIRE_COMMENTS?.trim().toLowerCase();
  if (switched && switched !== "on" && switched !== "off") {
    throw new Error(`QUIRE_COMMENTS must be "on" or "off", got "${env.QUIRE_COMMENTS}"`);
  }
  const on = switched ? switched === "on" : Boolean(input);
  if (!on) return false;
  const settings = typeof input === "object" ? input : {};
  const resolved: ResolvedComments = { ...COMMENT_DEFAULTS, ...settings };
  const moderation = env.QUIRE_COMMENTS_MODERATION?.trim();
  if (moderation) {
    if (!MODES.includes(moderation as ModerationMode)) {
      throw new Error(`QUIRE_COMMENTS_MODERATION must be "all", "first" or "none", got "${env.QUIRE_COMMENTS_MODERATION}"`);
    }
    resolved.moderation = moderation as ModerationMode;
  }
  if (!MODES.includes(resolved.moderation)) {
    throw new Error(`site.config.ts: comments.moderation must be "all", "first" or "none", got ${JSON.stringify(resolved.moderation)}`);
  }
  for (const key of ["minSecondsToSubmit", "maxLength", "maxLinks"] as const) {
    if (!wholeNumber(resolved[key], 0)) throw new Error(`site.config.ts: comments.${key} must be a whole number, got ${JSON.stringify(resolved[key])}`);
  }
  if (resolved.maxLength < 1) throw new Error("site.config.ts: comments.maxLength must be at least 1");
  const { max, windowMinutes } = resolved.rateLimit ?? {};
  if (!wholeNumber(max, 1) || !wholeNumber(windowMinutes, 1)) {
    throw new Error(`site.config.ts: comments.rateLimit must be { max, windowMinutes } with whole numbers of at least 1, got ${JSON.stringify(resolved.rateLimit)}`);
  }
  if (resolved.liveSite !== undefined && !isSiteAddress(resolved.liveSite)) {
    throw new Error(`site.config.ts: comments.liveSite must be an http or https address (https://blog.example.org), got ${JSON.stringify(resolved.liveSite)}`);
  }
  return resolved;
}

function isSiteAddress(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && !url.search && !url.hash && !url.username;
  } catch {
    return false;
  }
}
