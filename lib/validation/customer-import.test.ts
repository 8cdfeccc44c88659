import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { purchaseLine } from "@/lib/testing/customer-imports";
import { toFieldErrors } from "@/lib/actions/safe-action";
import { appendCustomerLinesSchema, MAX_BATCH_LINES, segmentValueSchema, startCustomerImportSchema } from "./customer-import";

/** The field errors an action would answer with, or null when the values pass. */
function errorsOf(schema: z.ZodMiniType, values: unknown) {
  const parsed = z.safeParse(schema, values);
  return parsed.success ? null : toFieldErrors(parsed.error);
}

const batch = (...lines: unknown[]) => ({ importId: randomUUID(), lines });
const line = purchaseLine("Ana", "2025-03-01", 1500);

describe("the customer import schemas", () => {
  it("accept a normal batch and trim what they keep", () => {
    const parsed = appendCustomerLinesSchema.parse(
      batch({ ...line, customerId: "  Ana ", city: " Lorca ", extra: { Tienda: " Centro " } }),
    );
    expect(parsed.lines[0]).toMatchObject({ customerId: "Ana", city: "Lorca", extra: { Tienda: "Centro" } });
  });

  it("name the field of each bad line", () => {
    expect(
      errorsOf(
        appendCustomerLinesSchema,
        batch(
          { ...line, customerId: " " },
          { ...line, date: "2025-02-30" },
          { ...line, amountCents: 0 },
          { ...line, amountCents: 12.5 },
          { ...line, age: 121 },
          { ...line, product: "x".repeat(501) },
          { ...line, extra: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`c${i}`, "v"])) },
          { ...line, company: "nul\u0000" },
        ),
      ),
    ).toEqual({
      "lines.0.customerId": "required",
      "lines.1.date": "invalid_date",
      "lines.2.amountCents": "invalid_amount",
      "lines.3.amountCents": "invalid_amount",
      "lines.4.age": "out_of_range",
      "lines.5.product": "too_long:500",
      "lines.6.extra": "too_many:30",
      "lines.7.company": "invalid",
    });
  });

  it("bound a batch, an import and its file name", () => {
    expect(errorsOf(appendCustomerLinesSchema, batch())).toEqual({ lines: "required" });
    expect(errorsOf(appendCustomerLinesSchema, batch(...Array.from({ length: MAX_BATCH_LINES + 1 }, () => line)))).toEqual({
      lines: `too_many:${MAX_BATCH_LINES}`,
    });
    expect(errorsOf(appendCustomerLinesSchema, { importId: "1", lines: [line] })).toEqual({ importId: "invalid" });
    expect(errorsOf(startCustomerImportSchema, { fileName: "ventas.csv", mode: "add", expectedLines: 200_000 })).toBeNull();
    expect(errorsOf(startCustomerImportSchema, { fileName: "a".repeat(201), mode: "merge", expectedLines: 200_001 })).toEqual({
      fileName: "too_long:200",
      mode: "required",
      expectedLines: "out_of_range",
    });
  });

  it("rate a known segment from 1 to 5, or not at all", () => {
    expect(errorsOf(segmentValueSchema, { segment: "best", potential: null, note: "" })).toBeNull();
    expect(errorsOf(segmentValueSchema, { segment: "whales", potential: 6, note: "n".repeat(501) })).toEqual({
      segment: "invalid",
      potential: "out_of_range",
      note: "too_long:500",
    });
  });
});
