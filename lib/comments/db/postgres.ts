/**
 * Postgres through DATABASE_URL (Vercel, or several instances of the site):
 * a connection pool from `pg`. A transaction holds one connection from BEGIN
 * to COMMIT, or ROLLBACK when its work throws.
 */
import pg from "pg";
import type { Db, Queryable, QueryResult, Row, Sql } from "./sql";

/** Postgres's bigint (a count, an id) as a number, as PGlite gives it: ids stay far below 2^53. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID && format !== "binary" ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends object = Row>(statement: Sql): Promise<QueryResult<T>> {
      const result = await target.query<T & pg.QueryResultRow>(statement.text, [...statement.values]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
  };
}

export function openPostgres(connectionString: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types });
  // An idle connection the server drops is removed from the pool; it is no reason to end the process.
  pool.on("error", () => {});
  return {
    driver: "postgres",
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query("BEGIN");
        const result = await work(queryable(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        // A connection that cannot even roll back is closed rather than handed to the next query.
        await client.query("ROLLBACK").catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
