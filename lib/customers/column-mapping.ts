// Which column of the owner's file holds what. The owner confirms it in the browser; the
// same schema checks it wherever a mapping is received.
import * as z from "zod/mini";
import { MAX_EXTRA_COLUMNS } from "@/lib/validation/customer-import";
import { fieldError } from "@/lib/validation/error-codes";
import { DATE_ORDERS, DECIMAL_MARKS, type DateOrder, type DecimalMark } from "./parse-values";
import { TRAIT_COLUMNS, type TraitColumn } from "./purchase-line";

export const REQUIRED_FIELDS = ["customerId", "date", "amount"] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];
/** Every field a single column can be mapped to, in the order a mapping form lists them. */
export const MAPPED_FIELDS = [...REQUIRED_FIELDS, "quantity", ...TRAIT_COLUMNS] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/**
 * The codes this schema reports. "duplicate_column" is not yet one of FIELD_ERROR_CODES
 * (lib/validation/error-codes.ts) and has no sentence under errors.* in the messages: the
 * interface has to add both before it shows this schema's errors.
 */
export const MAPPING_ERROR_CODES = ["required", "invalid", "too_many", "duplicate_column"] as const;

// A select sends the column's index; for a required field, no number means nothing was picked.
const column = (missing: "required" | "invalid") =>
  z.number(fieldError(missing)).check(z.int(fieldError("invalid")), z.gte(0, fieldError("invalid")));
const requiredColumn = column("required");
const optionalColumn = z.optional(column("invalid"));

const traitShape = Object.fromEntries(TRAIT_COLUMNS.map((trait) => [trait, optionalColumn])) as Record<TraitColumn, typeof optionalColumn>;

/** Each used column as [field path, index], in MAPPED_FIELDS order and then the extras. */
function usedColumns(mapping: Partial<Record<MappedField, number>> & { extra: readonly number[] }) {
  const used: [PropertyKey[], number][] = [];
  for (const field of MAPPED_FIELDS) {
    const index = mapping[field];
    if (index !== undefined) used.push([[field], index]);
  }
  mapping.extra.forEach((index, position) => used.push([["extra", position], index]));
  return used;
}

export const columnMappingSchema = z
  .object({
    customerId: requiredColumn,
    date: requiredColumn,
    amount: requiredColumn,
    quantity: optionalColumn,
    ...traitShape,
    /** Other columns to keep with each line, by their header; the server stores so many. */
    extra: z
      .array(column("invalid"), fieldError("invalid"))
      .check(z.maxLength(MAX_EXTRA_COLUMNS, fieldError("too_many", MAX_EXTRA_COLUMNS))),
    dateOrder: z.enum(DATE_ORDERS, fieldError("required")),
    decimal: z.enum(DECIMAL_MARKS, fieldError("required")),
  })
  .check(
    // A column feeds one field: the later use of a column is the wrong one.
    z.superRefine((mapping, ctx) => {
      const seen = new Set<number>();
      for (const [path, index] of usedColumns(mapping)) {
        if (seen.has(index)) ctx.addIssue({ code: "custom", message: "duplicate_column", path });
        seen.add(index);
      }
    }),
  );

export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** A first guess: required fields may be missing when no header names them. */
export type MappingGuess = Omit<ColumnMapping, RequiredField> & Partial<Pick<ColumnMapping, RequiredField>>;

// Header words per field, Spanish and English, accents and case aside, with a weight: a
// specific name ("id cliente", 4) beats the field's own name ("cliente", 3), which beats a
// loose word ("total", 2) or a hint ("email", 1).
type Synonyms = readonly (readonly [phrase: string, weight: number])[];

function weighted(weight: number, ...phrases: string[]): Synonyms {
  return phrases.map((phrase) => [phrase, weight] as const);
}

const SYNONYMS: Record<MappedField, Synonyms> = {
  customerId: [
    ...weighted(4, "id cliente", "cliente id", "codigo cliente", "cod cliente", "no cliente", "n cliente", "num cliente"),
    ...weighted(4, "numero cliente", "customer id", "customer number", "customer no", "client id", "id socio"),
    ...weighted(3, "cliente", "customer", "client", "socio", "member"),
    ...weighted(1, "email", "e mail", "correo", "telefono", "phone", "id"),
  ],
  date: [
    ...weighted(4, "fecha compra", "fecha pedido", "fecha venta", "fecha ticket", "order date", "purchase date", "sale date"),
    ...weighted(3, "fecha", "date"),
    ...weighted(1, "dia", "day"),
  ],
  amount: [
    ...weighted(4, "importe total", "total amount", "total importe", "total pagado", "amount paid"),
    ...weighted(3, "importe", "amount"),
    ...weighted(2, "total"),
    ...weighted(1, "precio", "price", "pvp", "subtotal", "revenue", "ingreso"),
  ],
  quantity: weighted(3, "cantidad", "cant", "qty", "quantity", "uds", "unidades", "units"),
  product: [
    ...weighted(3, "producto", "product", "articulo", "item", "servicio", "service"),
    ...weighted(1, "descripcion", "description", "concepto", "referencia", "sku"),
  ],
  channel: [...weighted(3, "canal", "channel"), ...weighted(1, "origen", "source", "tienda", "store", "medio")],
  city: [...weighted(3, "ciudad", "city", "localidad", "poblacion", "municipio", "town"), ...weighted(1, "provincia", "province")],
  age: weighted(3, "edad", "age"),
  gender: weighted(3, "sexo", "genero", "gender", "sex"),
  company: [
    ...weighted(3, "empresa", "company", "compania", "razon social"),
    ...weighted(1, "organizacion", "organization", "negocio", "business"),
  ],
};

