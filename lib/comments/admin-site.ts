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

/**
 * QUIRE_ADMIN_PASSWORD as a scrypt hash (or QUIRE_ADMIN_PASSWORD_HASH),
 * read once per process; undefined when unset. A bad value closes the admin
 * page and says why in one line of the log.
 */
export function adminPassword(): AdminPassword | undefined {
  if (!holder.__quireAdminPassword) {
    let value: AdminPassword | undefined;
    try {
      value = readAdminPassword();
    } catch (error) {
      console.error(`comments: ${(error as Error).message}; the admin page stays closed`);
    }
    holder.__quireAdminPassword = { value };
  }
  return holder.__quireAdminPassword.value;
}
