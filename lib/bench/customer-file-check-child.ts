// One process of the benchmark's customer file check, started by customer-file-check.ts:
//
//   node --import tsx lib/bench/customer-file-check-child.ts <file>
//
// It does what the browser does with a chosen file: its bytes in memory, readSheet, a first
// guess at the mapping, the owner's corrections, checkLines; and then all of it a second time,
// warm. It prints one line, "FILE_CHECK_RESULT <json>". A process of its own, so that the
// peak RSS it reports is the file's and the work's, not the file's generation or the runner's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { guessMapping, type ColumnMapping } from "@/lib/customers/column-mapping";
import { checkLines } from "@/lib/customers/data-check";
import { readSheet } from "@/lib/customers/read-sheet";
import { PLANTED_TODAY } from "@/lib/customers/testing/planted-file";

export interface FileCheckRun {
  readMs: number;
  checkMs: number;
}

export interface FileCheckResult {
  file: string;
  fileMb: number;
  rows: number;
  /** Lines the check hands on for import, and the rows it leaves out. */
  lines: number;
  excludedRows: number;
  /** The first run, as the browser's (cold), then a second one. */
  cold: FileCheckRun;
  warm: FileCheckRun;
  /** With the file's bytes loaded, before any reading. */
  rssBeforeMb: number;
  /** The process's peak RSS (maxRSS) after the cold run, and after both. */
  peakRssColdMb: number;
  peakRssMb: number;
}

const MIB = 1024 * 1024;

async function check(name: string, bytes: Uint8Array) {
  const began = performance.now();
  const sheet = await readSheet({ name, bytes });
  const read = performance.now();
  if (!sheet.ok) throw new Error(`readSheet refused ${name}: ${sheet.error}`);
  // The columns of planted-file.ts's till export, as the owner would confirm them.
  const guess = guessMapping(sheet.headers, sheet.rows.slice(0, 50));
  const mapping: ColumnMapping = { ...guess, customerId: 2, date: 1, amount: 5, extra: [0] };
  const result = checkLines(sheet.rows, sheet.headers, mapping, { today: PLANTED_TODAY });
  const run: FileCheckRun = { readMs: read - began, checkMs: performance.now() - read };
  return { run, rows: sheet.rows.length, lines: result.lines.length, excludedRows: result.excludedRows };
}

async function main(file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  const rssBeforeMb = process.memoryUsage.rss() / MIB;
  const cold = await check(path.basename(file), bytes);
  const peakRssColdMb = process.resourceUsage().maxRSS / 1024;
  const warm = await check(path.basename(file), bytes);
  const result: FileCheckResult = {
    file: path.basename(file),
    fileMb: bytes.length / MIB,
    rows: cold.rows,
    lines: cold.lines,
    excludedRows: cold.excludedRows,
    cold: cold.run,
    warm: warm.run,
    rssBeforeMb,
    peakRssColdMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`FILE_CHECK_RESULT ${JSON.stringify(result)}\n`);
}

main(process.argv[2]!).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
