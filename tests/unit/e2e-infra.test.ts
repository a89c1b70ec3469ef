import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mainConfig, siteConfig } from "@/scripts/e2e/nginx";
import { copyTree, outputFingerprint } from "@/scripts/e2e/workspace";
import { functionFor } from "@/scripts/e2e/vercel";
import { DEFAULT_TARGETS, TARGETS } from "@/scripts/e2e/targets";
import { databaseUrl } from "@/scripts/e2e/database";

describe("the e2e suite's nginx", () => {
  const template = fs.readFileSync("deploy/nginx.conf", "utf8");

  it("serves the committed config with only listen and root replaced, on 127.0.0.1", () => {
    const site = siteConfig(template, "/tmp/x/out", 4321);
    expect(site).toContain("listen 127.0.0.1:4321;");
    expect(site).toContain("root /tmp/x/out;");
    const changed = site.split("\n").filter((line, i) => line !== template.split("\n")[i]);
    expect(changed).toHaveLength(2);
  });

  it("keeps pid, logs and temp files in its own folder", () => {
    const conf = mainConfig("/tmp/x/.e2e-nginx", "/etc/nginx/mime.types", false);
    for (const line of conf.split("\n").filter((l) => /(_path|pid|error_log) /.test(l))) expect(line).toContain("/tmp/x/.e2e-nginx/");
  });
});

describe("the author's build output", () => {
  it("has a fingerprint that any write changes", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "quire-fp-"));
    fs.mkdirSync(path.join(root, ".next"));
    fs.writeFileSync(path.join(root, ".next/BUILD_ID"), "a");
    const before = outputFingerprint(root);
    expect(outputFingerprint(root)).toBe(before);
    fs.mkdirSync(path.join(root, "out"));
    expect(outputFingerprint(root)).not.toBe(before);
    fs.rmSync(root, { recursive: true, force: true });
  });

});

describe("the content an e2e build sees", () => {
  it("is a byte-exact copy (CRLF kept) that can be changed and removed even when the corpus is read-only", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "quire-copy-"));
    fs.mkdirSync(path.join(root, "from/2020"), { recursive: true });
    fs.writeFileSync(path.join(root, "from/2020/a.md"), "a\r\n");
    fs.chmodSync(path.join(root, "from/2020/a.md"), 0o444);
    expect(copyTree(path.join(root, "from"), path.join(root, "to"))).toBe(1);
    expect(fs.readFileSync(path.join(root, "to/2020/a.md"), "utf8")).toBe("a\r\n");
    fs.writeFileSync(path.join(root, "to/2020/a.md"), "b");
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe("the vercel target's function runner", () => {
  const rewrites = [{ pattern: /^\/blog\/(?<nxtPslug>[^/]+?)(?:\/)?$/, dest: "/blog/[slug]?nxtPslug=$nxtPslug" }];
  const built = new Set(["/index", "/feed.xml", "/blog/[slug]", "/og/café.png", "/tags/c%23"]);
  const exists = (funcPath: string) => built.has(funcPath);

  it("calls the function named after the path, the home page's being index", () => {
    expect(functionFor("/", rewrites, exists)).toEqual({ funcPath: "/index", query: "" });
    expect(functionFor("/feed.xml", rewrites, exists)).toEqual({ funcPath: "/feed.xml", query: "" });
    expect(functionFor("/og/caf%C3%A9.png", rewrites, exists)).toEqual({ funcPath: "/og/café.png", query: "" });
    expect(functionFor("/tags/c%23", rewrites, exists)).toEqual({ funcPath: "/tags/c%23", query: "" });
  });

  it("follows a rewrite route to a dynamic page's function, with the route's query", () => {
    expect(functionFor("/blog/old-post", rewrites, exists)).toEqual({ funcPath: "/blog/[slug]", query: "nxtPslug=old-post" });
  });

  it("finds no function for a path no route leads to", () => {
    expect(functionFor("/nowhere/at/all", rewrites, exists)).toBeUndefined();
  });
});

describe("the e2e targets", () => {
  it("runs every known target by default, each once", () => {
    expect(new Set(DEFAULT_TARGETS).size).toBe(DEFAULT_TARGETS.length);
    for (const name of DEFAULT_TARGETS) expect(TARGETS[name], name).toBeDefined();
    expect(DEFAULT_TARGETS).toEqual(expect.arrayContaining(["comments", "comments-vercel", "comments-export"]));
  });

  it("tests comments with the default moderation, never one that shows comments at once", () => {
    for (const name of ["comments", "comments-vercel", "comments-export"]) {
      expect(TARGETS[name].build?.QUIRE_COMMENTS, name).toBe("on");
      expect(TARGETS[name].build?.QUIRE_COMMENTS_MODERATION, name).toBeUndefined();
    }
  });

  it("skips comments-vercel with a reason when no Postgres server is given", () => {
    const saved = process.env.TEST_DATABASE_URL;
    try {
      delete process.env.TEST_DATABASE_URL;
      expect(TARGETS["comments-vercel"].skip?.("/p")).toMatch(/TEST_DATABASE_URL is not set/);
      process.env.TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";
      expect(TARGETS["comments-vercel"].skip?.("/p")).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.TEST_DATABASE_URL;
      else process.env.TEST_DATABASE_URL = saved;
    }
  });

  it("names the run's own database on the test server", () => {
    expect(databaseUrl("postgres://postgres@127.0.0.1:54329/postgres", "quire_e2e_vercel_x")).toBe("postgres://postgres@127.0.0.1:54329/quire_e2e_vercel_x");
  });
});
