/** Starting a server for the benchmark and loading it with autocannon, on 127.0.0.1 only. */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";
import { treeRssBytes } from "./measure";

/** Starts `command` (in `cwd`, default this process's) in its own process group (see stopServer) and waits until it answers on `port`. */
export function startServer(command: string, port: number, env: NodeJS.ProcessEnv, timeoutMs = 60_000, log?: string, cwd?: string): Promise<ChildProcess> {
  const output = log ? fs.openSync(log, "a") : "ignore";
  const server = spawn("bash", ["-c", `exec ${command}`], { env, cwd, stdio: ["ignore", output, output], detached: true });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () =>
      fetch(`http://127.0.0.1:${port}/`)
        .then(() => resolve(server))
        .catch(() => (Date.now() > deadline ? reject(new Error(`${command} did not come up`)) : setTimeout(poll, 250)));
    poll();
  });
}

export function stopServer(server: ChildProcess) {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
}

/** Stops the server's whole process group and waits (up to 10 s) until it has exited. */
export async function stopServerAndWait(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  stopServer(server);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

export interface TimedResponse {
  ms: number;
  status: number;
  /** The x-nextjs-cache header (HIT, MISS, STALE), or "none". */
  cache: string;
  body: string;
}

/** One GET, timed until the whole body has arrived. */
export async function timedGet(url: string): Promise<TimedResponse> {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
  const body = await response.text();
  return {
    ms: performance.now() - started,
    status: response.status,
    cache: response.headers.get("x-nextjs-cache") ?? "none",
    body,
  };
}

export function serverRssMB(server: ChildProcess): number {
  return treeRssBytes(server.pid!) / 1048576;
}

export interface LoadResult {
  path: string;
  reqPerSec: number;
  p50ms: number;
  p99ms: number;
  errors: number;
}

export async function load(port: number, path: string, connections: number, duration: number): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections,
    duration,
    headers: { "accept-encoding": "gzip" },
  });
  return {
    path,
    reqPerSec: result.requests.average,
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
