/**
 * Hostile content (tests/fixtures/hostile.ts) never takes the build down: the
 * real content step over the sample and every hostile post fails quickly with
 * one line per bad file and no stack trace, and this target's build (the
 * sample with the hostile posts that build) serves every post at a URL
 * without spaces or percent-encoded symbols.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";
import { publishedPosts } from "./content";
import { copyTree, createWorkspace } from "../../scripts/e2e/workspace";
import { HOSTILE_FOLDER } from "../../scripts/e2e/content";
import { expectedProblemLines, SERVED, UTF8_WARNING, writeHostilePosts } from "../fixtures/hostile";

test("the content step over the sample and every hostile post fails within 60 s, one line per bad file, no stack trace", async () => {
  test.setTimeout(240_000);
  const workspace = createWorkspace(process.cwd(), "hostile-step");
  try {
    const content = path.join(workspace.dir, "hostile-content");
    copyTree(path.join(workspace.dir, "content/blog"), content);
    writeHostilePosts(path.join(content, HOSTILE_FOLDER));
    const started = Date.now();
    const step = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare-content.ts"], {
      cwd: workspace.dir,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: "utf8",
      timeout: 60_000,
    });
    const seconds = (Date.now() - started) / 1000;
    console.log(`hostile content step: ${seconds.toFixed(1)} s`);
    expect(step.signal, "killed after 60 s").toBeNull();
    expect(step.status).toBe(1);
    expect(`${step.stdout}${step.stderr}`).not.toMatch(/^\s+at /m);
    const expected = expectedProblemLines(`${HOSTILE_FOLDER}/`);
    expect(step.stderr.split("\n").filter(Boolean)).toEqual([
      `warning: ${HOSTILE_FOLDER}/${UTF8_WARNING}`,
      ...expected,
      `${expected.length} content problems in ${content}; nothing was built.`,
    ]);
  } finally {
    workspace.remove();
  }
});

test("every post of the sample and the hostile posts that build is served at a hyphenated URL", async ({ page, request }) => {
  const slugs = publishedPosts.map((p) => p.meta.slug);
  expect(slugs).toEqual(expect.arrayContaining(Object.values(SERVED)));
  for (const slug of slugs) {
    expect(slug).toMatch(/^[\p{L}\p{M}\p{N}._~-]+$/u);
    expect((await request.get(`/blog/${encodeURIComponent(slug)}`)).status(), slug).toBe(200);
  }
  await page.goto("/blog/emoji-name");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hostile: a file name with spaces and an emoji");
  await page.goto("/blog/invalid-utf8");
  await expect(page.getByText("Two bytes that are no UTF-8")).toContainText("\uFFFD");
});
