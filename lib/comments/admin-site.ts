/**
 * The comments of this site's process, for its routes: whether they are on
 * (site.config.ts, QUIRE_COMMENTS), the store, the admin password (read
 * and hashed once).
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
