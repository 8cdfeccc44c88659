// The data check the owner sees before an imported file is used: what is wrong with which
// lines, how many, and the purchase lines that will be imported. It runs in the browser on
// files of 100,000 lines and more, so it is two passes over the rows and one sort. Every line
// it hands on passes the server's purchaseLineSchema (lib/validation/customer-import.ts): a
// value the server would refuse makes its row an issue or its optional field null, so one
// odd line cannot fail a whole batch.
import { MAX_AMOUNT_CENTS, MAX_CUSTOMER_ID_LENGTH, MAX_QUANTITY } from "@/lib/validation/customer-import";
import type { ColumnMapping } from "./column-mapping";
import { parseAge, parseAmount, parseCount, parseDate } from "./parse-values";
import { TRAIT_COLUMNS, type PurchaseLine } from "./purchase-line";
import { quantile } from "./stats";

/** Every kind of problem, in the order the interface lists them. */
export const ISSUE_KINDS = [
  "missing_id",
  "unreadable_date",
  "future_date",
  "bad_amount",
  "non_positive_amount",
  "duplicate_line",
  "outlier",
] as const;
export type IssueKind = (typeof ISSUE_KINDS)[number];

/**
 * Kinds whose lines could still be real purchases, so the owner decides: an order dated
 * ahead, a repeated line (two identical coffees), an unusually big sale. They are left out
 * unless the owner keeps them. Lines of any other kind can never be imported.
 */
export const OPTIONAL_ISSUE_KINDS = ["future_date", "duplicate_line", "outlier"] as const satisfies readonly IssueKind[];
export type OptionalIssueKind = (typeof OPTIONAL_ISSUE_KINDS)[number];

export const MAX_EXAMPLES = 5;

export interface IssueExample {
  /** The line in the file as the owner numbers it: the header is line 1, row 0 is line 2. */
  line: number;
  /** The cell at fault as written: the date, the amount, or the customer id otherwise. */
  value: string;
  /** For a duplicate, the line it repeats. */
  firstLine?: number;
}

export interface IssueSummary {
  count: number;
  /** The first MAX_EXAMPLES lines of the kind, in file order. */
  examples: IssueExample[];
}

export interface DataCheck {
  /** What will be imported. */
  lines: PurchaseLine[];
  /** Per kind: each row counts once in every kind that applies to it. */
  issues: Record<IssueKind, IssueSummary>;
  /** Rows with anything in them; blank rows are neither counted nor imported. */
  totalRows: number;
  /** totalRows minus the imported lines: each row once, however many kinds it is in. */
  excludedRows: number;
}

export interface CheckOptions {
  /** Today as an ISO day, from the caller: a purchase after it is a future date. */
  today: string;
  /** Per optional kind, whether its lines are left out (the default) or imported. */
  exclude?: Partial<Record<OptionalIssueKind, boolean>>;
}

const bit = (kind: IssueKind) => 1 << ISSUE_KINDS.indexOf(kind);
const ALL_KINDS = ISSUE_KINDS.reduce((mask, kind) => mask | bit(kind), 0);
const NEVER_IMPORTED = OPTIONAL_ISSUE_KINDS.reduce((mask, kind) => mask & ~bit(kind), ALL_KINDS);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function cellAt(row: readonly string[], index: number | undefined): string {
  return index === undefined ? "" : (row[index] ?? "").trim();
}

/** The mapped columns, each once, in a fixed order: what "an identical line" compares. */
function mappedIndexes(mapping: ColumnMapping): number[] {
  const optional = [mapping.quantity, ...TRAIT_COLUMNS.map((trait) => mapping[trait])];
  const all = [mapping.customerId, mapping.date, mapping.amount, ...optional, ...mapping.extra];
  return [...new Set(all.filter((index): index is number => index !== undefined))];
}

// Length-prefixed, so no cell content can make two different rows share a key.
function rowKey(row: readonly string[], indexes: readonly number[]): string {
  let key = "";
  for (const index of indexes) {
    const cell = cellAt(row, index);
    key += `${cell.length}:${cell}`;
  }
  return key;
}

/**
 * The fence above which a sale is an outlier: Q3 + 3 × IQR of the readable positive amounts
 * (every row's, whatever else is wrong with it), the quartiles interpolated as stats.ts
 * computes them for the reports. Tukey's "far out" fence: 3 rather than 1.5, since a shop's
 * sales are skewed and a big order is usual. Fewer than four amounts, or no spread between
 * the quartiles (most sales at one price), give no outliers: there is nothing to measure
 * "unusual" against.
 */
export function outlierFence(positiveAmounts: readonly number[]): number {
  if (positiveAmounts.length < 4) return Infinity;
  // quantile() sorts its own copy; handing it sorted amounts makes that copy's sort linear.
  const sorted = [...positiveAmounts].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25) ?? 0;
  const q3 = quantile(sorted, 0.75) ?? 0;
  return q3 > q1 ? q3 + 3 * (q3 - q1) : Infinity;
}

function emptyIssues(): Record<IssueKind, IssueSummary> {
  const issues = {} as Record<IssueKind, IssueSummary>;
  for (const kind of ISSUE_KINDS) issues[kind] = { count: 0, examples: [] };
  return issues;
}

/** Counts row `rowIndex` in `kind`, keeping it as an example while there are few; returns the kind's bit. */
function note(issues: Record<IssueKind, IssueSummary>, kind: IssueKind, rowIndex: number, value: string, firstRowIndex?: number): number {
  const summary = issues[kind];
  summary.count += 1;
  if (summary.examples.length < MAX_EXAMPLES) {
    const example: IssueExample = { line: rowIndex + 2, value };
    if (firstRowIndex !== undefined) example.firstLine = firstRowIndex + 2;
    summary.examples.push(example);
  }
  return bit(kind);
}

