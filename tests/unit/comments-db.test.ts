import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/comments/db/migrate";
import { openPglite, PGLITE_SHARED_BUFFERS } from "@/lib/comments/db/pglite";
import { MIGRATIONS, SCHEMA_VERSION } from "@/lib/comments/db/schema";
import { isUniqueViolation, join, sql, type Db } from "@/lib/comments/db/sql";
import { COMMENT_DEFAULTS } from "@/lib/comments/settings";
import { closeCommentsStore, commentsStore } from "@/lib/comments/store";
import { DB_TIMEOUT, DRIVERS } from "./helpers/comments-db";

describe("the sql tag", () => {
  it("sends every value as a parameter, never as SQL text", () => {
    const name = "Robert'); drop table comments;--";
    const statement = sql`select * from comments where author_name = ${name} and depth < ${2}`;
    expect(statement.text).toBe("select * from comments where author_name = $1 and depth < $2");
    expect(statement.values).toEqual([name, 2]);
  });

  it("renumbers the parameters of a fragment put inside a statement", () => {
    const where = join([sql`post_key = ${"a"}`, sql`state = ${"approved"}`], sql` and `);
    const statement = sql`select id from comments where depth = ${0} and ${where} limit ${5}`;
    expect(statement.text).toBe("select id from comments where depth = $1 and post_key = $2 and state = $3 limit $4");
    expect(statement.values).toEqual([0, "a", "approved", 5]);
  });

  it("refuses to be called with a plain array of strings, which could carry a visitor's text as SQL", () => {
    const forged = ["select * from comments where name = '" + "x' or '1'='1" + "'"] as unknown as TemplateStringsArray;
    expect(() => sql(forged)).toThrow("sql must be used as a template tag");
  });
});

const TABLES = ["admin_sessions", "commenters", "comments", "login_attempts", "quire_migrations", "rate_limits", "subscriptions"];

