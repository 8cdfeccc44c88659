// The benchmark's "customer file check" part, which needs no server: the browser's work on a
// chosen customer file before anything is sent, timed in Node. The file is planted-file.ts's
// Spanish till export of 100,000 lines (with its planted faults), written once as CSV and once
// as XLSX (every cell text, as a till's export often is); each is read and checked in a
// process of its own (customer-file-check-child.ts), which reports its time and peak RSS.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { minimalXlsx } from "@/lib/customers/testing/minimal-xlsx";
import { plantedFile } from "@/lib/customers/testing/planted-file";
import { childResult } from "./child-result";
import type { FileCheckResult } from "./customer-file-check-child";

export const FILE_CHECK_ROWS = 100_000;
const SEED = 16;

export type FileCheckReport = FileCheckResult[];

export async function runCustomerFileCheckBench(outDir: string, log: (message: string) => void): Promise<FileCheckReport> {
  const directory = path.join(outDir, "customer-files");
  mkdirSync(directory, { recursive: true });
  const { text } = plantedFile(FILE_CHECK_ROWS, SEED);
  const csv = path.join(directory, `ventas-${FILE_CHECK_ROWS}.csv`);
  const xlsx = path.join(directory, `ventas-${FILE_CHECK_ROWS}.xlsx`);
  writeFileSync(csv, text);
  writeFileSync(
    xlsx,
    minimalXlsx(
      text
        .trimEnd()
        .split("\n")
        .map((line) => line.split(";")),
    ),
  );
  const results: FileCheckResult[] = [];
  for (const file of [csv, xlsx]) {
    const result = await childResult<FileCheckResult>("lib/bench/customer-file-check-child.ts", "FILE_CHECK_RESULT", [], [file]);
    log(
      `  ${result.file}: read ${result.cold.readMs.toFixed(0)} ms + check ${result.cold.checkMs.toFixed(0)} ms, peak RSS ${result.peakRssColdMb.toFixed(0)} MiB`,
    );
    results.push(result);
  }
  return results;
}

const n = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The part's section of latest.md. */
export function customerFileCheckMarkdown(report: FileCheckReport | null): string[] {
  const lines = [`## Customer file check in the browser's code (${n(FILE_CHECK_ROWS)} lines, timed in Node)`, ""];
  if (!report?.length) return [...lines, "Not measured."];
  return [
    ...lines,
    "`readSheet`, the mapping's first guess and `checkLines` on a till export with planted faults, each file in a process of its own: the first run (cold, as in the browser) and a second. RSS before is with the file's bytes loaded; the peak is the process's maxRSS.",
    "",
    "| file | MiB | rows | lines to import | read ms | check ms | total ms | warm total ms | RSS before MiB | peak RSS MiB (after both runs) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...report.map(
      (r) =>
        `| ${r.file} | ${n(r.fileMb, 1)} | ${n(r.rows)} | ${n(r.lines)} | ${n(r.cold.readMs)} | ${n(r.cold.checkMs)} | ${n(r.cold.readMs + r.cold.checkMs)} | ${n(r.warm.readMs + r.warm.checkMs)} | ${n(r.rssBeforeMb)} | ${n(r.peakRssColdMb)} (${n(r.peakRssMb)}) |`,
    ),
  ];
}
