/** The child process of lib/cards/drawer.ts: draws each card it is sent, one at a time. */
import { drawCards, type CardJob } from "./plan";
import type { CardReply } from "./drawer";
import { drawCard } from "./draw";

let chain = Promise.resolve();
// The step that asked for the cards has ended (a content problem fails it
// before they are drawn): nobody is left to answer.
process.on("disconnect", () => process.exit(0));
process.on("message", ({ projectDir, job }: { projectDir: string; job: CardJob }) => {
  chain = chain.then(async () => {
    const reply: CardReply = { key: job.key };
    try {
      await drawCards(projectDir, [job], drawCard);
    } catch (error) {
      reply.error = error instanceof Error ? error.message : String(error);
    }
    if (process.connected) process.send!(reply);
  });
});
