// A Spanish till export of any length with a known number of each fault planted in it, for
// the data check's tests (and a bench). Deterministic: a seeded generator, no clock.
import type { IssueKind } from "../data-check";
import { pick, seededRandom } from "../sample-purchases";

export const PLANTED_HEADER = "Nº ticket;Fecha;ID cliente;Artículo;Cantidad;Importe;Canal;Ciudad";
/** The day the file is checked on: every sound line is on or before it. */
export const PLANTED_TODAY = "2026-06-30";

/** How many lines of each kind the 100,000-line file gets; each faulty line has one fault. */
export const PLANTED_FAULTS: Record<IssueKind, number> = {
  missing_id: 37,
  unreadable_date: 41,
  future_date: 23,
  bad_amount: 29,
  non_positive_amount: 19,
  duplicate_line: 31,
  outlier: 17,
};

const PRODUCTS = ["Café", "Tostada", "Zumo", "Bocadillo", "Tarta", "Infusión"];
const CHANNELS = ["Tienda", "Web", "Teléfono"];
const CITIES = ["Sevilla", "Cádiz", "Huelva", "Málaga"];
// Each list is cycled through, so every variant of a fault is present.
const FAULTY: Partial<Record<IssueKind, readonly string[]>> = {
  missing_id: ["", "   "],
  unreadable_date: ["31/02/2026", "sin fecha", "", "2026-13-01", "32/01/2026", "15/0/2026"],
  future_date: ["01/07/2026", "31/12/2026", "15/03/2027"],
  bad_amount: ["abc", "", "12,3,4", "€", "12.50"],
  non_positive_amount: ["0,00", "-12,50", "-3", "(4,00)"],
  // Sound sales are 5 to 80 euros, so the fence sits near 175.
  outlier: ["2.500,00", "9.999,99", "15.000,00"],
};

const FIRST_DAY_MS = Date.UTC(2025, 6, 1);
const DAY_MS = 86_400_000;

function spanishDay(msSinceEpoch: number): string {
  const day = new Date(msSinceEpoch);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(day.getUTCDate())}/${two(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}

function spanishAmount(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
}

/** A sound line: a year of sales up to PLANTED_TODAY, 5 to 80 euros, 5,000 customers. */
function soundCells(random: () => number, index: number): string[] {
  return [
    `T${String(index + 1).padStart(6, "0")}`,
    spanishDay(FIRST_DAY_MS + Math.floor(random() * 365) * DAY_MS),
    `C${String(1 + Math.floor(random() * 5000)).padStart(4, "0")}`,
    pick(random, PRODUCTS),
    String(1 + Math.floor(random() * 4)),
    spanishAmount(500 + Math.floor(random() * 7500)),
    pick(random, CHANNELS),
    pick(random, CITIES),
  ];
}

const CELL_OF: Partial<Record<IssueKind, number>> = {
  missing_id: 2,
  unreadable_date: 1,
  future_date: 1,
  bad_amount: 5,
  non_positive_amount: 5,
  outlier: 5,
};

/** Distinct row indexes per kind, drawn from 1..rows-1 (a duplicate needs a row before it). */
function plantPositions(random: () => number, rows: number, faults: Record<IssueKind, number>) {
  const pool = Array.from({ length: rows - 1 }, (_, i) => i + 1);
  const kindAt = new Map<number, IssueKind>();
  let drawn = 0;
  for (const [kind, count] of Object.entries(faults) as [IssueKind, number][]) {
    for (let n = 0; n < count; n += 1, drawn += 1) {
      const swap = drawn + Math.floor(random() * (pool.length - drawn));
      [pool[drawn], pool[swap]] = [pool[swap] as number, pool[drawn] as number];
      kindAt.set(pool[drawn] as number, kind);
    }
  }
  return kindAt;
}

/**
 * The file's text, and where each fault is (row indexes, ascending). The ticket number makes
 * every line unique, so the only duplicates are the planted ones, which copy a sound line
 * before them whole, ticket included.
 */
export function plantedFile(rows: number, seed: number, faults: Record<IssueKind, number> = PLANTED_FAULTS) {
  const random = seededRandom(seed);
  const kindAt = plantPositions(random, rows, faults);
  const lines: string[] = [PLANTED_HEADER];
  const positions = Object.fromEntries(Object.keys(faults).map((kind) => [kind, [] as number[]])) as Record<IssueKind, number[]>;
  const seen = new Map<IssueKind, number>();
  let lastSound = 0;
  for (let index = 0; index < rows; index += 1) {
    const kind = kindAt.get(index);
    if (kind === undefined) {
      lastSound = index;
      lines.push(soundCells(random, index).join(";"));
      continue;
    }
    positions[kind].push(index);
    if (kind === "duplicate_line") {
      lines.push(lines[lastSound + 1] as string);
      continue;
    }
    const variants = FAULTY[kind] ?? [];
    const count = seen.get(kind) ?? 0;
    seen.set(kind, count + 1);
    const cells = soundCells(random, index);
    cells[CELL_OF[kind] ?? 0] = variants[count % variants.length] ?? "";
    lines.push(cells.join(";"));
  }
  return { text: lines.join("\n") + "\n", positions };
}
