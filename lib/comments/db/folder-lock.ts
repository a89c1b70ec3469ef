/**
 * One process at a time in the embedded database's folder. PGlite keeps no
 * lock of its own, and two processes writing the same files corrupt them:
 * a second server, `npm run comments -- import` while the server runs, or a
 * static export's build beside it. Opening the folder writes `quire.lock`
 * holding the process id; another process finding it while that process
 * lives is refused with a message saying what to do. A lock left by a
 * process that died (kill -9, a crash) is taken over.
 */
import fs from "node:fs";
import path from "node:path";

export const LOCK_FILE = "quire.lock";

/** The folders this process holds. */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it lives, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const inUse = (dataDir: string, by: string) =>
  new Error(
    `the comments database in ${dataDir} is open in ${by}: one process opens it at a time. Stop that one first (a running server?), or use Postgres (DATABASE_URL) for several`,
  );

/** Takes the folder for this process; throws when another live process holds it. */
export function lockFolder(dataDir: string): void {
  const dir = path.resolve(dataDir);
  if (held.has(dir)) throw inUse(dir, "this process already");
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx" });
      held.add(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw inUse(dir, `process ${pid}`);
    // Left by a process that is gone: taken over.
    fs.rmSync(file, { force: true });
  }
  throw inUse(dir, "another process");
}

export function unlockFolder(dataDir: string): void {
  const dir = path.resolve(dataDir);
  if (!held.delete(dir)) return;
  fs.rmSync(path.join(dir, LOCK_FILE), { force: true });
}

// A process that ends without closing the store (Ctrl-C on the server) leaves no lock behind.
process.once("exit", () => {
  for (const dir of held) fs.rmSync(path.join(dir, LOCK_FILE), { force: true });
});