const tablesOf = async (db: Db) =>
  (await db.query<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`)).rows.map(
    (row) => row.table_name,
  );

const columnsOf = async (db: Db, table: string) =>
  (await db.query<{ column_name: string }>(sql`select column_name from information_schema.columns where table_name = ${table}`)).rows.map((row) => row.column_name);

describe.each(DRIVERS)("the $name driver", { timeout: DB_TIMEOUT }, (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
    await db.query(sql`create table notes (id bigint generated always as identity primary key, body text not null unique, at timestamptz not null default now())`);
  }, DB_TIMEOUT);
  afterAll(() => driver.dispose(db), DB_TIMEOUT);

  it("stores and returns a hostile string as it is, the table intact", async () => {
    const body = "'; drop table notes; -- \\ $1 \u00e9\u{1F600}";
    await db.query(sql`insert into notes (body) values (${body})`);
    const { rows } = await db.query<{ id: number; body: string; at: Date }>(sql`select id, body, at from notes where body = ${body}`);
    expect(rows).toHaveLength(1);
    expect(rows[0].body).toBe(body);
    expect(typeof rows[0].id).toBe("number");
    expect(rows[0].at).toBeInstanceOf(Date);
  });

  it("gives counts as numbers and the rows an update touched", async () => {
    await db.query(sql`insert into notes (body) values (${"second"})`);
    const count = await db.query<{ n: number }>(sql`select count(*) as n from notes`);
    expect(count.rows[0].n).toBe(2);
    const update = await db.query(sql`update notes set body = body || ${"!"} where body <> ${"nothing"}`);
    expect(update.rowCount).toBe(2);
  });

  it("commits a transaction that returns and keeps nothing of one that throws", async () => {
    await db.transaction(async (tx) => {
      await tx.query(sql`insert into notes (body) values (${"kept"})`);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query(sql`insert into notes (body) values (${"half-way"})`);
        throw new Error("refused after the first insert");
      }),
    ).rejects.toThrow("refused after the first insert");
    const bodies = (await db.query<{ body: string }>(sql`select body from notes`)).rows.map((row) => row.body);
    expect(bodies).toContain("kept");
    expect(bodies).not.toContain("half-way");
  });

  it("reports a unique constraint as such", async () => {
    const error = await db.query(sql`insert into notes (body) values (${"kept"})`).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });
});

describe.each(DRIVERS)("migrations on $name", { timeout: DB_TIMEOUT }, (driver) => {
  const opened: Db[] = [];
  const fresh = async () => {
    const db = await driver.open();
    opened.push(db);
    return db;
  };
  afterAll(async () => {
    for (const db of opened) await driver.dispose(db);
  }, DB_TIMEOUT);

  it("build the whole schema in an empty database, and find nothing to do the second time", async () => {
    const db = await fresh();
    expect(await migrate(db)).toEqual({ from: 0, to: SCHEMA_VERSION, applied: MIGRATIONS.map((m) => m.version) });
    expect(await tablesOf(db)).toEqual(TABLES);
    expect(await migrate(db)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
  });

  it("bring a version 1 database with comments in it to the current schema, keeping the comments", async () => {
    const db = await fresh();
    expect(await migrate(db, { target: 1 })).toEqual({ from: 0, to: 1, applied: [1] });
    expect(await tablesOf(db)).not.toContain("subscriptions");
    expect(await columnsOf(db, "comments")).not.toContain("moderated_at");
    const created = new Date("2026-01-02T03:04:05Z");
    await db.query(sql`insert into comments (post_key, author_name, body, state, created_at, fingerprint)
      values (${"p"}, ${"Ann"}, ${"approved before v2"}, 'approved', ${created}, 'f1'), (${"p"}, ${"Bob"}, ${"waiting"}, 'pending', ${created}, 'f2')`);

    expect(await migrate(db)).toEqual({ from: 1, to: SCHEMA_VERSION, applied: MIGRATIONS.slice(1).map((m) => m.version) });
    const { rows } = await db.query<{ body: string; moderated_at: Date | null }>(sql`select body, moderated_at from comments order by id`);
    expect(rows.map((row) => row.body)).toEqual(["approved before v2", "waiting"]);
    expect(rows[0].moderated_at?.toISOString()).toBe(created.toISOString());
    expect(rows[1].moderated_at).toBeNull();
    await db.query(sql`insert into subscriptions (email, comment_id) values (${"ann@example.com"}, ${1})`);
    expect((await db.query(sql`select * from subscriptions`)).rowCount).toBe(1);
  });

  it("bring a version 2 database with commenters in it to version 3: their verification kept, no link counted as sent", async () => {
    const db = await fresh();
    expect(await migrate(db, { target: 2 })).toEqual({ from: 0, to: 2, applied: [1, 2] });
    expect(await columnsOf(db, "commenters")).not.toContain("verification_sent_at");
    const verified = new Date("2026-02-03T04:05:06Z");
    await db.query(sql`insert into commenters (email, verified_at) values (${"ann@example.com"}, ${verified}), (${"bob@example.com"}, ${null})`);

    expect(await migrate(db, { target: 3 })).toEqual({ from: 2, to: 3, applied: [3] });
    const { rows } = await db.query<{ email: string; verified_at: Date | null; verification_sent_at: Date | null }>(
      sql`select email, verified_at, verification_sent_at from commenters order by email`,
    );
    expect(rows.map((row) => [row.email, row.verified_at?.toISOString() ?? null, row.verification_sent_at])).toEqual([
      ["ann@example.com", verified.toISOString(), null],
      ["bob@example.com", null, null],
    ]);
  });

  it("bring a version 3 database to version 4: its comments have no file id, and a file id is one row per post", async () => {
    const db = await fresh();
    await migrate(db, { target: 3 });
    await db.query(sql`insert into comments (post_key, author_name, body, fingerprint) values (${"p"}, ${"Ann"}, ${"a"}, 'f1'), (${"p"}, ${"Bob"}, ${"b"}, 'f2')`);
    expect(await migrate(db)).toEqual({ from: 3, to: SCHEMA_VERSION, applied: MIGRATIONS.slice(3).map((m) => m.version) });
    expect((await db.query(sql`select imported_id from comments`)).rows).toEqual([{ imported_id: null }, { imported_id: null }]);
    await db.query(sql`insert into comments (post_key, author_name, body, fingerprint, imported_id) values (${"p"}, ${"Cy"}, ${"c"}, 'f3', ${"12"}), (${"q"}, ${"Cy"}, ${"c"}, 'f3', ${"12"})`);
    await expect(db.query(sql`insert into comments (post_key, author_name, body, fingerprint, imported_id) values (${"p"}, ${"Cy"}, ${"c"}, 'f3', ${"12"})`)).rejects.toThrow(/duplicate key/);
  });

  it("refuse a database whose schema is newer than the code", async () => {
    const db = await fresh();
    await migrate(db);
    await db.query(sql`insert into quire_migrations (version, name) values (${SCHEMA_VERSION + 1}, ${"from the future"})`);
    await expect(migrate(db)).rejects.toThrow(`its schema is version ${SCHEMA_VERSION + 1}, newer than this version of Quire knows (${SCHEMA_VERSION})`);
  });

  it("leave the database as it was when a migration fails half-way", async () => {
    const db = await fresh();
    await migrate(db, { target: 1 });
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: "broken", statements: [sql`create table extra (id integer)`, sql`select no_such_column from comments`] }];
    await expect(migrate(db, { migrations: broken })).rejects.toThrow(/no_such_column/);
    expect(await tablesOf(db)).not.toContain("extra");
    expect(await migrate(db)).toEqual({ from: 1, to: SCHEMA_VERSION, applied: MIGRATIONS.slice(1).map((m) => m.version) });
  });
});

describe("the store a site opens", { timeout: DB_TIMEOUT }, () => {
  const SECRET = "a-test-secret-that-is-long-enough-0123456789";

  it("opens nothing while comments are off", async () => {
    await expect(commentsStore(false, { COMMENTS_SECRET: SECRET })).rejects.toThrow("comments are off: turn them on with `comments` in site.config.ts or QUIRE_COMMENTS=on");
  });

  it("stops a production server without COMMENTS_SECRET before touching any database, and can open once it is set", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "quire-comments-"));
    try {
      const dataDir = path.join(root, "data");
      await expect(commentsStore(COMMENT_DEFAULTS, { NODE_ENV: "production", QUIRE_DATA_DIR: dataDir })).rejects.toThrow(/COMMENTS_SECRET is not set/);
      expect(fs.existsSync(dataDir)).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("creates the embedded database in QUIRE_DATA_DIR at first use; it keeps comments across a restart, and a copy of the folder is a working backup", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "quire-comments-"));
    try {
      const dataDir = path.join(root, "data", "comments");
      const env = { NODE_ENV: "production", COMMENTS_SECRET: SECRET, QUIRE_DATA_DIR: dataDir };
      const ctx = await commentsStore(COMMENT_DEFAULTS, env);
      expect(ctx.db.driver).toBe("pglite");
      // Postgres's server-sized page cache would add about 120 MB to the site's memory.
      expect((await ctx.db.query(sql`show shared_buffers`)).rows).toEqual([{ shared_buffers: PGLITE_SHARED_BUFFERS }]);
      expect(await commentsStore(COMMENT_DEFAULTS, env)).toBe(ctx);
      await ctx.db.query(sql`insert into comments (post_key, author_name, body, fingerprint) values (${"p"}, ${"Ann"}, ${"still here"}, 'f')`);
      await closeCommentsStore();
      fs.cpSync(dataDir, path.join(root, "backup"), { recursive: true });

      const restored = await openPglite(path.join(root, "backup"));
      try {
        expect((await restored.query<{ body: string }>(sql`select body from comments`)).rows).toEqual([{ body: "still here" }]);
        expect(await migrate(restored)).toMatchObject({ applied: [] });
      } finally {
        await restored.close();
      }
    } finally {
      await closeCommentsStore();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
