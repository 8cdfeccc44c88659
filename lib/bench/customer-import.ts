// The benchmark's "customer import" part: 100,000 purchase lines sent to the served app as
// the browser sends a checked file (start, batches of MAX_BATCH_LINES one after another,
// finish), timed end to end, with the server's RSS sampled throughout. All along a few
// connections ask for /api/health at a steady rate (steady-health.ts), and its latency while
// the import runs is compared with the same length of time on the idle server right before:
// an import that held the event loop would show there.
import { randomUUID } from "node:crypto";
import { decodeActionResponse, type ActionEndpoint } from "@/e2e/support/server-actions";
import type { PurchaseLine } from "@/lib/customers/purchase-line";
import { samplePurchaseLines } from "@/lib/customers/sample-purchases";
import { MAX_BATCH_LINES } from "@/lib/validation/customer-import";
import { readMemory, sampleRss, serverPid, type RssSampler } from "./server-memory";
import { steadyHealth, type HealthLatency } from "./steady-health";

export const IMPORT_LINES = 100_000;
/** Fixed, so that the same lines (dates included) are sent in every run. */
const TODAY = "2026-06-30";
const SEED = 16;
const HEALTH_CONNECTIONS = 4;
/** The health load's first seconds warm its route and connections, as every load row's do. */
const WARM_UP_SECONDS = 3;
/** Requests per second in all: other users' traffic, not a load test that would starve the import. */
const HEALTH_RATE = 50;

