/**
 * Brings a comments database to the schema this code knows, at first use:
 * the versions applied are rows of `quire_migrations`; the missing ones run
 * in order, all in one transaction under an advisory lock, so two instances
 * starting together apply each once and a failure leaves the database as it
 * was.
 */
import { MIGRATIONS, type Migration } from "./schema";
import { sql, type Db } from "./sql";

/** The advisory lock the migrations hold (any constant; "quire" in ASCII). */
const MIGRATION_LOCK = 0x7175697265;

export interface MigrationReport {
  from: number;
  to: number;
  applied: number[];
}

/** Applies the migrations after the database's version, up to `target` (default: all). */
export async function migrate(db: Db, options: { target?: number; migrations?: readonly Migration[] } = {}): Promise<MigrationReport> {
  const migrations = options.migrations ?? MIGRATIONS;
  const known = migrations.length ? migrations[migrations.length - 1].version : 0;
  const target = options.target ?? known;
  return db.transaction(async (tx) => {
    await tx.query(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.query(sql`create table if not exists quire_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const { rows } = await tx.query<{ version: number | null }>(sql`select max(version) as version from quire_migrations`);
    const from = rows[0]?.version ?? 0;
    if (from > known) {
      throw new Error(`comments database: its schema is version ${from}, newer than this version of Quire knows (${known}); run the newer Quire, or restore a backup`);
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (migration.version <= from || migration.version > target) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query(sql`insert into quire_migrations (version, name) values (${migration.version}, ${migration.name})`);
      applied.push(migration.version);
    }
    return { from, to: Math.max(from, ...applied), applied };
  });
}
