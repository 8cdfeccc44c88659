// `npm run bench`: builds and serves Perfila on PostgreSQL, seeds realistic data, measures
// throughput and latency with autocannon, first-load JS from the build, and Lighthouse on
// one step page, then writes bench-results/latest.{json,md}. Whatever fails is reported
// and the rest still runs; the server is always killed and a database it created dropped.
//
//   npm run bench                    # fresh database on postgres://postgres@127.0.0.1:5432/
//   DATABASE_URL=postgres://… npm run bench
//   BENCH_DURATION=5 npm run bench   # seconds per row (default 10)
//   BENCH_ONLY='save|step 4' npm run bench   # only the rows whose name matches (and the bare
//                                            # handler, which every share needs); "lighthouse"
//                                            # and "js" name those parts
//   BENCH_ONLY=exports npm run bench         # only the plan downloads (exports.ts), which
//                                            # need no build, server or PostgreSQL
//   BENCH_ONLY=customer npm run bench        # the customer import (customer-import.ts) and
//                                            # the file check (customer-file-check.ts, no server)
//   BENCH_ONLY='pdf renders' npm run bench   # /api/health while large-plan PDFs render, and
//                                            # PDFs per second (pdf-renders.ts)
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { readActionEndpoints } from "@/e2e/support/server-actions";
import { demographicsSaveTarget, failedSaves, load, signIn, type LoadResult, type LoadTarget } from "./load";
import { countPageViewRequests } from "./browser-requests";
import { runCustomerFileCheckBench, type FileCheckReport } from "./customer-file-check";
import { customerImportActions, IMPORT_LINES, runCustomerImportBench } from "./customer-import";
import { runExportsBench, type ExportsReport } from "./exports";
import { runLoadTest, type LoadTestResult } from "./load-test";
import { runPdfRendersBench, type PdfRendersReport } from "./pdf-renders";
import { firstLoadJs, runLighthouse, toMarkdown, type BenchReport } from "./report";
import { BENCH_PASSWORD, seed } from "./seed";

const ROOT = process.cwd();
const DIST_DIR = ".next-bench";
const OUT_DIR = path.join(ROOT, "bench-results");
const AUTH_SECRET = "perfila-bench-fixed-secret-0123456789abcdef";
const ADMIN_URL = process.env.BENCH_ADMIN_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const DURATION = Number(process.env.BENCH_DURATION || 10);
const CONNECTIONS = 16;
const OVERLOAD_CONNECTIONS = 64;
const LOAD_TEST_SECONDS = Number(process.env.BENCH_LOAD_SECONDS || 60);
// While tuning one thing, a run of only its rows takes a minute instead of ten.
const ONLY = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : null;
const wanted = (name: string) => !ONLY || name === "bare route handler" || ONLY.test(name);
// The parts that need the app built and served on a seeded PostgreSQL, by the names BENCH_ONLY
// matches; main() checks that every load row is listed. When none is wanted, none of that is set up.
const SERVER_PARTS = [
  "bare route handler",
  "dashboard",
  "step 4, small plan",
  "step 4, large plan",
  "save step 3 (server action)",
  "plan overview, small plan",
  "plan overview, large plan",
  "PDF download, small plan",
  "PDF download, large plan",
  "bare route handler, overload",
  "dashboard, overload",
  "pdf renders",
  "load test",
  "customer import",
  "browser",
  "js",
  "lighthouse",
];
const serverWanted = !ONLY || SERVER_PARTS.some((name) => ONLY.test(name));