// A file repeats its days and prices thousands of times: each distinct text is read once.
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}

function textOrNull(row: readonly string[], index: number | undefined): string | null {
  return cellAt(row, index) || null;
}

function extraOf(row: readonly string[], extraNames: readonly (readonly [string, number])[]): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const [name, index] of extraNames) {
    // A header named "__proto__" must stay a plain key, not replace the prototype.
    if (name === "__proto__")
      Object.defineProperty(extra, name, { value: cellAt(row, index), enumerable: true, writable: true, configurable: true });
    else extra[name] = cellAt(row, index);
  }
  return extra;
}

function toLine(
  row: readonly string[],
  extraNames: readonly (readonly [string, number])[],
  mapping: ColumnMapping,
  date: string,
  cents: number,
): PurchaseLine {
  const quantityText = cellAt(row, mapping.quantity);
  const quantity = quantityText ? parseCount(quantityText) : null;
  const age = cellAt(row, mapping.age);
  return {
    customerId: cellAt(row, mapping.customerId),
    date,
    amountCents: cents,
    // An unreadable or impossible count is left out, not the purchase.
    quantity: quantity !== null && quantity >= 0 && quantity <= MAX_QUANTITY ? quantity : null,
    product: textOrNull(row, mapping.product),
    channel: textOrNull(row, mapping.channel),
    city: textOrNull(row, mapping.city),
    age: age ? parseAge(age) : null,
    gender: textOrNull(row, mapping.gender),
    company: textOrNull(row, mapping.company),
    extra: extraOf(row, extraNames),
  };
}

/**
 * Checks every row against `mapping` and returns the lines to import and the issues found.
 * A row is in a kind when:
 * - missing_id: its customer id is blank, or too long to be one (over MAX_CUSTOMER_ID_LENGTH,
 *   a column mapped by mistake);
 * - unreadable_date / bad_amount: the cell is blank or not a date / an amount (or one over
 *   MAX_AMOUNT_CENTS, more than a line can hold);
 * - future_date: its date is after `today`;
 * - non_positive_amount: its amount is zero or negative;
 * - duplicate_line: every mapped cell (trimmed) equals an earlier row's, whatever was wrong
 *   with that row; the first of a set is not a duplicate, each later one is;
 * - outlier: its amount is above outlierFence().
 * Kinds are judged independently, so a row can be in several and counts once in each.
 */
export function checkLines(
  rows: readonly (readonly string[])[],
  headers: readonly string[],
  mapping: ColumnMapping,
  options: CheckOptions,
): DataCheck {
  const { today } = options;
  if (!ISO_DAY.test(today)) throw new RangeError(`today must be an ISO day, got "${today}"`);
  const readDate = remembered((text) => parseDate(text, mapping.dateOrder));
  const readAmount = remembered((text) => parseAmount(text, mapping.decimal));
  const issues = emptyIssues();
  const flags = new Uint8Array(rows.length);
  // Each row's amount in cents when positive, NaN otherwise; and the positive ones packed.
  const amounts = new Float64Array(rows.length).fill(Number.NaN);
  const positives: number[] = [];
  const indexes = mappedIndexes(mapping);
  const extraNames = mapping.extra.map((index) => [headers[index] ?? `Column ${index + 1}`, index] as const);
  const firstSeen = new Map<string, number>();
  // Lines built once, in the first pass, for every row that may still be imported.
  const candidates: PurchaseLine[] = [];
  const candidateRows: number[] = [];
  let totalRows = 0;

  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] ?? [];
    if (row.every((cell) => cell.trim() === "")) continue;
    totalRows += 1;
    let flag = 0;
    const id = cellAt(row, mapping.customerId);
    if (!id || id.length > MAX_CUSTOMER_ID_LENGTH) flag |= note(issues, "missing_id", i, id);
    const dateText = cellAt(row, mapping.date);
    const date = readDate(dateText);
    if (date === null) flag |= note(issues, "unreadable_date", i, dateText);
    else if (date > today) flag |= note(issues, "future_date", i, dateText);
    const amountText = cellAt(row, mapping.amount);
    const cents = readAmount(amountText);
    if (cents === null || cents > MAX_AMOUNT_CENTS) flag |= note(issues, "bad_amount", i, amountText);
    else if (cents <= 0) flag |= note(issues, "non_positive_amount", i, amountText);
    else {
      amounts[i] = cents;
      positives.push(cents);
    }
    const key = rowKey(row, indexes);
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, i);
    else flag |= note(issues, "duplicate_line", i, id, first);
    flags[i] = flag;
    if ((flag & NEVER_IMPORTED) === 0 && date !== null && cents !== null) {
      candidates.push(toLine(row, extraNames, mapping, date, cents));
      candidateRows.push(i);
    }
  }
  firstSeen.clear();

  // NaN (no positive amount, or a blank row) is never above the fence.
  const fence = outlierFence(positives);
  amounts.forEach((cents, i) => {
    if (!(cents > fence)) return;
    flags[i] = (flags[i] ?? 0) | note(issues, "outlier", i, cellAt(rows[i] ?? [], mapping.amount));
  });

  const excluded = excludedMask(options.exclude);
  const lines = candidates.filter((_, k) => ((flags[candidateRows[k] ?? 0] ?? 0) & excluded) === 0);
  return { lines, issues, totalRows, excludedRows: totalRows - lines.length };
}

// Every kind leaves its rows out, except an optional kind the owner chose to keep.
function excludedMask(exclude: CheckOptions["exclude"] = {}): number {
  let mask = ALL_KINDS;
  for (const kind of OPTIONAL_ISSUE_KINDS) if (exclude[kind] === false) mask &= ~bit(kind);
  return mask;
}
