// The benchmark's "exports" part (BENCH_ONLY=exports runs it alone, without building or
// serving the app): the large plan (12 offerings, 48 personas, 200 content ideas, 40
// campaigns) read for download, then rendered in each format, each in a process of its own
// so that the memory it reports is the render's. It writes the plan it rendered and two PDFs
// to look at into bench-results/exports/.
import path from "node:path";
import { EXPORT_FORMATS } from "@/lib/export/plan-export";
import { childResult } from "./child-result";
import type { PrepareResult, RenderResult } from "./exports-workload";

export interface ExportsReport {
  directory: string;
  prepare: PrepareResult;
  renders: RenderResult[];
}

/** Runs exports-child.ts and returns the result it printed. */
const child = <T>(nodeFlags: string[], args: string[]) => childResult<T>("lib/bench/exports-child.ts", "EXPORTS_RESULT", nodeFlags, args);

export async function runExportsBench(outDir: string, log: (message: string) => void): Promise<ExportsReport> {
  const directory = path.join(outDir, "exports");
  const prepare = await child<PrepareResult>([], ["prepare", directory]);
  log(`  read for download in ${prepare.readMedianMs.toFixed(1)} ms (median of ${prepare.readRuns}), on an in-memory PGlite`);
  const renders: RenderResult[] = [];
  for (const format of EXPORT_FORMATS) {
    const result = await child<RenderResult>(["--expose-gc"], ["render", format, directory]);
    log(`  ${format}: ${result.warmMedianMs.toFixed(1)} ms warm, ${result.coldMs.toFixed(0)} ms cold, ${kib(result.bytes)} KiB`);
    renders.push(result);
  }
  return { directory: path.relative(process.cwd(), directory), prepare, renders };
}

const kib = (bytes: number) => (bytes / 1024).toFixed(0);
const ms = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: value < 100 ? 1 : 0 });
const mb = (value: number) => value.toFixed(0);

/** The part's section of latest.md. */
export function exportsMarkdown(report: ExportsReport | null): string[] {
  const lines = ["## Plan downloads (large plan, each format rendered in a process of its own)", ""];
  if (!report) return [...lines, "Not measured."];
  const { prepare, renders } = report;
  return [
    ...lines,
    `The plan: ${prepare.size.offerings} offerings, ${prepare.size.offerings * prepare.size.personasPerOffering} personas, ` +
      `${prepare.size.contentIdeas} content ideas, ${prepare.size.socialPlans} social plans, ${prepare.size.campaigns} campaigns. ` +
      `Reading it for download (\`loadPlanExport\`) takes ${ms(prepare.readMedianMs)} ms, the median of ${prepare.readRuns} reads on an in-memory PGlite. ` +
      `Each render process loads the code through Vitest's module runner, which is most of the peak before the first render. ` +
      `Sample PDFs to look at: ${prepare.samples.map((file) => `\`${report.directory}/${file}\``).join(", ")}.`,
    "",
    "| format | median ms (CPU ms) | runs | first render ms (CPU ms) | size KiB | pages | RSS growth MiB | heap growth MiB | peak RSS before → after MiB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...renders.map(
      (r) =>
        `| ${r.format} | ${ms(r.warmMedianMs)} (${ms(r.warmMedianCpuMs)}) | ${r.warmRuns} | ${ms(r.coldMs)} (${ms(r.coldCpuMs)}) | ${kib(r.bytes)} | ${r.pages ?? "–"} | ${mb(r.rssGrowthMb)} | ${mb(r.heapGrowthMb)} | ${mb(r.peakRssBeforeMb)} → ${mb(r.peakRssAfterMb)} |`,
    ),
  ];
}
