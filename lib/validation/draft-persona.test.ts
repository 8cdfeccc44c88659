import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParse } from "zod/mini";
import { SEGMENTS } from "@/lib/customers/segments";
import { toFieldErrors } from "@/lib/actions/safe-action";
import { draftPersonaSchema } from "./draft-persona";

describe("draftPersonaSchema", () => {
  it("accepts every segment with any uuid, and keeps nothing else", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEGMENTS), fc.uuid(), fc.dictionary(fc.string(), fc.anything()), (segment, offeringId, extra) => {
        const parsed = safeParse(draftPersonaSchema, { ...extra, segment, offeringId });
        expect(parsed.success && parsed.data).toEqual({ segment, offeringId });
      }),
    );
  });

  it("refuses anything else with a code next to the field it is about", () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => !(SEGMENTS as readonly unknown[]).includes(v)),
        fc.anything().filter((v) => typeof v !== "string" || !/^[0-9a-f]{8}-/i.test(v)),
        (segment, offeringId) => {
          const parsed = safeParse(draftPersonaSchema, { segment, offeringId });
          expect(parsed.success).toBe(false);
          if (!parsed.success) expect(toFieldErrors(parsed.error)).toEqual({ segment: "required", offeringId: "unknown_offering" });
        },
      ),
    );
  });
});
