import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scratchFolders } from "./helpers/temp-dirs";

const FIXTURES = "tests/fixtures/wordpress";
const tempDir = scratchFolders("wp-command-");

/** `npm run import -- <args>` as an author runs it (not on a terminal: no progress bar). */
function importCommand(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", ...args], { encoding: "utf8", env: { ...process.env, CI: "" } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run import -- wordpress", () => {
  it("prints the report and the settings to copy, and no progress bar off a terminal", () => {
    const out = tempDir();
    const run = importCommand("wordpress", `${FIXTURES}/blog.xml`, "--out", out, "--uploads", `${FIXTURES}/uploads`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("posts: 12 (6 published, 1 scheduled, 1 draft, 1 pending, 1 auto-draft, 1 password-protected, 1 private)");
    expect(run.stdout).toContain("wordpressPermalinks: true,");
    expect(run.stderr).toBe("");
  });

  it("stops with one line naming file and line on broken XML, and on a file that is not an export", () => {
    const broken = importCommand("wordpress", `${FIXTURES}/broken.xml`, "--out", path.join(os.tmpdir(), "never-written"));
    expect(broken.status).toBe(1);
    expect(broken.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^tests\/fixtures\/wordpress\/broken\.xml:12:\d+: .+/)]);
    const other = importCommand("wordpress", `${FIXTURES}/not-wordpress.xml`, "--dry-run");
    expect(other.status).toBe(1);
    expect(other.stderr.trim()).toMatch(/^tests\/fixtures\/wordpress\/not-wordpress\.xml: not a WordPress export/);
    expect(fs.existsSync(path.join(os.tmpdir(), "never-written"))).toBe(false);
  });

  it("tells how to use it when the source or the file is missing", () => {
    expect(importCommand("ghost", "x.xml").stderr).toMatch(/imports from WordPress only/);
    expect(importCommand("wordpress", "no-such.xml").stderr.trim()).toBe("no-such.xml: no such file");
    expect(importCommand().stderr).toMatch(/^usage: npm run import -- wordpress <export.xml>/);
  });
});
