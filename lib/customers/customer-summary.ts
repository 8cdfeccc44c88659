// One row per customer from their purchase lines: the input of RFM scoring and of the
// best-versus-worst comparison. The server computes the same rows with one SQL query over
// the stored lines; this function is the reference that query is tested against, so every
// rule below is stated so that SQL can follow it to the letter.

import { TRAIT_COLUMNS, type PurchaseLine, type TraitColumn } from "./purchase-line";
import { compareCodePoints, mostFrequent } from "./value-counts";

/** The trait columns that hold text; age is the one number and is summarised differently. */
export type TextTraitColumn = Exclude<TraitColumn, "age">;
export const TEXT_TRAIT_COLUMNS: readonly TextTraitColumn[] = TRAIT_COLUMNS.filter((column): column is TextTraitColumn => column !== "age");

export interface CustomerSummary {
  customerId: string;
  /** Day of the customer's first purchase, ISO "YYYY-MM-DD". */
  firstDate: string;
  /** Day of the customer's latest purchase, ISO "YYYY-MM-DD". */
  lastDate: string;
  /** Distinct purchase days: several lines on one day are one order, as a receipt with many items is. */
  orders: number;
  revenueCents: number;
  /**
   * Per trait column, the customer's value, or null when none of their lines has one.
   * Text columns: the value on the most lines; a tie goes to the value first in code-point order.
   * Age: the age on the latest line that has one (people age; the newest line is the truest);
   * lines of that same day that disagree give the greatest age. Age is written in decimal, "34".
   * The server may leave out a column the file did not map.
   */
  traits: Partial<Record<TraitColumn, string | null>>;
}

interface Tally {
  firstDate: string;
  lastDate: string;
  days: Set<string>;
  revenueCents: number;
  counts: Map<TextTraitColumn, Map<string, number>>;
  ageDate: string | null;
  age: number | null;
}

/**
 * Summarises purchase lines per customer, sorted by customerId in code-point order.
 *
 * The rules, and the SQL that follows them (PostgreSQL, one row per customer_id):
 * - firstDate, lastDate: min(date), max(date). ISO days order as text.
 * - orders: count(DISTINCT date).
 * - revenueCents: sum(amount_cents).
 * - a text trait: null and "" are no value (the data check has already trimmed cells), and
 *   a value is counted once per line, so `mode()` is not enough: order the counts by
 *   count DESC, value COLLATE "C" ASC and take the first.
 * - age: `(array_agg(age ORDER BY date DESC, age DESC) FILTER (WHERE age IS NOT NULL))[1]`.
 * - rows: ORDER BY customer_id COLLATE "C".
 */
export function summariseCustomers(lines: Iterable<PurchaseLine>): CustomerSummary[] {
  const tallies = new Map<string, Tally>();
  for (const line of lines) {
    let tally = tallies.get(line.customerId);
    if (!tally) {
      tally = { firstDate: line.date, lastDate: line.date, days: new Set(), revenueCents: 0, counts: new Map(), ageDate: null, age: null };
      tallies.set(line.customerId, tally);
    }
    addLine(tally, line);
  }
  return [...tallies.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([customerId, tally]) => ({
      customerId,
      firstDate: tally.firstDate,
      lastDate: tally.lastDate,
      orders: tally.days.size,
      revenueCents: tally.revenueCents,
      traits: traitsOf(tally),
    }));
}

function addLine(tally: Tally, line: PurchaseLine): void {
  if (line.date < tally.firstDate) tally.firstDate = line.date;
  if (line.date > tally.lastDate) tally.lastDate = line.date;
  tally.days.add(line.date);
  tally.revenueCents += line.amountCents;
  for (const column of TEXT_TRAIT_COLUMNS) {
    const value = line[column];
    if (value === null || value === "") continue;
    let counts = tally.counts.get(column);
    if (!counts) tally.counts.set(column, (counts = new Map()));
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (line.age !== null && isNewerAge(tally, line.date, line.age)) {
    tally.ageDate = line.date;
    tally.age = line.age;
  }
}

function isNewerAge(tally: Tally, date: string, age: number): boolean {
  if (tally.ageDate === null || tally.age === null) return true;
  return date > tally.ageDate || (date === tally.ageDate && age > tally.age);
}

function traitsOf(tally: Tally): Partial<Record<TraitColumn, string | null>> {
  const traits: Partial<Record<TraitColumn, string | null>> = {};
  for (const column of TEXT_TRAIT_COLUMNS) {
    const counts = tally.counts.get(column);
    traits[column] = counts ? (mostFrequent(counts)?.value ?? null) : null;
  }
  traits.age = tally.age === null ? null : String(tally.age);
  return traits;
}

/** The customers' values of one text trait, leaving out those without one. */
export function traitValues(customers: readonly Pick<CustomerSummary, "traits">[], column: TextTraitColumn): string[] {
  const values: string[] = [];
  for (const { traits } of customers) {
    const value = traits[column];
    if (value !== null && value !== undefined && value !== "") values.push(value);
  }
  return values;
}
