/**
 * The one way SQL reaches the comments database: the `sql` tag. Every
 * interpolated value becomes a numbered parameter ($1, $2...) sent apart from
 * the statement, so no value a visitor typed is ever part of SQL text. A
 * fragment made by the tag can be interpolated into another (its parameters
 * are renumbered); nothing else can add text to a statement.
 *
 * Both drivers (PGlite embedded, Postgres through DATABASE_URL) implement
 * `Db`: queries and transactions, in Postgres's one dialect.
 */

/** What a parameter may be. */
export type SqlValue = string | number | boolean | null | Date;

const SQL = Symbol("sql");

/** A statement or fragment: its text with $n placeholders and their values. */
export interface Sql {
  readonly text: string;
  readonly values: readonly SqlValue[];
  readonly [SQL]: true;
}

const isSql = (value: unknown): value is Sql => typeof value === "object" && value !== null && SQL in value;

/** A statement from a template literal: `sql\`select * from comments where id = ${id}\``. */
export function sql(strings: TemplateStringsArray, ...values: ReadonlyArray<SqlValue | Sql>): Sql {
  // A template literal's strings carry `raw`; a plain array of (perhaps visitor-made) strings does not.
  if (!Array.isArray(strings) || !Array.isArray((strings as TemplateStringsArray).raw)) {
    throw new TypeError("sql must be used as a template tag: sql`...`");
  }
  let text = strings[0];
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + params.length}`);
      params.push(...value.values);
    } else {
      params.push(value);
      text += `$${params.length}`;
    }
    text += strings[i + 1];
  });
  return { text, values: params, [SQL]: true };
}

/** Fragments joined by a separator: `join([sql\`a = ${1}\`, sql\`b = ${2}\`], sql\` and \`)`. */
export function join(parts: readonly Sql[], separator: Sql): Sql {
  return parts.reduce<Sql | undefined>((all, part) => (all ? sql`${all}${separator}${part}` : part), undefined) ?? sql``;
}

export type Row = Record<string, unknown>;

export interface QueryResult<T> {
  rows: T[];
  /** Rows a SELECT returned or an INSERT, UPDATE or DELETE touched. */
  rowCount: number;
}

/** Something statements run on: the database, or a transaction. */
export interface Queryable {
  query<T extends object = Row>(statement: Sql): Promise<QueryResult<T>>;
}

export interface Db extends Queryable {
  readonly driver: "pglite" | "postgres";
  /**
   * Runs `work` in one transaction: committed when it returns, rolled back
   * (nothing stored) when it throws, and the error rethrown.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Postgres's SQLSTATE of an error from either driver. */
export function sqlState(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** A unique constraint refused the row (SQLSTATE 23505). */
export const isUniqueViolation = (error: unknown) => sqlState(error) === "23505";
