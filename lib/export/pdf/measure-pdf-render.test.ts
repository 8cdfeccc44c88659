import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportText } from "@/lib/export/export-text";
import type { PlanExport } from "@/lib/export/plan-export";
import { renderPlanPdf } from "./render-plan-pdf";

// Run only by render-plan-pdf.test.ts, in a vitest process of its own with PDF_MEASURE_PLAN
// naming a plan saved as JSON: the memory it reports is then the renderer's, not that of a
// test process holding a database. (A plain `node --import tsx` child cannot load
// @react-pdf/renderer: one of its packages exports its files to `import` only.)

const planFile = process.env.PDF_MEASURE_PLAN;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MB = 1024 * 1024;

describe.skipIf(!planFile)("PDF render in a process of its own", () => {
  it("renders the saved plan and reports time and memory", async () => {
    // JSON has no dates: timestamps come back as strings and are turned back into Dates.
    const data = JSON.parse(readFileSync(planFile!, "utf8"), (_, value) =>
      typeof value === "string" && TIMESTAMP.test(value) ? new Date(value) : value,
    ) as PlanExport;
    const text = await exportText(data.locale);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage();
    const peakBefore = process.resourceUsage().maxRSS;
    let started = performance.now();
    const pdf = await renderPlanPdf(data, text);
    const coldMs = performance.now() - started;
    const afterCold = process.memoryUsage();
    const peakAfterCold = process.resourceUsage().maxRSS;
    const warm: number[] = [];
    const warmCpu: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      // CPU time next to wall time: on a busy machine the first says what the render costs.
      const cpu = process.cpuUsage();
      started = performance.now();
      await renderPlanPdf(data, text);
      warm.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      warmCpu.push((used.user + used.system) / 1000);
    }
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    console.log(
      `PDF_MEASURE ${JSON.stringify({
        coldMs,
        warmMedianMs: [...warm].sort((a, b) => a - b)[1],
        warmMedianCpuMs: [...warmCpu].sort((a, b) => a - b)[1],
        bytes: pdf.length,
        rssGrowthMb: (afterCold.rss - before.rss) / MB,
        heapGrowthMb: (afterCold.heapUsed - before.heapUsed) / MB,
        // resourceUsage reports kibibytes; the peak before includes vitest and the loaded modules.
        peakRssBeforeMb: peakBefore / 1024,
        peakRssAfterColdMb: peakAfterCold / 1024,
        peakRssAfterMb: process.resourceUsage().maxRSS / 1024,
      })}`,
    );
  }, 120_000);
});
