/**
 * Comments for the comments e2e targets, stored through the service before
 * the server starts (the embedded database is one process's at a time) or,
 * for `comments-export`, before the build: waiting comments on the sample
 * post "Writing posts" for the admin tests to moderate, and one approved
 * and one marked as spam by the author (what a post already had). Prints
 * one line. Run with the target's environment (COMMENTS_SECRET, and
 * QUIRE_DATA_DIR or DATABASE_URL).
 */
import { closeCommentsStore, commentsStore } from "../../lib/comments/store";
import { COMMENT_DEFAULTS } from "../../lib/comments/settings";
import { submitComment } from "../../lib/comments/submit";
import { formToken } from "../../lib/comments/tokens";
import { FORM_FIELDS } from "../../lib/comments/form";
import { moderate, type ModerationAction } from "../../lib/comments/moderation";

export const SEED_POST = { key: "en/writing-posts", path: "/blog/writing-posts" };

/** The waiting comments, by the text each test looks for. */
export const SEEDS = [
  { name: "Ann Approve", email: "ann@example.com", website: "https://ann.example.org", text: "Seed: approve me" },
  { name: "Sam Spam", text: "Seed: spam me" },
  { name: "Dan Delete", text: "Seed: delete me" },
  { name: "Rita Reply", email: "rita@example.com", text: "Seed: answer me", notify: "on" },
  { name: "Lee Link", text: "Seed: link approval" },
];

/** Comments the author moderated before the tests: one shown on the post, one kept as spam. */
export const MODERATED: Array<{ name: string; text: string; action: ModerationAction }> = [
  { name: "Sue Shown", text: "Seed: already shown", action: "approve" },
  { name: "Spencer Spammer", text: "Seed: spam from before", action: "spam" },
];

async function main() {
  const ctx = await commentsStore({ ...COMMENT_DEFAULTS, moderation: "all", rateLimit: { max: 1000, windowMinutes: 1 } });
  const rendered = new Date(Date.now() - 60_000);
  const ids: string[] = [];
  for (const [i, seed] of [...SEEDS, ...MODERATED.map(({ name, text }) => ({ name, text }))].entries()) {
    const { name, text, ...rest } = seed;
    const result = await submitComment(ctx, {
      postKey: SEED_POST.key,
      values: { [FORM_FIELDS.token]: formToken(ctx.keys, SEED_POST.key, rendered), name, text, ...rest },
      ip: `192.0.2.${i + 1}`,
      postOpen: () => true,
    });
    if (!result.ok || result.outcome !== "stored") throw new Error(`seeding "${text}": ${JSON.stringify(result)}`);
    ids.push(result.id);
  }
  for (const [i, { text, action }] of MODERATED.entries()) {
    const moved = await moderate(ctx, ids[SEEDS.length + i], action);
    if (!moved.ok) throw new Error(`seeding "${text}": ${moved.message}`);
  }
  await closeCommentsStore();
  console.log(`comments-seed: ${SEEDS.length} waiting comments on ${SEED_POST.key}, ${MODERATED.length} moderated (${ctx.db.driver})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
