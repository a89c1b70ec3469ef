/**
 * How long `npm run dev` takes to show an edit: start it, load a post page,
 * append a sentence to the post's file and GET the page every 50 ms until the
 * sentence is in it. The delay runs from the write to the first response
 * that has the sentence.
 */
import { appendToPost } from "./safety";
import { startServer, stopServerAndWait, timedGet } from "./http";
import { sleep } from "./util";

export interface DevLoopResult {
  /** From spawning `npm run dev` (content step, then watcher and next dev) to its first answer on /. */
  startSeconds: number;
  /** The post page's first load (next dev compiles the route). */
  firstLoadMs: number;
  /** One per edit; NaN when the sentence did not appear within the timeout. */
  delaysMs: number[];
  /** Polls answered with an error status while the watcher rebuilt (the page is briefly broken). */
  errorResponses: number;
}

const POLL_MS = 50;
const EDIT_TIMEOUT_MS = 30_000;

export async function devLoop(
  env: NodeJS.ProcessEnv,
  post: { file: string; slug: string },
  port: number,
  log: string,
  edits = 3,
): Promise<DevLoopResult> {
  const started = Date.now();
  const server = await startServer("npm run dev", port, { ...env, PORT: String(port) }, 15 * 60_000, log);
  const restore: Array<() => void> = [];
  try {
    const startSeconds = (Date.now() - started) / 1000;
    const url = `http://127.0.0.1:${port}/blog/${encodeURIComponent(post.slug)}`;
    const first = await timedGet(url);
    if (first.status !== 200) throw new Error(`npm run dev: ${url} answered ${first.status}`);
    const delaysMs: number[] = [];
    let errorResponses = 0;
    for (let i = 1; i <= edits; i++) {
      const sentence = `Quirebenchedit${i}x${Date.now().toString(36)} was appended by the benchmark.`;
      restore.push(appendToPost(post.file, `\n${sentence}\n`));
      const written = performance.now();
      let delay = NaN;
      while (performance.now() - written < EDIT_TIMEOUT_MS) {
        const pollStarted = performance.now();
        const response = await timedGet(url);
        if (response.status !== 200) errorResponses += 1;
        if (response.body.includes(sentence)) {
          delay = performance.now() - written;
          break;
        }
        await sleep(Math.max(0, POLL_MS - (performance.now() - pollStarted)));
      }
      delaysMs.push(delay);
      await sleep(1000); // let the watcher settle before the next edit
    }
    return { startSeconds, firstLoadMs: first.ms, delaysMs, errorResponses };
  } finally {
    // Restore before stopping, newest edit first, so the watcher sees the original file last.
    for (const r of restore.reverse()) r();
    await stopServerAndWait(server);
  }
}
