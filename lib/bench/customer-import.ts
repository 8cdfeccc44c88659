// The benchmark's "customer import" part: 100,000 purchase lines sent to the served app as
// the browser sends a checked file (start, batches of MAX_BATCH_LINES one after another,
// finish), timed end to end, with the server's RSS sampled throughout. Meanwhile a few
// connections ask for /api/health at a steady rate, as load balancers and other users would,
// and their latency is compared with the same load on the idle server just before: an import
// that held the event loop would show there.
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { decodeActionResponse, type ActionEndpoint } from "@/e2e/support/server-actions";
import type { PurchaseLine } from "@/lib/customers/purchase-line";
import { samplePurchaseLines } from "@/lib/customers/sample-purchases";
import { MAX_BATCH_LINES } from "@/lib/validation/customer-import";
import { readMemory, sampleRss, serverPid } from "./server-memory";

export const IMPORT_LINES = 100_000;
/** Fixed, so that the same lines (dates included) are sent in every run. */
const TODAY = "2026-06-30";
const SEED = 16;
const HEALTH_CONNECTIONS = 4;
/** Requests per second in all: other users' traffic, not a load test that would starve the import. */
const HEALTH_RATE = 50;

export interface CustomerImportActions {
  start: ActionEndpoint;
  append: ActionEndpoint;
  finish: ActionEndpoint;
}

export interface HealthLatency {
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Errors, timeouts and non-2xx answers. */
  failed: number;
}

export interface CustomerImportReport {
  lines: number;
  batches: number;
  /** Start to the finish's answer, in seconds. */
  seconds: number;
  linesPerSecond: number;
  startMs: number;
  appendMedianMs: number;
  appendMaxMs: number;
  finishMs: number;
  /** One append's request body, on average. */
  batchKb: number;
  /** False when no process in the server's tree held the port: then the figures are the root process's. */
  serverPidFound: boolean;
  rssBeforeMb: number;
  /** The highest RSS of the samples taken every 100 ms during the import. */
  rssPeakMb: number;
  rssAfterMb: number;
  /** VmHWM after the import: the server's peak RSS over its whole life, earlier rows included. */
  hwmMb: number;
  rssSamples: number;
  health: { connections: number; rate: number; idle: HealthLatency; duringImport: HealthLatency };
}

/** The three actions in this build, or an error naming the ones no page imports. */
export function customerImportActions(endpoints: Map<string, ActionEndpoint>): CustomerImportActions {
  const find = (name: string) => endpoints.get(`lib/actions/customer-import.ts#${name}`);
  const found = {
    start: find("startCustomerImportAction"),
    append: find("appendCustomerLinesAction"),
    finish: find("finishCustomerImportAction"),
  };
  const missing = Object.entries(found).filter(([, endpoint]) => !endpoint);
  if (missing.length) throw new Error(`no page of the build imports the customer-import actions (${missing.map(([k]) => k).join(", ")})`);
  return found as CustomerImportActions;
}

/** Exactly `count` seeded lines, about 2.4 per customer, skewed like a shop's. */
export function benchPurchaseLines(count = IMPORT_LINES): PurchaseLine[] {
  for (let customers = Math.ceil(count / 2.3); ; customers = Math.ceil(customers * 1.1)) {
    const lines = samplePurchaseLines({ customers, seed: SEED, today: TODAY });
    if (lines.length >= count) return lines.slice(0, count);
  }
}

type ActionResult<T> = { ok: true; data: T } | { ok: false; formError: string; fieldErrors?: Record<string, string> };

