import * as z from "zod/mini";
import { fieldError, fieldIssue } from "./error-codes";
import type { MissingItem } from "@/lib/wizard/missing";
import { requiredText, text } from "./text";

export const OFFERING_TIERS = ["core", "growth", "complementary"] as const;
export const MAX_CATEGORIES = 20;
export const MAX_OFFERINGS = 60;

// Rows carry a uuid from the moment they are added in the browser, so offerings can
// point at a category that has not been saved yet.
const rowId = z.uuid(fieldError("invalid"));

/** Characters of an offering's written fields, for the schema and the form's counters. */
export const OFFERING_TEXT_LIMITS = { name: 120, definition: 1000, objective: 500, audience: 300 } as const;

export const categorySchema = z.object({
  id: rowId,
  name: requiredText(60),
});

export const offeringSchema = z.object({
  id: rowId,
  categoryId: z.string(fieldError("required")).check(z.minLength(1, fieldError("required"))),
  name: requiredText(OFFERING_TEXT_LIMITS.name),
  definition: text(OFFERING_TEXT_LIMITS.definition),
  objective: text(OFFERING_TEXT_LIMITS.objective),
  weight: z
    .number(fieldError("invalid_number"))
    .check(z.int(fieldError("invalid_number")), z.gte(1, fieldError("out_of_range")), z.lte(5, fieldError("out_of_range"))),
  revenueShare: z.nullable(
    z
      .number(fieldError("invalid_number"))
      .check(z.int(fieldError("invalid_number")), z.gte(0, fieldError("out_of_range")), z.lte(100, fieldError("out_of_range"))),
  ),
  tier: z.enum(OFFERING_TIERS, fieldError("required")),
  audience: text(OFFERING_TEXT_LIMITS.audience),
});

export const offeringsStepSchema = z
  .object({
    version: z.number().check(z.int(), z.gte(0)),
    categories: z
      .array(categorySchema)
      .check(z.minLength(1, fieldError("at_least_one_category")), z.maxLength(MAX_CATEGORIES, fieldError("too_many", MAX_CATEGORIES))),
    offerings: z.array(offeringSchema).check(z.maxLength(MAX_OFFERINGS, fieldError("too_many", MAX_OFFERINGS))),
  })
  .check(
    z.superRefine((step, ctx) => {
      const seenNames = new Map<string, number>();
      const seenIds = new Set<string>();
      step.categories.forEach((category, index) => {
        const key = category.name.trim().toLocaleLowerCase();
        if (seenNames.has(key)) ctx.addIssue(fieldIssue("duplicate_category", ["categories", index, "name"]));
        seenNames.set(key, index);
        if (seenIds.has(category.id)) ctx.addIssue(fieldIssue("invalid", ["categories", index, "id"]));
        seenIds.add(category.id);
      });
      let share = 0;
      step.offerings.forEach((offering, index) => {
        if (!seenIds.has(offering.categoryId)) {
          ctx.addIssue(fieldIssue("unknown_category", ["offerings", index, "categoryId"]));
        }
        if (seenIds.has(offering.id)) ctx.addIssue(fieldIssue("invalid", ["offerings", index, "id"]));
        seenIds.add(offering.id);
        share += offering.revenueShare ?? 0;
        if (offering.revenueShare !== null && share > 100) {
          ctx.addIssue(fieldIssue("revenue_over_100", ["offerings", index, "revenueShare"]));
        }
      });
    }),
  );

export type OfferingsStepInput = z.infer<typeof offeringsStepSchema>;
export type OfferingInput = z.infer<typeof offeringSchema>;

/** A new offering as the form adds it: nothing filled in but its keys. */
export function blankOffering(id: string, categoryId: string): OfferingInput {
  return { id, categoryId, name: "", definition: "", objective: "", weight: 3, revenueShare: null, tier: "core", audience: "" };
}

/**
 * What keeps step 1 from being complete: it needs at least one offering, each described
 * well enough (definition, objective, audience) to build personas on.
 */
export function offeringsStepMissing(step: Pick<OfferingsStepInput, "offerings">): MissingItem<"offerings">[] {
  if (step.offerings.length === 0) return [{ code: "noOfferings" }];
  return step.offerings
    .filter((o) => o.definition.trim() === "" || o.objective.trim() === "" || o.audience.trim() === "")
    .map((o) => ({ code: "offeringIncomplete", name: o.name }));
}

export function isOfferingsStepComplete(step: Pick<OfferingsStepInput, "offerings">): boolean {
  return offeringsStepMissing(step).length === 0;
}
