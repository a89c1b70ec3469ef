/**
 * Comments for the `comments` e2e target, stored through the service before
 * the server starts (the embedded database is one process's at a time):
 * waiting comments on the sample post "Writing posts" for the admin tests
 * to moderate. Prints one line. Run with the target's environment
 * (COMMENTS_SECRET, QUIRE_DATA_DIR).
 */
import { closeCommentsStore, commentsStore } from "../../lib/comments/store";
import { COMMENT_DEFAULTS } from "../../lib/comments/settings";
import { submitComment } from "../../lib/comments/submit";
import { formToken } from "../../lib/comments/tokens";
import { FORM_FIELDS } from "../../lib/comments/form";

export const SEED_POST = { key: "en/writing-posts", path: "/blog/writing-posts" };

/** The waiting comments, by the text each test looks for. */
export const SEEDS = [
  { name: "Ann Approve", email: "ann@example.com", website: "https://ann.example.org", text: "Seed: approve me" },
  { name: "Sam Spam", text: "Seed: spam me" },
  { name: "Dan Delete", text: "Seed: delete me" },
  { name: "Rita Reply", email: "rita@example.com", text: "Seed: answer me", notify: "on" },
  { name: "Lee Link", text: "Seed: link approval" },
];

async function main() {
  const ctx = await commentsStore({ ...COMMENT_DEFAULTS, moderation: "all", rateLimit: { max: 1000, windowMinutes: 1 } });
  const rendered = new Date(Date.now() - 60_000);
  for (const [i, seed] of SEEDS.entries()) {
    const { name, text, ...rest } = seed;
    const result = await submitComment(ctx, {
      postKey: SEED_POST.key,
      values: { [FORM_FIELDS.token]: formToken(ctx.keys, SEED_POST.key, rendered), name, text, ...rest },
      ip: `192.0.2.${i + 1}`,
      postOpen: () => true,
    });
    if (!result.ok || result.outcome !== "stored") throw new Error(`seeding "${text}": ${JSON.stringify(result)}`);
  }
  await closeCommentsStore();
  console.log(`comments-seed: ${SEEDS.length} waiting comments on ${SEED_POST.key}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