/** Calls a server action as the browser does and answers its data, or throws what it refused. */
async function callAction<T>(baseURL: string, cookie: string, endpoint: ActionEndpoint, projectId: string, args: unknown[]): Promise<T> {
  const response = await fetch(new URL(endpoint.page.replace("{projectId}", projectId), baseURL), {
    method: "POST",
    headers: {
      Cookie: cookie,
      Origin: baseURL,
      "Next-Action": endpoint.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  const body = Buffer.from(await response.arrayBuffer());
  const decoded = decodeActionResponse(response.status, Object.fromEntries(response.headers), body);
  const result = decoded.result as ActionResult<T> | undefined;
  if (result?.ok) return result.data;
  const why = result
    ? `${result.formError} ${JSON.stringify(result.fieldErrors ?? {})}`
    : `HTTP ${decoded.status} ${body.toString("utf8", 0, 200)}`;
  throw new Error(`${endpoint.page}: the action refused (${why})`);
}

/** GET /api/health at HEALTH_RATE until `stop()` (or for `seconds`), then its latency. */
function healthLoad(baseURL: string, seconds?: number): { stop: () => void; result: Promise<HealthLatency> } {
  let instance: autocannon.Instance | undefined;
  const result = new Promise<HealthLatency>((resolve, reject) => {
    instance = autocannon(
      {
        url: `${baseURL}/api/health`,
        connections: HEALTH_CONNECTIONS,
        overallRate: HEALTH_RATE,
        // Open-ended runs end with stop(); an hour is only a bound should that never come.
        duration: seconds ?? 3600,
        headers: { "accept-encoding": "gzip" },
      },
      (error, r) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        // With a fixed rate, autocannon counts a late request's wait too (coordinated omission).
        resolve({
          seconds: r.duration,
          requests: r.requests.total,
          rps: r.requests.total / r.duration,
          p50: r.latency.p50,
          p99: r.latency.p99,
          max: r.latency.max,
          failed: r.errors + r.timeouts + r.non2xx,
        });
      },
    );
  });
  return { stop: () => instance?.stop(), result };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function runCustomerImportBench({
  baseURL,
  actions,
  cookie,
  projectId,
  serverRootPid,
  port,
  idleSeconds,
  log,
}: {
  baseURL: string;
  actions: CustomerImportActions;
  cookie: string;
  projectId: string;
  serverRootPid: number;
  port: number;
  /** How long the idle server's health latency is measured for, before the import. */
  idleSeconds: number;
  log: (message: string) => void;
}): Promise<CustomerImportReport> {
  const lines = benchPurchaseLines();
  const batches: PurchaseLine[][] = [];
  for (let at = 0; at < lines.length; at += MAX_BATCH_LINES) batches.push(lines.slice(at, at + MAX_BATCH_LINES));
  const batchKb = batches.reduce((sum, batch) => sum + JSON.stringify(batch).length, 0) / batches.length / 1024;
  const { pid, found } = serverPid(serverRootPid, port);
  log(`  server pid ${pid}${found ? "" : " (no process in its tree listens on the port: the root's figures)"}`);

  // Warm the health route and its connections first, as every load row does.
  await healthLoad(baseURL, 3).result;
  const idle = await healthLoad(baseURL, idleSeconds).result;
  log(`  idle: /api/health p50 ${idle.p50} ms, p99 ${idle.p99} ms at ${idle.rps.toFixed(1)} req/s`);

  const rssBeforeMb = readMemory(pid).rssMb;
  const sampler = sampleRss(pid);
  const health = healthLoad(baseURL);
  const appendMs: number[] = [];
  let startMs = 0;
  let finishMs = 0;
  let memory = { peakMb: NaN, samples: 0 };
  const began = performance.now();
  try {
    const { importId } = await callAction<{ importId: string }>(baseURL, cookie, actions.start, projectId, [
      projectId,
      { fileName: "bench-100000-lines.csv", mode: "replace", expectedLines: lines.length },
    ]);
    startMs = performance.now() - began;
    for (const batch of batches) {
      const sent = performance.now();
      // A fresh saveId per batch, as the browser sends one so that a retried batch is stored once.
      await callAction<{ importedLines: number }>(baseURL, cookie, actions.append, projectId, [
        projectId,
        { importId, lines: batch },
        { saveId: randomUUID() },
      ]);
      appendMs.push(performance.now() - sent);
    }
    const finishing = performance.now();
    const { importedLines } = await callAction<{ importedLines: number }>(baseURL, cookie, actions.finish, projectId, [
      projectId,
      { importId },
    ]);
    finishMs = performance.now() - finishing;
    if (importedLines !== lines.length) throw new Error(`the finish counted ${importedLines} lines, not ${lines.length}`);
  } finally {
    health.stop();
    memory = sampler.stop();
  }
  const seconds = (performance.now() - began) / 1000;
  const after = readMemory(pid);
  const duringImport = await health.result;
  return {
    lines: lines.length,
    batches: batches.length,
    seconds,
    linesPerSecond: lines.length / seconds,
    startMs,
    appendMedianMs: median(appendMs),
    appendMaxMs: Math.max(...appendMs),
    finishMs,
    batchKb,
    serverPidFound: found,
    rssBeforeMb,
    rssPeakMb: memory.peakMb,
    rssAfterMb: after.rssMb,
    hwmMb: after.hwmMb,
    rssSamples: memory.samples,
    health: { connections: HEALTH_CONNECTIONS, rate: HEALTH_RATE, idle, duringImport },
  };
}

const n = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The part's section of latest.md. */
export function customerImportMarkdown(report: CustomerImportReport | null): string[] {
  const lines = [`## Customer import (${n(IMPORT_LINES)} lines over HTTP, batches of ${n(MAX_BATCH_LINES)})`, ""];
  if (!report) return [...lines, "Not measured."];
  const r = report;
  const { idle, duringImport } = r.health;
  const health = (name: string, h: HealthLatency) =>
    `| ${name} | ${n(h.seconds, 1)} | ${n(h.requests)} | ${n(h.rps, 1)} | ${h.p50} | ${h.p99} | ${h.max} | ${h.failed} |`;
  return [
    ...lines,
    `Start, ${r.batches} appends of about ${n(r.batchKb)} kB each and the finish, one after another as the browser sends them, signed in as a project's owner.`,
    "",
    "| lines | seconds | lines/s | start ms | append median ms | append max ms | finish ms |",
    "|---:|---:|---:|---:|---:|---:|---:|",
    `| ${n(r.lines)} | ${n(r.seconds, 1)} | ${n(r.linesPerSecond)} | ${n(r.startMs)} | ${n(r.appendMedianMs)} | ${n(r.appendMaxMs)} | ${n(r.finishMs)} |`,
    "",
    `The server's resident memory${r.serverPidFound ? "" : " (of the process started, since none in its tree was found listening)"}: before the import, its peak during it (${n(r.rssSamples)} samples, one every 100 ms), after it, and VmHWM, the peak over the server's life.`,
    "",
    "| RSS before MiB | peak during MiB | after MiB | VmHWM MiB |",
    "|---:|---:|---:|---:|",
    `| ${n(r.rssBeforeMb)} | ${n(r.rssPeakMb)} | ${n(r.rssAfterMb)} | ${n(r.hwmMb)} |`,
    "",
    `\`/api/health\` at ${r.health.rate} req/s over ${r.health.connections} connections, on the idle server right before the import and while it runs (latency in ms, with the wait of requests sent late counted):`,
    "",
    "| /api/health | seconds | requests | req/s | p50 | p99 | max | failed |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    health("idle server", idle),
    health("during the import", duringImport),
  ];
}