export interface CustomerImportActions {
  start: ActionEndpoint;
  append: ActionEndpoint;
  finish: ActionEndpoint;
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
  /** The page the actions were posted to ({projectId} left in): a finish re-renders it. */
  via: string;
  /** The customers page read once right after the finish, as the browser's refresh does; not in `seconds`. */
  pageMs: number;
  pageKb: number;
  /** False when no process in the server's tree held the port: then the figures are the root process's. */
  serverPidFound: boolean;
  rssBeforeMb: number;
  /** The highest RSS of the samples taken every 100 ms during the import. */
  rssPeakMb: number;
  rssAfterMb: number;
  /** VmHWM after the import: the server's peak RSS over its whole life, earlier rows included. */
  hwmMb: number;
  rssSamples: number;
  /** The idle window is as long as the import, up to the idle seconds measured. */
  health: {
    connections: number;
    rate: number;
    maxIdleSeconds: number;
    idle: HealthLatency;
    duringImport: HealthLatency;
    /** The last part of duringImport: a finish re-renders the page it was posted to. */
    duringFinish: HealthLatency;
  };
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
async function callAction<T>(baseURL: string, cookie: string, endpoint: ActionEndpoint, projectId: string, body: string): Promise<T> {
  const response = await fetch(new URL(endpoint.page.replace("{projectId}", projectId), baseURL), {
    method: "POST",
    headers: {
      Cookie: cookie,
      Origin: baseURL,
      "Next-Action": endpoint.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    body,
    redirect: "manual",
  });
  const answer = Buffer.from(await response.arrayBuffer());
  const decoded = decodeActionResponse(response.status, Object.fromEntries(response.headers), answer);
  const result = decoded.result as ActionResult<T> | undefined;
  if (result?.ok) return result.data;
  const why = result
    ? `${result.formError} ${JSON.stringify(result.fieldErrors ?? {})}`
    : `HTTP ${decoded.status} ${answer.toString("utf8", 0, 200)}`;
  throw new Error(`${endpoint.page}: the action refused (${why})`);
}

/** One GET of a page as its owner, timed to the last byte: what the owner sees once the import is done. */
async function readPage(address: string, cookie: string): Promise<{ ms: number; kb: number }> {
  const began = performance.now();
  const response = await fetch(address, { headers: { Cookie: cookie, "accept-encoding": "gzip" }, redirect: "manual" });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${address} answered HTTP ${response.status}`);
  return { ms: performance.now() - began, kb: body.byteLength / 1024 };
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
  /** The idle server's health latency is measured over as long as the import took, up to this. */
  idleSeconds: number;
  log: (message: string) => void;
}): Promise<CustomerImportReport> {
  const lines = benchPurchaseLines();
  // Serialised up front: the health load's answers arrive on this event loop, and 2,000 lines
  // stringified in the middle of it would add to their times.
  const batches: string[] = [];
  for (let at = 0; at < lines.length; at += MAX_BATCH_LINES) batches.push(JSON.stringify(lines.slice(at, at + MAX_BATCH_LINES)));
  const batchKb = batches.reduce((sum, batch) => sum + batch.length, 0) / batches.length / 1024;
  const call = <T>(endpoint: ActionEndpoint, body: string) => callAction<T>(baseURL, cookie, endpoint, projectId, body);
  const json = JSON.stringify;
  const { pid, found } = serverPid(serverRootPid, port);
  log(`  server pid ${pid}${found ? "" : " (no process in its tree listens on the port: the root's figures)"}`);

  const health = steadyHealth(baseURL, HEALTH_CONNECTIONS, HEALTH_RATE);
  let sampler: RssSampler | undefined;
  let memory = { peakMb: NaN, samples: 0 };
  const appendMs: number[] = [];
  let rssBeforeMb = NaN;
  let startMs = 0;
  let finishMs = 0;
  let began = NaN;
  let finishing = NaN;
  let ended = NaN;
  let page = { ms: NaN, kb: NaN };
  try {
    await new Promise((resolve) => setTimeout(resolve, (WARM_UP_SECONDS + idleSeconds) * 1000));
    rssBeforeMb = readMemory(pid).rssMb;
    sampler = sampleRss(pid);
    began = performance.now();
    const { importId } = await call<{ importId: string }>(
      actions.start,
      json([projectId, { fileName: "bench-100000-lines.csv", mode: "replace", expectedLines: lines.length }]),
    );
    startMs = performance.now() - began;
    for (const batch of batches) {
      const sent = performance.now();
      // A fresh saveId per batch, as the browser sends one so that a retried batch is stored once.
      const body = `[${json(projectId)},{"importId":${json(importId)},"lines":${batch}},{"saveId":"${randomUUID()}"}]`;
      await call<{ importedLines: number }>(actions.append, body);
      appendMs.push(performance.now() - sent);
    }
    finishing = performance.now();
    const { importedLines } = await call<{ importedLines: number }>(actions.finish, json([projectId, { importId }]));
    ended = performance.now();
    finishMs = ended - finishing;
    if (importedLines !== lines.length) throw new Error(`the finish counted ${importedLines} lines, not ${lines.length}`);
    page = await readPage(`${baseURL}/projects/${projectId}/customers`, cookie);
  } finally {
    if (sampler) memory = sampler.stop();
    await health.stop();
  }
  const after = readMemory(pid);
  const seconds = (ended - began) / 1000;
  const idleMs = Math.min(ended - began, idleSeconds * 1000);
  const idle = health.window(began - idleMs, began);
  const duringImport = health.window(began, ended);
  const duringFinish = health.window(finishing, ended);
  log(
    `  ${seconds.toFixed(1)} s, ${(lines.length / seconds).toFixed(0)} lines/s; RSS ${rssBeforeMb.toFixed(0)} → peak ${memory.peakMb.toFixed(0)} MiB (VmHWM ${after.hwmMb.toFixed(0)}); /api/health p99 ${idle.p99.toFixed(1)} ms idle, ${duringImport.p99.toFixed(1)} ms during`,
  );
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
    via: actions.append.page,
    pageMs: page.ms,
    pageKb: page.kb,
    serverPidFound: found,
    rssBeforeMb,
    rssPeakMb: memory.peakMb,
    rssAfterMb: after.rssMb,
    hwmMb: after.hwmMb,
    rssSamples: memory.samples,
    health: { connections: HEALTH_CONNECTIONS, rate: HEALTH_RATE, maxIdleSeconds: idleSeconds, idle, duringImport, duringFinish },
  };
}

const n = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The part's section of latest.md. */
export function customerImportMarkdown(report: CustomerImportReport | null): string[] {
  const lines = [`## Customer import (${n(IMPORT_LINES)} lines over HTTP, batches of ${n(MAX_BATCH_LINES)})`, ""];
  if (!report) return [...lines, "Not measured."];
  const r = report;
  const { idle, duringImport, duringFinish } = r.health;
  const health = (name: string, h: HealthLatency) =>
    `| ${name} | ${n(h.seconds, 1)} | ${n(h.requests)} | ${n(h.rps, 1)} | ${n(h.p50, 1)} | ${n(h.p99, 1)} | ${n(h.max, 1)} | ${h.failed} |`;
  return [
    ...lines,
    `Start, ${r.batches} appends of about ${n(r.batchKb)} kB each and the finish, one after another as the browser sends them, signed in as a project's owner, posted to \`${r.via}\` (a finish re-renders it). Then the customers page is read once, as the browser's refresh does; that is not in the seconds.`,
    "",
    "| lines | seconds | lines/s | start ms | append median ms | append max ms | finish ms | customers page ms | page kB |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${n(r.lines)} | ${n(r.seconds, 1)} | ${n(r.linesPerSecond)} | ${n(r.startMs)} | ${n(r.appendMedianMs)} | ${n(r.appendMaxMs)} | ${n(r.finishMs)} | ${n(r.pageMs)} | ${n(r.pageKb, 1)} |`,
    "",
    `The server's resident memory${r.serverPidFound ? "" : " (of the process started, since none in its tree was found listening)"}: before the import, its peak during it and the page read (${n(r.rssSamples)} samples, one every 100 ms), after them, and VmHWM, the peak over the server's life.`,
    "",
    "| RSS before MiB | peak during MiB | after MiB | VmHWM MiB |",
    "|---:|---:|---:|---:|",
    `| ${n(r.rssBeforeMb)} | ${n(r.rssPeakMb)} | ${n(r.rssAfterMb)} | ${n(r.hwmMb)} |`,
    "",
    `\`/api/health\` at ${r.health.rate} req/s over ${r.health.connections} connections all along: the seconds the import took, and as long (up to ${r.health.maxIdleSeconds} s) on the idle server right before it. Each request's own time in ms, by when it was sent; \`failed\` counts errors and non-2xx answers.`,
    "",
    "| /api/health | seconds | requests | req/s | p50 | p99 | max | failed |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    health("idle server", idle),
    health("during the import", duringImport),
    health("of which the finish", duringFinish),
  ];
}
