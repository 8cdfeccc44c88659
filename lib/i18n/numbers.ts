import { LOCALES, type Locale } from "./locales";

// Numbers as people type them: "1.500,50" in Spanish, "1,500.50" in English. Parsing does
// not depend on the interface's language, because the server action that re-validates a form
// does not know which one the browser showed: a text is read the way each language would
// read it, and accepted only when every reading that makes sense gives the same number.
// For money (two decimals at most) that is always so: "1.500" cannot mean 1.5 with three
// decimals, so it is 1500 in both languages. Where the readings differ ("1.500" for a number
// with three decimals), the text is refused as ambiguous instead of guessed.

/** Why a text is not a number: malformed, or readable as two different numbers. */
export type NumberError = "invalid_number" | "ambiguous_number";

export interface ParsedNumber {
  ok: true;
  negative: boolean;
  /** The whole part's digits without separators or leading zeros ("0" for none). */
  integer: string;
  /** The fraction's digits as written ("" for none). */
  fraction: string;
  value: number;
}

export type NumberParse = ParsedNumber | { ok: false; error: NumberError };

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  es: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

// Regular, no-break and narrow no-break spaces: some people (and French-style tools) group
// thousands with them, and copying a formatted amount brings them along.
const SPACES = /[ \u00A0\u202F]/g;
const MINUS = /^[-\u2212]/;

const escape = (s: string) => s.replace(/[.]/g, "\\.");

/** One language's reading of `text`, or null when it does not follow that language's rules. */
function readIn(locale: Locale, text: string, maxFractionDigits: number): ParsedNumber | null {
  const { group, decimal } = SEPARATORS[locale];
  const body = text.replace(SPACES, group);
  const negative = MINUS.test(body);
  const unsigned = negative ? body.slice(1) : body;
  // Digits, or groups of three after a first group that does not start with 0 ("0.500" is
  // no thousands), then an optional fraction.
  const pattern = new RegExp(`^(\\d+|[1-9]\\d{0,2}(?:${escape(group)}\\d{3})+)(?:${escape(decimal)}(\\d+))?$`);
  const match = pattern.exec(unsigned);
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > maxFractionDigits) return null;
  const integer = match[1]!
    .split(group)
    .join("")
    .replace(/^0+(?=\d)/, "");
  const value = Number(`${integer}.${fraction || "0"}`) * (negative ? -1 : 1);
  return { ok: true, negative, integer, fraction, value };
}

/**
 * A number typed in Spanish or English style, with at most `maxFractionDigits` decimals.
 * `locales` narrows the readings tried (all of the app's languages by default).
 */
export function parseNumber(
  text: string,
  { maxFractionDigits, locales = LOCALES }: { maxFractionDigits: number; locales?: readonly Locale[] },
): NumberParse {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: "invalid_number" };
  const readings = locales.map((locale) => readIn(locale, trimmed, maxFractionDigits)).filter((r) => r !== null);
  const [first] = readings;
  if (!first) return { ok: false, error: "invalid_number" };
  return readings.every((r) => r.value === first.value) ? first : { ok: false, error: "ambiguous_number" };
}

/** Whole hundredths of a typed amount ("1.500,50" → 150050), or why it is not one. */
export function parseCents(text: string): { ok: true; cents: number; negative: boolean } | { ok: false; error: NumberError } {
  const parsed = parseNumber(text, { maxFractionDigits: 2 });
  if (!parsed.ok) return parsed;
  // From the digits rather than value * 100, which floating point would round (0.29 * 100).
  const cents = Number(parsed.integer) * 100 + Number(parsed.fraction.padEnd(2, "0"));
  return { ok: true, cents: parsed.negative ? -cents : cents, negative: parsed.negative };
}

// "always": Spanish CLDR data leaves four-digit numbers ungrouped ("1500,50"), which reads
// differently from the five-digit ones on the same page; people write "1.500,50".
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, fractionDigits: { min: number; max: number }): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits.min}:${fractionDigits.max}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      useGrouping: "always",
      minimumFractionDigits: fractionDigits.min,
      maximumFractionDigits: fractionDigits.max,
    });
    formatters.set(key, format);
  }
  return format;
}

/** A number as `locale` writes it, with thousands grouped: 1500.5 → "1.500,5" (es), "1,500.5" (en). */
export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  return formatter(locale, { min: 0, max: maxFractionDigits }).format(value);
}

/** Hundredths as an amount with two decimals in `locale`: 150050 → "1.500,50" (es), "1,500.50" (en). */
export function formatCents(cents: number, locale: Locale): string {
  return formatter(locale, { min: 2, max: 2 }).format(cents / 100);
}

/**
 * What an amount field shows for the text it holds: the amount in `locale`'s format when the
 * text is one (a saved "1500.00" shows as "1.500,00" in Spanish), otherwise the text as typed,
 * so a mistake stays visible next to its message.
 */
export function displayAmount(text: string, locale: Locale): string {
  const parsed = parseCents(text);
  return parsed.ok ? formatCents(parsed.cents, locale) : text;
}
