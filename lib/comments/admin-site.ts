/**
 * The comments of this site's process, for its routes: whether they are on
 * (site.config.ts, QUIRE_COMMENTS), the store, the admin password (read
 * and hashed once), and the address a request came from.
 */
import { site } from "../../site.config";
import { readAdminPassword, type AdminPassword } from "./admin";
import type { CommentsContext } from "./context";
import { commentsStore } from "./store";

export const commentsOn = (): boolean => site.comments !== false;

export const siteComments = (): Promise<CommentsContext> => commentsStore(site.comments);

const holder = globalThis as typeof globalThis & { __quireAdminPassword?: { value: AdminPassword | undefined } };

/** QUIRE_ADMIN_PASSWORD as a scrypt hash, made once per process; undefined when unset. */
export function adminPassword(): AdminPassword | undefined {
  holder.__quireAdminPassword ??= { value: readAdminPassword() };
  return holder.__quireAdminPassword.value;
}

/**
 * The visitor's address: the last X-Forwarded-For entry (the one the proxy
 * closest to the server added; `next start` fills it from the socket when a
 * request has none), else X-Real-IP. Only its hash is kept (address.ts).
 */
export function clientAddress(headers: Headers): string | undefined {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? headers.get("x-real-ip")?.trim() ?? undefined;
}
