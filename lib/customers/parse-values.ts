// Reading one cell of a customer file as a date, an amount or a count. Files come from
// Spanish and English tills and shops, so the owner's choices (day order, decimal mark) are
// passed in rather than guessed per cell: "1.234" must mean the same on every line.
import type { Locale } from "@/lib/i18n/locales";
import { parseNumber } from "@/lib/i18n/numbers";

export const DATE_ORDERS = ["dmy", "mdy", "ymd"] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
export const DECIMAL_MARKS = [",", "."] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

// Years outside this range are typing slips or a spreadsheet's empty date (1899-12-30),
// not purchases.
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
const MAX_AGE = 120;

// Three numbers with one separator used twice ("31/12/2026", "2026-12-31", "31.12.26"), then
// an optional time ("14:05", "14:05:09.123", "2:05 pm", "T14:05:09Z", "+01:00"): tills add one.
const DATE_PATTERN = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?:(?:[T\s]+|,\s*)(.*))?$/;
const TIME_PATTERN = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2})?$/i;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no zone moves it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(text: string): number | null {
  if (text.length === 4) return Number(text);
  // Two-digit years in a purchase file are this century's ("26" is 2026).
  if (text.length === 2) return 2000 + Number(text);
  return null;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The day a cell names, as ISO "YYYY-MM-DD", or null when it names none (31/02/2026 included).
 * A four-digit first part is always a year (2026-12-31), whatever `order` says; otherwise
 * `order` tells which part is the day. A time after the date is checked and then dropped:
 * the day as the file writes it is the purchase day, with no shift between time zones.
 */
export function parseDate(text: string, order: DateOrder): string | null {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, first = "", , second = "", third = "", time] = match;
  if (time !== undefined && time !== "" && !TIME_PATTERN.test(time)) return null;
  if (first.length === 4 || order === "ymd") {
    if (third.length > 2 || first.length === 1 || first.length === 3) return null;
    const year = fullYear(first);
    return year === null ? null : isoDay(year, Number(second), Number(third));
  }
  if (first.length > 2) return null;
  const year = fullYear(third);
  if (year === null) return null;
  const [day, month] = order === "dmy" ? [first, second] : [second, first];
  return isoDay(year, Number(month), Number(day));
}

// Currency signs and codes at either end, around the sign too: "€ 12,50", "12.50 €", "-€12".
const CURRENCY_AT_ENDS = /^(?:[€$£]|(?:eur|usd|gbp)(?![a-z]))\s*|\s*(?:[€$£]|(?<![a-z])(?:eur|usd|gbp))$/gi;
// "-3,00", "3,00-" (some tills), "(3,00)" (accounting) and the typographic minus.
const LEADING_SIGN = /^([-−+])\s*/;
const TRAILING_MINUS = /\s*[-−]$/;
const ACCOUNTING_NEGATIVE = /^\((.*)\)$/;

// The app's own number reading (lib/i18n/numbers.ts), in the one language whose marks the
// file uses: "1.234,56" is Spanish, "1,234.56" English, and spaces may group thousands.
const LOCALE_OF_MARK: Record<DecimalMark, Locale> = { ",": "es", ".": "en" };
// Exports of unit prices times quantities carry more decimals than money; they are rounded.
const MAX_FILE_DECIMALS = 6;

function splitSign(text: string): { negative: boolean; digits: string } {
  let rest = text.trim().replace(CURRENCY_AT_ENDS, "");
  let negative = false;
  const accounting = ACCOUNTING_NEGATIVE.exec(rest);
  if (accounting) {
    negative = true;
    rest = (accounting[1] ?? "").trim();
  }
  const leading = LEADING_SIGN.exec(rest);
  if (leading) {
    negative = negative || leading[1] !== "+";
    rest = rest.slice(leading[0].length);
  } else if (TRAILING_MINUS.test(rest)) {
    negative = true;
    rest = rest.replace(TRAILING_MINUS, "");
  }
  return { negative, digits: rest.replace(CURRENCY_AT_ENDS, "") };
}

/**
 * An amount in cents (rounded half away from zero past the second decimal), or null when the
 * cell is not an amount. `decimal` is the file's decimal mark; the other mark may only group
 * thousands. Negative amounts are returned as such: the data check decides what they mean.
 */
export function parseAmount(text: string, decimal: DecimalMark): number | null {
  const { negative, digits } = splitSign(text);
  // One sign only: parseNumber would read the "-" left in "--3".
  if (LEADING_SIGN.test(digits)) return null;
  const parsed = parseNumber(digits, { maxFractionDigits: MAX_FILE_DECIMALS, locales: [LOCALE_OF_MARK[decimal]] });
  if (!parsed.ok) return null;
  // From the digits, so 0.29 is 29 cents and not 28.999….
  const { integer, fraction } = parsed;
  const cents = Number(integer) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2)) + (Number(fraction[2] ?? "0") >= 5 ? 1 : 0);
  if (!Number.isSafeInteger(cents)) return null;
  return negative && cents !== 0 ? -cents : cents;
}

/**
 * A whole count ("3", "-1", "3,00" or "3.0" as spreadsheets write whole numbers), or null.
 * "1.000" is refused: it is a thousand in Spanish and one in English.
 */
export function parseCount(text: string): number | null {
  const match = /^([+-]?\d+)(?:[.,]0{1,2})?$/.exec(text.trim());
  if (!match) return null;
  const count = Number(match[1]);
  return Number.isSafeInteger(count) ? count + 0 : null;
}

/** An age in years, 0 to 120, written as a count or with its unit ("34 años", "34 years"). */
export function parseAge(text: string): number | null {
  const age = parseCount(text.trim().replace(/\s*(?:años|anos|years?|yrs?)$/i, ""));
  return age !== null && age >= 0 && age <= MAX_AGE ? age : null;
}
