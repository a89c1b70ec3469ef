/**
 * The embedded database: PGlite, Postgres compiled to WebAssembly and run in
 * the Node process (no native build, no server to set up). Its files live in
 * one folder (QUIRE_DATA_DIR); one process opens it at a time, so several
 * instances of the site need Postgres (DATABASE_URL) instead.
 */
import fs from "node:fs";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { lockFolder, unlockFolder } from "./folder-lock";
import type { Db, Queryable, QueryResult, Row, Sql } from "./sql";

interface PgliteLike {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number; rowCount?: number }>;
}

function queryable(target: PgliteLike): Queryable {
  return {
    async query<T extends object = Row>(statement: Sql): Promise<QueryResult<T>> {
      const result = await target.query<T>(statement.text, [...statement.values]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length };
    },
  };
}

/** A database over an open PGlite instance; `release` runs once it is closed. */
export function pgliteDb(pglite: PGlite, release: () => void = () => {}): Db {
  return {
    driver: "pglite",
    ...queryable(pglite),
    transaction: (work) => pglite.transaction((tx: Transaction) => work(queryable(tx))),
    close: async () => {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * Postgres's page cache inside the process. Its default (128 MB) is sized for
 * a database server; a blog's comments fit in a fraction of 16 MB, and the
 * smaller cache keeps about 120 MB out of the site's memory
 * (scripts/comments-memory.ts measures it).
 */
export const PGLITE_SHARED_BUFFERS = "16MB";

/**
 * Opens (creating it the first time) the embedded database in `dataDir`,
 * for this process alone (db/folder-lock.ts); no folder: in memory.
 */
export async function openPglite(dataDir?: string, options: { loadDataDir?: Blob } = {}): Promise<Db> {
  if (!dataDir) return pgliteDb(await PGlite.create({ loadDataDir: options.loadDataDir, postgresqlconf: [`shared_buffers=${PGLITE_SHARED_BUFFERS}`] }));
  fs.mkdirSync(dataDir, { recursive: true });
  lockFolder(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir, postgresqlconf: [`shared_buffers=${PGLITE_SHARED_BUFFERS}`] });
    return pgliteDb(pglite, () => unlockFolder(dataDir));
  } catch (error) {
    unlockFolder(dataDir);
    throw error;
  }
}
