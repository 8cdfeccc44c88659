// `npm run bench:cpu -- <distDir> [<distDir> …]`: the server CPU one page view costs, in ms,
// for each given build, served side by side on one seeded PostgreSQL database. Throughput
// rows swing with whatever else the two cores run; the CPU a server process spends per
// request barely does, so this is how to compare two builds of a page (a structural change
// against main) on a busy machine. Builds are made beforehand, for example
// `NEXT_DIST_DIR=.next-a npx next build`.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { readActionEndpoints } from "@/e2e/support/server-actions";
import { signIn } from "./load";
import { BENCH_PASSWORD, seed } from "./seed";

const ROOT = process.cwd();
const ADMIN_URL = process.env.BENCH_ADMIN_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const AUTH_SECRET = "perfila-bench-fixed-secret-0123456789abcdef";
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 40);
const CONCURRENCY = 4;
const TICK_MS = 1000 / 100; // USER_HZ on Linux

/** User + system CPU of a process and its children so far, in ms, from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime, stime, cutime, cstime are fields 14–17 of stat (11–14 after the name).
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

interface Run {
  distDir: string;
  base: string;
  cookie: string;
  pid: number;
  samples: number[][];
}

async function startServer(distDir: string, port: number, databaseUrl: string): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
  };
  // BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=bench-results/prof" profiles each server.
  const flags = process.env.BENCH_SERVER_FLAGS?.split(" ").filter(Boolean) ?? [];
  const child: ChildProcess = spawn(
    process.execPath,
    ["--max-semi-space-size=32", ...flags, "node_modules/next/dist/bin/next", "start", "-p", String(port)],
    {
      cwd: ROOT,
      env,
      stdio: "ignore",
    },
  );
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`${distDir} did not start`);
}

async function views(url: string, cookie: string, count: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < count) {
        const response = await fetch(url, { headers: { Cookie: cookie, "Accept-Encoding": "gzip" } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      }
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const distDirs = process.argv.slice(2);
  if (!distDirs.length) throw new Error("name at least one build directory");
  const name = `perfila_cpu_${process.pid}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const servers: ChildProcess[] = [];
  try {
    await new Promise<void>((resolve, reject) =>
      spawn("npm", ["run", "--silent", "db:migrate"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: "inherit",
      }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error("migrations failed")))),
    );
    const seeded = await seed(databaseUrl, 1);
    const targets = [
      ["bare route handler", "/api/health"],
      ["step 4, small plan", `/projects/${seeded.smallProjectId}/personas`],
      ["step 4, large plan", `/projects/${seeded.largeProjectId}/personas`],
    ] as const;
    const runs: Run[] = [];
    for (const [i, distDir] of distDirs.entries()) {
      const port = 3400 + i;
      const server = await startServer(distDir, port, databaseUrl);
      servers.push(server);
      process.env.NEXT_DIST_DIR = distDir;
      const endpoint = readActionEndpoints(ROOT).get("lib/actions/sign-in.ts#signInAction")!;
      const base = `http://localhost:${port}`;
      const cookie = await signIn(base, endpoint, seeded.readerEmail, BENCH_PASSWORD);
      for (const [, target] of targets) await views(base + target, cookie, 20); // warm-up
      runs.push({ distDir, base, cookie, pid: server.pid!, samples: targets.map(() => [] as number[]) });
    }
    // Builds take turns within each round, so a drift in the machine's speed hits them alike.
    for (let round = 0; round < ROUNDS; round++)
      for (const [t, [, target]] of targets.entries())
        for (const run of runs) {
          const before = cpuMs(run.pid);
          await views(run.base + target, run.cookie, REQUESTS);
          run.samples[t]!.push((cpuMs(run.pid) - before) / REQUESTS);
        }
    console.log(`server CPU per request, ms (median of ${ROUNDS} rounds of ${REQUESTS} requests, ${CONCURRENCY} at a time)`);
    console.log(["page", ...runs.map((r) => path.basename(r.distDir))].join(" | "));
    targets.forEach(([label], t) => console.log([label, ...runs.map((r) => median(r.samples[t]!).toFixed(2))].join(" | ")));
  } finally {
    // SIGTERM lets a profiled server write its profile on the way out.
    await Promise.all(servers.map((server) => new Promise((resolve) => server.once("exit", resolve).kill("SIGTERM"))));
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
