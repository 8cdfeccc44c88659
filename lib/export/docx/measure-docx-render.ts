import { readFileSync } from "node:fs";
import type { PlanExport } from "@/lib/export/plan-export";
import { docxExportText, zipEntry } from "./docx-testing";
import { renderPlanDocx } from "./render-plan-docx";

// Run by the test in a process of its own (node --expose-gc --import tsx <this file> <plan.json>),
// so the memory it reports is one render's, not the test runner's with its database.

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MB = 1024 * 1024;

async function main(path: string) {
  // JSON has no dates: timestamps come back as strings and are turned back into Dates.
  const data = JSON.parse(readFileSync(path, "utf8"), (_, value) =>
    typeof value === "string" && TIMESTAMP.test(value) ? new Date(value) : value,
  ) as PlanExport;
  const text = await docxExportText(data.locale);
  // maxRSS only ever grows and loading the modules sets it, so the render's own cost is read as
  // growth from a collected heap; memory is rarely handed back mid-render, so the readings
  // straight after it are close to its peak.
  global.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const docx = await renderPlanDocx(data, text);
  const ms = performance.now() - started;
  const after = process.memoryUsage();
  process.stdout.write(
    JSON.stringify({
      ms,
      documentXmlLength: zipEntry(docx, "word/document.xml").toString("utf8").length,
      rssGrowthMb: (after.rss - before.rss) / MB,
      heapGrowthMb: (after.heapUsed - before.heapUsed) / MB,
      // resourceUsage reports kibibytes.
      processPeakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

void main(process.argv[2]!);
