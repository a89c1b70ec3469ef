/**
 * Draws social cards in a child process while the content step goes on with
 * the next post: drawing is CPU-bound, and a build machine's second core is
 * otherwise idle during the step. The step queues each card it finds missing
 * (lib/cards/plan.ts); `done()` waits for the last one.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { CardDrawer, CardJob } from "./plan";

export interface CardReply {
  key: string;
  error?: string;
}

export interface RunningCardDrawer extends CardDrawer {
  /** Resolves with the number of cards drawn once every queued card is; rejects on the first failure. */
  done(): Promise<number>;
  close(): void;
}

export function startCardDrawer(projectDir: string): RunningCardDrawer {
  let child: ChildProcess | undefined;
  const queued = new Set<string>();
  let pending = 0;
  let drawn = 0;
  let failure: Error | undefined;
  let waiters: Array<() => void> = [];

  const settle = () => {
    if (pending > 0 && !failure) return;
    for (const wake of waiters) wake();
    waiters = [];
  };

  const worker = () => {
    if (child) return child;
    child = fork(path.join(projectDir, "lib", "cards", "worker.ts"), [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
    child.on("message", (reply: CardReply) => {
      pending -= 1;
      if (reply.error) failure ??= new Error(`social card ${reply.key}: ${reply.error}`);
      else drawn += 1;
      settle();
    });
    child.on("exit", (code) => {
      child = undefined;
      if (pending > 0) {
        failure ??= new Error(`the social card drawer stopped (exit ${code}) with ${pending} cards to draw`);
        settle();
      }
    });
    return child;
  };

  return {
    queue(job: CardJob) {
      if (queued.has(job.key)) return;
      queued.add(job.key);
      pending += 1;
      worker().send({ projectDir, job });
    },
    done() {
      return new Promise((resolve, reject) => {
        const finish = () => {
          if (!failure) return resolve(drawn);
          reject(failure);
          failure = undefined;
        };
        if (pending === 0 || failure) finish();
        else waiters.push(finish);
      });
    },
    close() {
      child?.disconnect();
    },
  };
}