const failures: string[] = [];
let server: ChildProcess | undefined;
let createdDatabase: string | undefined;

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function step<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  log(name);
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push(`${name}: ${message.split("\n")[0]}`);
    console.error(`[bench] ${name} failed:`, error);
    return undefined;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function prepareDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const name = `perfila_bench_${Date.now()}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  createdDatabase = name;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function build(env: NodeJS.ProcessEnv) {
  // A build with another distDir rewrites tsconfig.json's include list: put it back.
  const tsconfig = readFileSync(path.join(ROOT, "tsconfig.json"), "utf8");
  try {
    await run(process.execPath, ["node_modules/next/dist/bin/next", "build"], env);
  } finally {
    writeFileSync(path.join(ROOT, "tsconfig.json"), tsconfig);
  }
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<string> {
  const logFile = createWriteStream(path.join(OUT_DIR, "server.log"));
  // BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=bench-results/prof" profiles the server.
  const flags = process.env.BENCH_SERVER_FLAGS?.split(" ").filter(Boolean) ?? [];
  server = spawn(process.execPath, ["--max-semi-space-size=32", ...flags, "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.pipe(logFile);
  server.stderr!.pipe(logFile);
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode} (see bench-results/server.log)`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).status === 200) return baseURL;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("next start did not answer /api/health within 60 s");
}

