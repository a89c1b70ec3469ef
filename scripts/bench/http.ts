/** Starting a server for the benchmark and loading it with autocannon, on 127.0.0.1 only. */
import { spawn, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { treeRssBytes } from "./measure";

export function startServer(command: string, port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn("bash", ["-c", `exec ${command}`], { env, stdio: "ignore", detached: true });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
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
