import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CommentsContext } from "@/lib/comments/context";
import { lockFolder, LOCK_FILE, unlockFolder } from "@/lib/comments/db/folder-lock";
import { migrate } from "@/lib/comments/db/migrate";
import { openPglite } from "@/lib/comments/db/pglite";
import { sql, type Db } from "@/lib/comments/db/sql";
import { exportedComments, writeExportSnapshot } from "@/lib/comments/export-snapshot";
import { FORM_FIELDS } from "@/lib/comments/form";
import { commentsFilesIn } from "@/lib/comments/import-files";
import { storeImported } from "@/lib/comments/imported";
import { deriveKeys } from "@/lib/comments/keys";
import { storedForPage } from "@/lib/comments/listing";
import { mergeSections } from "@/lib/comments/merge";
import type { CommentRecord } from "@/lib/comments/model";
import { moderate } from "@/lib/comments/moderation";
import { COMMENT_DEFAULTS } from "@/lib/comments/settings";
import { submitComment } from "@/lib/comments/submit";
import { buildThreads } from "@/lib/comments/threads";
import { formToken } from "@/lib/comments/tokens";
import { siteLanguageRules } from "@/lib/frontmatter";
import { DB_TIMEOUT, DRIVERS, emptyTables } from "./helpers/comments-db";

const keys = deriveKeys("a-test-secret-that-is-long-enough-0123456789");
const POST = "en/old-post";

/** A WordPress thread as the import writes it: a comment, a reply, a reply to that, and a reply three levels down. */
const FILE: CommentRecord[] = [
  { id: "12", author: "Ann", url: "https://ann.example.org/", date: "2010-05-03T14:22:00+02:00", text: "First, *loved* it" },
  { id: "13", parent: "12", author: "Bob", date: "2010-05-04T09:00:00Z", text: "Agreed" },
  { id: "14", parent: "13", author: "Ann", date: "2010-05-05", text: "Thanks" },
  { id: "15", parent: "14", author: "Cy", date: "2010-05-06T00:00:00Z", text: "Deep" },
  { id: "20", author: "Dee", date: "2011-01-01T00:00:00Z", text: "Later" },
];