async function cleanup() {
  if (server && server.exitCode === null) {
    log("stopping the server");
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    const timer = setTimeout(() => server?.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
  if (createdDatabase) {
    const name = createdDatabase;
    createdDatabase = undefined;
    await step(`dropping database ${name}`, async () => {
      const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end({ timeout: 5 });
      }
    });
  }
}

async function main() {
  const startedAt = new Date().toISOString();
  const startLoad = os.loadavg()[0]!.toFixed(1);
  mkdirSync(OUT_DIR, { recursive: true });
  const exports: ExportsReport | null = wanted("exports")
    ? ((await step("exports: the large plan read for download and rendered in every format", () => runExportsBench(OUT_DIR, log))) ?? null)
    : null;
  const customerFileCheck: FileCheckReport | null = wanted("customer file check")
    ? ((await step("customer file check: a 100,000-line file read and checked as in the browser", () =>
        runCustomerFileCheckBench(OUT_DIR, log),
      )) ?? null)
    : null;
  const databaseUrl = serverWanted ? await prepareDatabase() : "";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: DIST_DIR,
    AUTH_SECRET,
    NODE_ENV: "production",
  };
  process.env.NEXT_DIST_DIR = DIST_DIR;
  if (serverWanted) {
    await step("migrating", () => run("npm", ["run", "--silent", "db:migrate"], env));
    if (failures.length) throw new Error("migrations failed");
  }
  const seeded = serverWanted
    ? await step("seeding 200 users, a large and a small plan", () => seed(databaseUrl, 2 * CONNECTIONS + 2 * OVERLOAD_CONNECTIONS))
    : undefined;
  // A failed build must not leave an older one in .next-bench to be measured.
  // BENCH_SKIP_BUILD=1 measures the build already in .next-bench (when only flags changed).
  const built = !serverWanted
    ? false
    : process.env.BENCH_SKIP_BUILD
      ? true
      : await step(`building into ${DIST_DIR}`, () => build(env).then(() => true));
  const port = await freePort();
  const baseURL = built ? await step(`starting next on port ${port}`, () => startServer(env, port)) : undefined;
  const results: LoadResult[] = [];
  let readerCookie: string | undefined;
  let loadTest: LoadTestResult | undefined;
  let pdfRenders: PdfRendersReport | null = null;

  if (baseURL && seeded) {
    const actions = readActionEndpoints(ROOT);
    const signInEndpoint = actions.get("lib/actions/sign-in.ts#signInAction");
    const saveEndpoint = actions.get("lib/actions/save-demographics-step.ts#saveDemographicsStepAction");
    readerCookie = await step("signing in", async () => {
      if (!signInEndpoint) throw new Error("no sign-in action in the build's manifest");
      return signIn(baseURL, signInEndpoint, seeded.readerEmail, BENCH_PASSWORD);
    });
    const saverCookie = await step("signing in the saver", () => signIn(baseURL, signInEndpoint!, seeded.saverEmail, BENCH_PASSWORD));
    // A large page under 16 connections on two cores takes longer than autocannon's 10 s default.
    const page = (name: string, url: string, connections = CONNECTIONS, timeoutSeconds = 30): LoadTarget => ({
      name,
      path: url,
      connections,
      headers: readerCookie ? { Cookie: readerCookie } : {},
      timeoutSeconds,
    });
    const { smallProjectId: small, largeProjectId: large } = seeded;
    const targets: LoadTarget[] = [
      { name: "bare route handler", path: "/api/health", connections: CONNECTIONS },
      page("dashboard", "/projects"),
      page("step 4, small plan", `/projects/${small}/personas`),
      page("step 4, large plan", `/projects/${large}/personas`),
      ...(saveEndpoint && saverCookie
        ? [demographicsSaveTarget(saveEndpoint, seeded.saveProjectIds.slice(0, 2 * CONNECTIONS), saverCookie, baseURL)]
        : []),
      page("plan overview, small plan", `/projects/${small}/plan`),
      page("plan overview, large plan", `/projects/${large}/plan`),
      // A PDF takes seconds: fewer connections, and at least 20 s so that some complete.
      { ...page("PDF download, small plan", `/projects/${small}/plan/download?format=pdf`, 4, 60), minDurationSeconds: 20 },
      { ...page("PDF download, large plan", `/projects/${large}/plan/download?format=pdf`, 2, 60), minDurationSeconds: 20 },
      { name: "bare route handler, overload", path: "/api/health", connections: OVERLOAD_CONNECTIONS },
      // The large step page is too slow for 64 connections to finish within the window.
      page("dashboard, overload", "/projects", OVERLOAD_CONNECTIONS),
    ];
    if (!saveEndpoint) failures.push("no save-demographics action in the build's manifest: the save row was skipped");
    for (const { name } of targets)
      if (!SERVER_PARTS.includes(name))
        failures.push(`load row "${name}" is missing from SERVER_PARTS: BENCH_ONLY naming it would skip the server`);
    for (const target of targets.filter((t) => wanted(t.name))) {
      const seconds = Math.max(DURATION, target.minDurationSeconds ?? 0);
      const result = await step(`load: ${target.name} (${target.connections} connections, ${seconds} s)`, () =>
        load(baseURL, target, seconds),
      );
      if (!result) continue;
      if (target.method === "POST") {
        const refused = failedSaves.splice(0);
        result.errors += refused.length;
        if (refused.length)
          failures.push(`${target.name}: ${refused.length} saves refused, the first: ${refused[0]!.replace(/\s+/g, " ")}`);
      }
      results.push(result);
      log(
        `  ${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
      );
    }
    if (readerCookie && wanted("pdf renders")) {
      pdfRenders =
        (await step(`pdf renders: /api/health while 4 large-plan PDFs render, ${DURATION} s a window`, () =>
          runPdfRendersBench({ baseURL, databaseUrl, cookie: readerCookie!, projectId: large, seconds: DURATION, log }),
        )) ?? null;
    }
    if (saveEndpoint && saverCookie && wanted("load test")) {
      loadTest = await step(`load test: step 4 and saves, ${OVERLOAD_CONNECTIONS} connections each, ${LOAD_TEST_SECONDS} s`, () =>
        runLoadTest({
          baseURL,
          databaseUrl,
          page: page("load test: step 4, small plan", `/projects/${small}/personas`, OVERLOAD_CONNECTIONS),
          saveEndpoint,
          projectIds: seeded.saveProjectIds.slice(2 * CONNECTIONS),
          cookie: saverCookie,
          connections: OVERLOAD_CONNECTIONS,
          seconds: LOAD_TEST_SECONDS,
        }),
      );
      if (loadTest) {
        results.push(loadTest.page, loadTest.save);
        const { rows } = loadTest;
        log(
          `  ${loadTest.page.rps.toFixed(1)} pages/s and ${loadTest.save.rps.toFixed(1)} saves/s, errors ${loadTest.page.errors + loadTest.save.errors}`,
        );
        log(`  rows: ${rows.savesAnswered} saves answered ok on ${rows.projects} projects, ${rows.mismatches.length} mismatches`);
        if (rows.mismatches.length)
          failures.push(`load test: ${rows.mismatches.length} projects disagree with the saves answered, the first: ${rows.mismatches[0]}`);
        if (loadTest.refusedSaves.length)
          failures.push(
            `load test: ${loadTest.refusedSaves.length} saves refused, the first: ${loadTest.refusedSaves[0]!.replace(/\s+/g, " ")}`,
          );
      }
    }
    const bare = results.find((r) => r.path === "/api/health" && r.connections === CONNECTIONS);
    for (const r of results) if (bare?.rps) r.share = (100 * r.rps) / bare.rps;
  }

  const js =
    built && wanted("js")
      ? ((await step("first-load JS from the build's diagnostics", async () => firstLoadJs(ROOT, DIST_DIR))) ?? [])
      : [];
  const lighthouse =
    baseURL && seeded && readerCookie && wanted("lighthouse")
      ? ((await step("Lighthouse on step 4 of the small plan", () =>
          runLighthouse(`${baseURL}/projects/${seeded.smallProjectId}/personas`, readerCookie!),
        )) ?? null)
      : null;

  const pageViews =
    baseURL && seeded && readerCookie && wanted("browser")
      ? ((await step("requests per page view in Chromium", () =>
          countPageViewRequests(baseURL, readerCookie!, [
            { name: "dashboard", path: "/projects" },
            { name: "step 4, small plan", path: `/projects/${seeded.smallProjectId}/personas` },
            { name: "plan overview, small plan", path: `/projects/${seeded.smallProjectId}/plan` },
          ]),
        )) ?? [])
      : [];

  // Last of all the server does, so that no row or page view runs on a server holding what the
  // import left behind.
  const customerImport =
    baseURL && seeded && wanted("customer import")
      ? ((await step(`customer import: ${IMPORT_LINES} lines, /api/health alongside`, async () => {
          const actions = readActionEndpoints(ROOT);
          const signInEndpoint = actions.get("lib/actions/sign-in.ts#signInAction");
          if (!signInEndpoint) throw new Error("no sign-in action in the build's manifest");
          return runCustomerImportBench({
            baseURL,
            actions: customerImportActions(actions),
            cookie: await signIn(baseURL, signInEndpoint, seeded.importerEmail, BENCH_PASSWORD),
            projectId: seeded.importProjectId,
            serverRootPid: server!.pid!,
            port,
            idleSeconds: 2 * DURATION,
            log,
          });
        })) ?? null)
      : null;

  const report: BenchReport = {
    startedAt,
    durationSeconds: DURATION,
    // Other work on the machine moves every figure: the load average says how busy it was.
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.versions.node}, load average ${os.loadavg()[0]!.toFixed(1)} at the end (${startLoad} at the start)`,
    database: !serverWanted
      ? "no PostgreSQL (exports only)"
      : createdDatabase
        ? "a fresh PostgreSQL database"
        : "PostgreSQL from DATABASE_URL",
    // Ids change every run: the table names the plans instead.
    load: results.map((r) => ({
      ...r,
      path: r.path
        .replace(seeded?.smallProjectId ?? "-", "<small>")
        .replace(seeded?.largeProjectId ?? "-", "<large>")
        .replace(/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/, "<id>"),
    })),
    js,
    lighthouse,
    loadTestRows: loadTest?.rows ?? null,
    pageViews: pageViews.map((v) => ({ ...v, path: v.path.replace(seeded?.smallProjectId ?? "-", "<small>") })),
    customerImport,
    customerFileCheck,
    exports,
    pdfRenders,
    failures,
  };
  writeFileSync(path.join(OUT_DIR, "latest.json"), JSON.stringify(report, null, 2) + "\n");
  writeFileSync(path.join(OUT_DIR, "latest.md"), toMarkdown(report));
  log(`wrote bench-results/latest.json and bench-results/latest.md${failures.length ? ` (${failures.length} failures)` : ""}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    failures.push(String(error));
    console.error("[bench] failed:", error);
  })
  .finally(async () => {
    await cleanup();
    process.exit(failures.length ? 1 : 0);
  });
