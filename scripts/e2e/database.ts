/**
 * A Postgres database of its own for one e2e run (the `comments-vercel`
 * target), made on the server of TEST_DATABASE_URL (`.ci/run` starts one on
 * loopback) and dropped after the run. Its name starts `quire_e2e_`.
 *
 *   tsx scripts/e2e/database.ts create|drop <name>
 *
 * The target's content step is synchronous: it runs this as a child process
 * (`databaseFor`, `dropDatabase`).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";

export const DATABASE_PREFIX = "quire_e2e_";

/** TEST_DATABASE_URL with another database named in it. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(command: "create" | "drop", name: string, project: string) {
  const child = spawnSync(process.execPath, ["--import", "tsx", path.join(project, "scripts/e2e/database.ts"), command, name], {
    cwd: project,
    encoding: "utf8",
    env: process.env,
  });
  if (child.status !== 0) throw new Error(`could not ${command} the database ${name} on TEST_DATABASE_URL: ${child.stderr.trim() || child.stdout.trim()}`);
}

/** A new empty database for this run; answers its DATABASE_URL. */
export function databaseFor(label: string, project: string): string {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error("TEST_DATABASE_URL is not set");
  const name = `${DATABASE_PREFIX}${label.replace(/\W+/g, "_")}_${Date.now().toString(36)}_${process.pid}`;
  run("create", name, project);
  return databaseUrl(server, name);
}

/** Drops the database a `databaseFor` made (its URL), if it is one of ours. */
export function dropDatabase(url: string, project: string) {
  const name = new URL(url).pathname.slice(1);
  if (name.startsWith(DATABASE_PREFIX)) run("drop", name, project);
}

async function main(command: string | undefined, name: string | undefined) {
  if ((command !== "create" && command !== "drop") || !name || !/^quire_e2e_\w+$/.test(name)) {
    console.error("usage: tsx scripts/e2e/database.ts create|drop quire_e2e_<name>");
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    // The name is checked above (letters, digits, underscores): it cannot be a parameter here.
    await client.query(command === "create" ? `create database "${name}"` : `drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join("scripts", "e2e", "database.ts"))) {
  main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
