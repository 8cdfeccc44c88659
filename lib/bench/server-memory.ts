// The served app's memory as Linux reports it: which process is the server, and its resident
// set sampled while a part runs. RSS is what a container's memory limit counts, which the
// V8 heap alone would understate (buffers, the PostgreSQL driver's, native modules).
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

const KIB_PER_MIB = 1024;

/** The pid and its descendants, parents first: `next start` may fork the real server. */
function processTree(rootPid: number): number[] {
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
        if (children) queue.push(...children.split(" ").map(Number));
      }
    } catch {
      // The process ended while being read: it serves nothing.
    }
  }
  return tree;
}

/** The inodes of the sockets listening on `port` (IPv4 and IPv6); state 0A is LISTEN. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A" && fields[9]) inodes.add(fields[9]);
    }
  }
  return inodes;
}

/** The process in `rootPid`'s tree that holds the socket listening on `port`, or `rootPid`. */
export function serverPid(rootPid: number, port: number): { pid: number; found: boolean } {
  const inodes = listeningInodes(port);
  for (const pid of processTree(rootPid)) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) return { pid, found: true };
    }
  }
  return { pid: rootPid, found: false };
}

/** VmRSS (now) and VmHWM (the peak over the process's life) in MiB. */
export function readMemory(pid: number): { rssMb: number; hwmMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) / KIB_PER_MIB;
  return { rssMb: field("VmRSS"), hwmMb: field("VmHWM") };
}

export interface RssSampler {
  /** Stops sampling; the highest RSS seen and how many samples it took. */
  stop(): { peakMb: number; samples: number };
}

/**
 * Samples RSS every `intervalMs` until stopped. A peak shorter than the interval can be
 * missed; VmHWM, read at the end, catches it but also counts anything before the sampling.
 */
export function sampleRss(pid: number, intervalMs = 100): RssSampler {
  let peakMb = readMemory(pid).rssMb;
  let samples = 1;
  const timer = setInterval(() => {
    try {
      peakMb = Math.max(peakMb, readMemory(pid).rssMb);
      samples++;
    } catch {
      // The server died; the import's own requests report that.
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakMb, samples };
    },
  };
}
