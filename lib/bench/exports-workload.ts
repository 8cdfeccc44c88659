// The work of the benchmark's exports part, loaded by exports-child.ts through Vitest's
// module runner (see there why). It never runs in the unit suite: its name ends in .ts, not
// .test.ts, and nothing there imports it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getDocumentProxy } from "unpdf";
import { setConnectionForTests } from "@/db/client";
import { openMemoryConnection } from "@/db/connect";
import { applyMigrations } from "@/db/migrations-runner";
import { exportText } from "@/lib/export/export-text";
import type { ExportFormat, PlanExport } from "@/lib/export/plan-export";
import { loadPlanWriter, renderPlanExport } from "@/lib/export/render-plan-export";
import { EXPORT_LARGE_PLAN, EXPORT_SMALL_PLAN, exportFixture, setCampaignDates } from "@/lib/testing/export-fixture";

const MB = 1024 * 1024;
const WARM_RUNS = 5;
export const PLAN_FILE = "large-plan.json";

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** What reading the large plan costs, measured where it is seeded (an in-memory PGlite). */
export interface PrepareResult {
  size: typeof EXPORT_LARGE_PLAN;
  readMedianMs: number;
  readRuns: number;
  samples: string[];
}

/**
 * Seeds the large plan in an in-memory PGlite, times reading it back for download, saves it
 * as JSON for the render processes, and writes two PDFs to look at: the small plan with the
 * hostile strings, and the large one with its campaigns spread over the year.
 */
export async function preparePlans(dir: string): Promise<PrepareResult> {
  mkdirSync(dir, { recursive: true });
  const connection = await openMemoryConnection();
  try {
    await applyMigrations(connection);
    setConnectionForTests(connection);
    const { db } = connection;
    const large = await exportFixture(db, { size: EXPORT_LARGE_PLAN });
    await large.reload(); // warm-up
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const started = performance.now();
      await large.reload();
      times.push(performance.now() - started);
    }
    writeFileSync(path.join(dir, PLAN_FILE), JSON.stringify(large.data));

    const text = await exportText("en");
    const small = await exportFixture(db, { size: { ...EXPORT_SMALL_PLAN, contentIdeas: 9 }, hostile: true });
    // For the eye: campaigns over the year, a few without dates or with one date only.
    const campaigns = large.data.plan.campaigns.flatMap((g) => g.campaigns);
    for (const [i, c] of campaigns.entries()) {
      const month = String((i % 12) + 1).padStart(2, "0");
      const startsOn = i % 9 === 8 ? null : `2026-${month}-0${(i % 7) + 1}`;
      const endsOn = i % 9 === 8 || i % 11 === 10 ? null : `2026-${month}-2${i % 8}`;
      await setCampaignDates(db, c.id, startsOn, endsOn);
    }
    const samples = { "plan-small.pdf": small.data, "plan-large.pdf": await large.reload() };
    for (const [file, data] of Object.entries(samples)) writeFileSync(path.join(dir, file), await renderPlanExport("pdf", data, text));
    return { size: EXPORT_LARGE_PLAN, readMedianMs: median(times), readRuns: times.length, samples: Object.keys(samples) };
  } finally {
    await connection.close();
  }
}

export interface RenderResult {
  format: ExportFormat;
  /** The first render, fonts included for a PDF. */
  coldMs: number;
  coldCpuMs: number;
  warmMedianMs: number;
  warmMedianCpuMs: number;
  warmRuns: number;
  bytes: number;
  /** PDF only: the number of pages. */
  pages: number | null;
  /** Growth over the first render, from a collected heap. */
  rssGrowthMb: number;
  heapGrowthMb: number;
  /** Highest RSS of this process before the first render (the module loader and the writer's modules) and at the end. */
  peakRssBeforeMb: number;
  peakRssAfterMb: number;
}

/** Renders the saved plan in one format, once cold and WARM_RUNS times warm, in this process. */
export async function renderFormat(format: ExportFormat, dir: string): Promise<RenderResult> {
  // JSON has no dates: timestamps come back as strings and are turned back into Dates.
  const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
  const data = JSON.parse(readFileSync(path.join(dir, PLAN_FILE), "utf8"), (_, value: unknown) =>
    typeof value === "string" && timestamp.test(value) ? new Date(value) : value,
  ) as PlanExport;
  const text = await exportText(data.locale);
  // Loading the writer's modules is not the render's cost; the fonts a first PDF loads are.
  const write = await loadPlanWriter(format);
  const size = (body: Uint8Array | string) => (typeof body === "string" ? Buffer.byteLength(body) : body.length);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS;
  const cpuAtStart = process.cpuUsage();
  let started = performance.now();
  const first = await write(data, text);
  const coldMs = performance.now() - started;
  const coldCpu = process.cpuUsage(cpuAtStart);
  const afterCold = process.memoryUsage();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    // CPU time next to wall time: on a busy machine the first says what the render costs.
    const usage = process.cpuUsage();
    started = performance.now();
    await write(data, text);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(usage);
    cpu.push((used.user + used.system) / 1000);
  }
  const pages = typeof first === "string" || format !== "pdf" ? null : (await getDocumentProxy(new Uint8Array(first))).numPages;
  return {
    format,
    coldMs,
    coldCpuMs: (coldCpu.user + coldCpu.system) / 1000,
    warmMedianMs: median(wall),
    warmMedianCpuMs: median(cpu),
    warmRuns: WARM_RUNS,
    bytes: size(first),
    pages,
    rssGrowthMb: (afterCold.rss - before.rss) / MB,
    heapGrowthMb: (afterCold.heapUsed - before.heapUsed) / MB,
    // resourceUsage reports kibibytes.
    peakRssBeforeMb: peakBefore / 1024,
    peakRssAfterMb: process.resourceUsage().maxRSS / 1024,
  };
}