describe.each(DRIVERS)("a comments file taken into the store, on $name", { timeout: DB_TIMEOUT }, (driver) => {
  let db: Db;
  let ctx: CommentsContext;
  const clock = new Date("2026-06-01T12:00:00Z");

  beforeAll(async () => {
    db = await driver.open();
    await migrate(db);
    ctx = { db, keys, rules: { ...COMMENT_DEFAULTS, moderation: "none", minSecondsToSubmit: 0 }, now: () => clock };
  }, DB_TIMEOUT);
  afterAll(() => driver.dispose(db), DB_TIMEOUT);
  beforeEach(() => emptyTables(db));

  it("stores each comment approved, with its name, website, date, text and place in the thread, keeping its file id", async () => {
    expect(await storeImported(ctx, POST, FILE)).toEqual({ added: 5, known: 0 });
    const { approved, imported } = await storedForPage(ctx, POST);
    expect(imported).toEqual(["12", "13", "14", "15", "20"]);
    expect(approved.map((c) => [c.importedId, c.author, c.date, c.parent && approved.find((p) => p.id === c.parent)?.importedId])).toEqual([
      ["12", "Ann", "2010-05-03T12:22:00.000Z", undefined],
      ["13", "Bob", "2010-05-04T09:00:00.000Z", "12"],
      ["14", "Ann", "2010-05-05T00:00:00.000Z", "13"],
      ["15", "Cy", "2010-05-06T00:00:00.000Z", "14"],
      ["20", "Dee", "2011-01-01T00:00:00.000Z", undefined],
    ]);
    expect(approved[0]).toMatchObject({ url: "https://ann.example.org/", text: "First, *loved* it" });
    const rows = await db.query<{ author_email: string | null; ip_hash: string | null; depth: number }>(sql`select author_email, ip_hash, depth from comments order by id`);
    expect(rows.rows.map((row) => row.depth)).toEqual([0, 1, 2, 3, 0]);
    expect(rows.rows.every((row) => row.author_email === null && row.ip_hash === null)).toBe(true);
  });

  it("adds only what it does not know when taken in again: a comment the author deleted stays deleted", async () => {
    await storeImported(ctx, POST, FILE.slice(0, 2));
    const bob = (await storedForPage(ctx, POST)).approved.find((c) => c.importedId === "13")!;
    expect(await moderate(ctx, bob.id, "delete")).toMatchObject({ ok: true });
    expect(await storeImported(ctx, POST, FILE)).toEqual({ added: 3, known: 2 });
    const { approved, imported } = await storedForPage(ctx, POST);
    expect(approved.map((c) => c.importedId)).toEqual(["12", "14", "15", "20"]);
    // The deleted one is still known, so the page does not show the file's copy.
    expect(imported).toContain("13");
    // Its reply kept its place: under the deleted comment's row, shown on its own.
    expect(approved.find((c) => c.importedId === "14")?.parent).toBeUndefined();
    expect(await storeImported(ctx, POST, FILE)).toEqual({ added: 0, known: 5 });
  });

  it("keeps the same file id apart on two posts, and cuts a loop of replies", async () => {
    await storeImported(ctx, POST, FILE.slice(0, 1));
    expect(await storeImported(ctx, "en/other", FILE.slice(0, 1))).toEqual({ added: 1, known: 0 });
    const loop: CommentRecord[] = [
      { id: "a", parent: "b", author: "A", date: "2012-01-01", text: "a" },
      { id: "b", parent: "a", author: "B", date: "2012-01-02", text: "b" },
    ];
    expect(await storeImported(ctx, "en/loop", loop)).toEqual({ added: 2, known: 0 });
    const looped = (await storedForPage(ctx, "en/loop")).approved;
    expect(looped.map((c) => [c.importedId, looped.find((p) => p.id === c.parent)?.importedId])).toEqual([
      ["a", "b"],
      ["b", undefined],
    ]);
  });

  it("lets readers answer an imported comment, under it", async () => {
    await storeImported(ctx, POST, FILE);
    const ann = (await storedForPage(ctx, POST)).approved.find((c) => c.importedId === "12")!;
    const token = formToken(keys, POST, new Date(clock.getTime() - 10_000));
    const sent = await submitComment(ctx, {
      postKey: POST,
      values: { [FORM_FIELDS.token]: token, name: "Eve", text: "Still true in 2026", parent: ann.id },
      ip: "203.0.113.9",
      postOpen: () => true,
    });
    expect(sent).toMatchObject({ ok: true, outcome: "stored" });
    const reply = (await storedForPage(ctx, POST)).approved.find((c) => c.author === "Eve")!;
    expect(reply.parent).toBe(ann.id);
    expect(reply.importedId).toBeUndefined();
  });

  it("writes what a static export shows, and reads it back by post", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-snapshot-"));
    try {
      await storeImported(ctx, POST, FILE.slice(0, 2));
      const file = path.join(dir, "snapshot.json");
      expect(await writeExportSnapshot(ctx, file)).toEqual({ posts: 1, comments: 2 });
      expect(exportedComments(POST, file)).toEqual(await storedForPage(ctx, POST));
      expect(exportedComments("en/nothing", file)).toEqual({ approved: [], imported: [] });
      expect(() => exportedComments(POST, path.join(dir, "missing.json"))).toThrow("a static export with comments on is built with `npm run build`");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a post's section once its file is in the store (lib/comments/merge.ts)", () => {
  const file = buildThreads(FILE);
  const stored = (id: string, importedId: string, extra: Partial<CommentRecord> = {}) => {
    const record = FILE.find((r) => r.id === importedId)!;
    return { id, author: record.author, date: new Date(record.date).toISOString(), text: record.text, importedId, ...extra };
  };

  it("shows the store's rows in the file copies' place, under their old anchors, with a Reply", () => {
    const section = mergeSections(file, [stored("1", "12"), stored("2", "13", { parent: "1" }), stored("5", "20")], ["12", "13", "20"]);
    expect(section.count).toBe(5);
    // 14 and 15 were not taken in: the file's copies stand on their own (15 hangs under 13 in the file's three levels).
    expect(section.threads.map((t) => [t.id, t.replyId])).toEqual([
      ["12", "1"],
      ["14", undefined],
      ["15", undefined],
      ["20", "5"],
    ]);
    expect(section.threads[0].replies.map((r) => [r.id, r.replyId])).toEqual([["13", "2"]]);
  });

  it("hides a comment the store knows but does not show (deleted, spam), and keeps the file's others", () => {
    const section = mergeSections(file, [stored("1", "12")], ["12", "13"]);
    // 13 is gone; 14 and 15 (the file's, not taken in), which hung under it, stand on their own.
    expect(section.threads.map((t) => t.id)).toEqual(["12", "14", "15", "20"]);
    expect(section.count).toBe(4);
  });

  it("is the file alone while nothing was taken in", () => {
    expect(mergeSections(file, [], [])).toEqual({ count: 5, threads: file.threads });
  });
});

describe("the comments files of a content folder (lib/comments/import-files.ts)", () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "quire-comment-files-"));
    fs.mkdirSync(path.join(root, "2010"));
    fs.writeFileSync(path.join(root, "2010", "2010-05-03-old-post.md"), "---\r\ntitle: Old post\r\ndate: 2010-05-03\r\n---\r\nBody\r\n");
    fs.writeFileSync(path.join(root, "2010", "2010-05-03-old-post.comments.json"), JSON.stringify({ comments: FILE }));
    fs.writeFileSync(path.join(root, "2010", "2011-02-02-gone.comments.json"), JSON.stringify({ comments: FILE }));
    fs.writeFileSync(path.join(root, "2010", "2011-03-03-café.md"), "---\ntitle: Café\ndate: 2011-03-03\n---\nBody\n");
    fs.writeFileSync(path.join(root, "2010", "2011-03-03-café.comments.json"), "{ not json");
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("pairs each file with its post's key, and names what it leaves out", () => {
    const found = commentsFilesIn(root, siteLanguageRules);
    expect(found.files).toEqual([{ file: "2010/2010-05-03-old-post.comments.json", postKey: "en/old-post", comments: FILE }]);
    expect(found.problems).toEqual([
      expect.stringMatching(/^2010\/2011-03-03-café\.comments\.json: is not valid JSON/),
      "2010/2011-02-02-gone.comments.json: no post beside it (2010/2011-02-02-gone.md); left out",
    ]);
  });

  it("`npm run comments -- import` takes them into the embedded store once, and refuses while another process holds it", { timeout: DB_TIMEOUT }, async () => {
    const dataDir = path.join(root, ".data");
    const env = { ...process.env, CONTENT_DIR: root, QUIRE_COMMENTS: "on", QUIRE_DATA_DIR: dataDir, COMMENTS_SECRET: "a-test-secret-that-is-long-enough-0123456789", NODE_ENV: "production" as const };
    const run = () => execFileSync(process.execPath, ["--import", "tsx", "scripts/comments.ts", "import"], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(run()).toContain("comments: 5 comments from 1 comments file stored, 0 comments already there");
    expect(run()).toContain("comments: 0 comments from 1 comments file stored, 5 comments already there");
    const db = await openPglite(dataDir);
    try {
      expect(() => run()).toThrow(`the comments database in ${dataDir} is open in process ${process.pid}`);
    } finally {
      await db.close();
    }
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });
});

describe("the embedded database's folder lock (lib/comments/db/folder-lock.ts)", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quire-lock-"));
  });

  it("lets one opening in at a time, even within a process", () => {
    lockFolder(dir);
    expect(() => lockFolder(dir)).toThrow("is open in this process already");
    unlockFolder(dir);
    lockFolder(dir);
    unlockFolder(dir);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("refuses while a live process holds it, and takes over from one that died", () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${process.ppid}\n`);
    expect(() => lockFolder(dir)).toThrow(`is open in process ${process.ppid}: one process opens it at a time. Stop that one first (a running server?), or use Postgres (DATABASE_URL) for several`);
    const dead = Number(execFileSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }));
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${dead}\n`);
    lockFolder(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8")).toBe(`${process.pid}\n`);
    unlockFolder(dir);
  });
});
