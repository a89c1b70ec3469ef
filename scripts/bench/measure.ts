/** Runs a command and measures wall time, CPU (user+sys of the whole tree) and peak tree RSS. */
import { spawn } from "node:child_process";
import fs from "node:fs";

export interface Measurement {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMB: number;
}

const PAGE = 4096;

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(entry));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

export function treeRssBytes(root: number, cpuTicks?: Map<number, number>): number {
  const tree = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE;
      if (cpuTicks) {
        // utime and stime (fields 14 and 15) of the process itself.
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        cpuTicks.set(pid, Number(fields[11]) + Number(fields[12]));
      }
    } catch {
      // gone
    }
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function parseBashTimes(text: string): number {
  // `times` prints the shell's and then its children's user/sys times.
  const lines = text.trim().split("\n").filter((l) => /^\d+m[\d.]+s \d+m[\d.]+s$/.test(l.trim()));
  const last = lines.at(-1);
  if (!last) return NaN;
  return last
    .trim()
    .split(" ")
    .map((t) => {
      const [, m, s] = /^(\d+)m([\d.]+)s$/.exec(t)!;
      return Number(m) * 60 + Number(s);
    })
    .reduce((a, b) => a + b, 0);
}

export function measure(command: string, env: NodeJS.ProcessEnv, log?: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn("bash", ["-c", `${command}\nstatus=$?\ntimes >&3\nexit $status`], {
      env,
      stdio: ["ignore", log ? fs.openSync(log, "a") : "ignore", log ? fs.openSync(log, "a") : "ignore", "pipe"],
    });
    let timesOut = "";
    child.stdio[3]!.on("data", (d) => (timesOut += d));
    let peak = 0;
    // CPU is counted two ways, and the larger wins: bash `times` sees only
    // children that were waited for (Next's build workers are not, in part),
    // and sampling /proc every 100 ms misses each process's last slice.
    const cpuTicks = new Map<number, number>();
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRssBytes(child.pid!, cpuTicks));
    }, 100);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`"${command}" exited with ${code}${log ? `; see ${log}` : ""}`));
      resolve({
        wallSeconds: Number(process.hrtime.bigint() - started) / 1e9,
        cpuSeconds: Math.max(
          parseBashTimes(timesOut),
          [...cpuTicks.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND,
        ),
        peakRssMB: peak / 1024 / 1024,
      });
    });
  });
}
