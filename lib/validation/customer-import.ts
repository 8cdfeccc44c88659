import * as z from "zod/mini";
import type { CustomerImportMode } from "@/db/schema";
import type { PurchaseLine } from "@/lib/customers/purchase-line";
import { SEGMENTS } from "@/lib/customers/segments";
import { fieldError } from "./error-codes";
import { isIsoDate } from "./integration-step";
import { isStorableText, requiredText, text } from "./text";

// The browser reads, maps and checks the file; these schemas are the server's own guard on
// what it stores, so every field is bounded whatever the browser let through.

export const CUSTOMER_IMPORT_MODES = ["replace", "add"] as const satisfies readonly CustomerImportMode[];

/** Lines one import may hold: a small business's years of sales, and a bound on what a project stores. */
export const MAX_IMPORT_LINES = 200_000;
/** Lines per batch: one request each, small enough to answer well within a timeout. */
export const MAX_BATCH_LINES = 2_000;
export const MAX_FILE_NAME_LENGTH = 200;
export const MAX_CUSTOMER_ID_LENGTH = 100;
export const MAX_LINE_TEXT_LENGTH = 500;
export const MAX_EXTRA_COLUMNS = 30;
export const MAX_EXTRA_HEADER_LENGTH = 100;
/** 999,999,999.99 in one line, like a campaign's budget: exact in a JavaScript number, and sums stay so. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;
export const MAX_QUANTITY = 1_000_000;
export const MAX_AGE = 120;
export const MAX_SEGMENT_NOTE_LENGTH = 500;

const wholeNumber = (min: number, max: number) =>
  z
    .number(fieldError("invalid_number"))
    .check(z.int(fieldError("invalid_number")), z.gte(min, fieldError("out_of_range")), z.lte(max, fieldError("out_of_range")));

const optionalText = z.nullable(text(MAX_LINE_TEXT_LENGTH));

const extraHeader = z
  .string(fieldError("invalid"))
  .check(
    z.minLength(1, fieldError("required")),
    z.maxLength(MAX_EXTRA_HEADER_LENGTH, fieldError("too_long", MAX_EXTRA_HEADER_LENGTH)),
    z.refine(isStorableText, fieldError("invalid")),
  );

const importId = z.uuid(fieldError("invalid"));

export const purchaseLineSchema = z.object({
  customerId: requiredText(MAX_CUSTOMER_ID_LENGTH),
  date: z.string(fieldError("invalid_date")).check(z.refine(isIsoDate, fieldError("invalid_date"))),
  amountCents: z
    .number(fieldError("invalid_amount"))
    .check(
      z.int(fieldError("invalid_amount")),
      z.gte(1, fieldError("invalid_amount")),
      z.lte(MAX_AMOUNT_CENTS, fieldError("out_of_range")),
    ),
  quantity: z.nullable(wholeNumber(0, MAX_QUANTITY)),
  product: optionalText,
  channel: optionalText,
  city: optionalText,
  age: z.nullable(wholeNumber(0, MAX_AGE)),
  gender: optionalText,
  company: optionalText,
  extra: z
    .record(extraHeader, text(MAX_LINE_TEXT_LENGTH))
    .check(z.refine((extra) => Object.keys(extra).length <= MAX_EXTRA_COLUMNS, fieldError("too_many", MAX_EXTRA_COLUMNS))),
});

// The schema and the shared line type must describe the same object: a field added to one
// and not the other fails to compile here.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const lineShapesMatch: SameShape<z.output<typeof purchaseLineSchema>, PurchaseLine> = true;
void lineShapesMatch;

/** A line with only the required fields set; the mapped columns the file lacks stay null. */
export function blankPurchaseLine(customerId: string, date: string, amountCents: number): PurchaseLine {
  return {
    customerId,
    date,
    amountCents,
    quantity: null,
    product: null,
    channel: null,
    city: null,
    age: null,
    gender: null,
    company: null,
    extra: {},
  };
}

export const startCustomerImportSchema = z.object({
  fileName: requiredText(MAX_FILE_NAME_LENGTH),
  mode: z.enum(CUSTOMER_IMPORT_MODES, fieldError("required")),
  expectedLines: wholeNumber(1, MAX_IMPORT_LINES),
});
export type StartCustomerImportInput = z.infer<typeof startCustomerImportSchema>;

export const appendCustomerLinesSchema = z.object({
  importId,
  lines: z
    .array(purchaseLineSchema, fieldError("invalid"))
    .check(z.minLength(1, fieldError("required")), z.maxLength(MAX_BATCH_LINES, fieldError("too_many", MAX_BATCH_LINES))),
});
export type AppendCustomerLinesInput = z.infer<typeof appendCustomerLinesSchema>;

/** Finishing and cancelling name the import only. */
export const customerImportRefSchema = z.object({ importId });
export type CustomerImportRef = z.infer<typeof customerImportRefSchema>;

export const segmentValueSchema = z.object({
  segment: z.enum(SEGMENTS, fieldError("invalid")),
  potential: z.nullable(wholeNumber(1, 5)),
  note: text(MAX_SEGMENT_NOTE_LENGTH),
});
export type SegmentValueInput = z.infer<typeof segmentValueSchema>;
