/**
 * Databases for the comments tests: PGlite in memory always, and a real
 * Postgres when TEST_DATABASE_URL is set (.ci/run starts one), each test
 * file on its own new database there. A new PGlite starts from a data folder
 * made once per test file (initdb is the slow part).
 */
import crypto from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openPglite } from "@/lib/comments/db/pglite";
import { openPostgres } from "@/lib/comments/db/postgres";
import { sql, type Db } from "@/lib/comments/db/sql";

let template: Promise<Blob> | undefined;

/** An empty PGlite database in memory. */
export async function emptyPglite(): Promise<Db> {
  template ??= PGlite.create().then(async (db) => {
    const blob = await db.dumpDataDir("none");
    await db.close();
    return blob;
  });
  return openPglite(undefined, { loadDataDir: await template });
}

/** Opening a database takes seconds, a minute on a busy machine: what its hooks and tests may take. */
export const DB_TIMEOUT = 180_000;

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** An empty database on the Postgres server of TEST_DATABASE_URL; `drop` removes it. */
export async function emptyPostgres(url: string): Promise<Db & { drop(): Promise<void> }> {
  const name = `quire_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const db = openPostgres(target.toString(), { max: 4 });
  return {
    ...db,
    async drop() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export interface DriverCase {
  name: "pglite" | "postgres";
  /** A new empty database; closed (and dropped) by `dispose`. */
  open(): Promise<Db>;
  dispose(db: Db): Promise<void>;
}

/** The drivers a test runs on: PGlite, and Postgres when TEST_DATABASE_URL is set. */
export const DRIVERS: DriverCase[] = [
  { name: "pglite", open: emptyPglite, dispose: (db) => db.close() },
  ...(TEST_DATABASE_URL
    ? [{ name: "postgres" as const, open: () => emptyPostgres(TEST_DATABASE_URL), dispose: (db: Db) => (db as Db & { drop(): Promise<void> }).drop() }]
    : []),
];

/** Every table back to empty, ids from 1 again: a test starts from nothing. */
export async function emptyTables(db: Db) {
  await db.query(sql`truncate comments, commenters, rate_limits, subscriptions, admin_sessions, login_attempts restart identity cascade`);
}