// Words that make a header something else: an order's id is not a customer's, a birth date
// is not a purchase date, a unit price is not what was paid.
const EXCLUDED: Partial<Record<MappedField, readonly string[]>> = {
  customerId: ["pedido", "order", "ticket", "factura", "invoice", "transaccion", "transaction", "producto", "product", "linea", "line"],
  date: ["nacimiento", "birth", "alta", "registro", "signup", "caducidad", "expiry"],
  amount: ["unitario", "unit", "iva", "vat", "tax", "impuesto", "descuento", "discount"],
};

// On equal scores the more specific field wins the column: "Ciudad cliente" is a city.
const TIE_ORDER: readonly MappedField[] = ["date", "amount", "quantity", ...TRAIT_COLUMNS, "customerId"];

function headerWords(header: string): string[] {
  return header
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/** How well a header names a field: the best phrase, exact beating contained, short beating long. */
function headerScore(words: readonly string[], field: MappedField): number {
  if (EXCLUDED[field]?.some((word) => words.includes(word))) return 0;
  let best = 0;
  for (const [phrase, weight] of SYNONYMS[field]) {
    const phraseWords = phrase.split(" ");
    if (!containsPhrase(words, phraseWords)) continue;
    const exact = phraseWords.length === words.length ? 5 : 0;
    best = Math.max(best, weight * 10 + exact - (words.length - phraseWords.length));
  }
  return best;
}

function guessColumns(headers: readonly string[]): Partial<Record<MappedField, number>> {
  const candidates: { field: MappedField; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    const words = headerWords(header);
    for (const field of MAPPED_FIELDS) {
      const score = headerScore(words, field);
      if (score > 0) candidates.push({ field, column, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || TIE_ORDER.indexOf(a.field) - TIE_ORDER.indexOf(b.field) || a.column - b.column);
  const guess: Partial<Record<MappedField, number>> = {};
  const taken = new Set<number>();
  for (const { field, column } of candidates) {
    if (guess[field] !== undefined || taken.has(column)) continue;
    guess[field] = column;
    taken.add(column);
  }
  return guess;
}

const NUMERIC_DATE = /^(\d{1,4})[-/.](\d{1,2})[-/.]\d{1,4}/;

function dateOrderVote(text: string): DateOrder | null {
  const match = NUMERIC_DATE.exec(text.trim());
  if (!match) return null;
  const [, first = "", second = ""] = match;
  if (first.length === 4) return "ymd";
  if (Number(first) > 12 && Number(second) <= 12) return "dmy";
  if (Number(second) > 12 && Number(first) <= 12) return "mdy";
  return null;
}

function decimalVote(text: string): DecimalMark | null {
  const digits = text.replace(/[^\d.,]/g, "");
  const lastComma = digits.lastIndexOf(",");
  const lastDot = digits.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? "," : ".";
  const mark = lastComma >= 0 ? "," : lastDot >= 0 ? "." : null;
  if (mark === null) return null;
  // A mark used twice groups thousands ("1.234.567"), so the other one is the decimal.
  if (digits.indexOf(mark) !== digits.lastIndexOf(mark)) return mark === "," ? "." : ",";
  const whole = digits.slice(0, digits.indexOf(mark));
  // "1,234" is a thousand in English and one point two in Spanish; "0,125" is not.
  if (digits.length - digits.indexOf(mark) - 1 === 3 && whole !== "" && whole !== "0") return null;
  return mark;
}

function mostVoted<T extends string>(values: readonly string[], vote: (text: string) => T | null, fallback: T): T {
  const counts = new Map<T, number>();
  for (const value of values) {
    const choice = vote(value);
    if (choice !== null) counts.set(choice, (counts.get(choice) ?? 0) + 1);
  }
  let best = fallback;
  for (const [choice, count] of counts) if (count > (counts.get(best) ?? 0)) best = choice;
  return best;
}

function columnValues(rows: readonly (readonly string[])[], column: number | undefined): string[] {
  return column === undefined ? rows.flat() : rows.map((row) => row[column] ?? "");
}

/**
 * A first mapping from the header names, and the date order and decimal mark most of the
 * sample values point to (from the guessed date and amount columns, or every cell when none
 * was found). With no evidence it falls back to Spanish habits: day first, decimal comma.
 */
export function guessMapping(headers: readonly string[], sampleRows: readonly (readonly string[])[]): MappingGuess {
  const columns = guessColumns(headers);
  const dateOrder = mostVoted(columnValues(sampleRows, columns.date), dateOrderVote, "dmy");
  const decimal = mostVoted(columnValues(sampleRows, columns.amount), decimalVote, ",");
  return { ...columns, extra: [], dateOrder, decimal };
}
