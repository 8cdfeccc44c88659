import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  isOfferingsStepComplete,
  MAX_CATEGORIES,
  offeringsStepMissing,
  MAX_OFFERINGS,
  offeringsStepSchema,
  type OfferingsStepInput,
} from "./offerings-step";

const CAT_A = "2b1f5d0e-8a4c-4a8e-9d1b-0c6a4f1e7a01";
const CAT_B = "2b1f5d0e-8a4c-4a8e-9d1b-0c6a4f1e7a02";
const OFF_1 = "7c9e6679-7425-40de-944b-e07fc1f90a01";
const OFF_2 = "7c9e6679-7425-40de-944b-e07fc1f90a02";
const OFF_3 = "7c9e6679-7425-40de-944b-e07fc1f90a03";

function offering(overrides: Partial<OfferingsStepInput["offerings"][number]> = {}): OfferingsStepInput["offerings"][number] {
  return {
    id: randomUUID(),
    categoryId: CAT_A,
    name: "Sourdough loaf",
    definition: "A slow-fermented bread",
    objective: "Daily footfall",
    weight: 3,
    revenueShare: 20,
    tier: "core",
    audience: "Neighbours who buy bread every day",
    ...overrides,
  };
}

function validStep(): OfferingsStepInput {
  return {
    version: 0,
    categories: [
      { id: CAT_A, name: "Bakery" },
      { id: CAT_B, name: "Catering" },
    ],
    offerings: [
      offering({ id: OFF_1, categoryId: CAT_A, name: "Sourdough loaf", revenueShare: 40 }),
      offering({ id: OFF_2, categoryId: CAT_A, name: "Croissant", weight: 5, revenueShare: null, tier: "growth" }),
      offering({ id: OFF_3, categoryId: CAT_B, name: "Office breakfast", weight: 1, revenueShare: 60, tier: "complementary" }),
    ],
  };
}

type Issue = { path: string; message: string };

/** Every issue of a failed parse as "a.0.b" → message; fails the test when the parse passes. */
function issuesOf(payload: unknown): Issue[] {
  const result = offeringsStepSchema.safeParse(payload);
  expect(result.success, "the payload should have been rejected").toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

function mutate(change: (step: OfferingsStepInput & Record<string, unknown>) => void): unknown {
  const step = structuredClone(validStep()) as OfferingsStepInput & Record<string, unknown>;
  change(step);
  return step;
}

describe("offeringsStepSchema", () => {
  it("accepts a valid step and returns it unchanged", () => {
    const step = validStep();
    const result = offeringsStepSchema.safeParse(step);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(step);
  });

  it("accepts a step with categories and no offerings", () => {
    const result = offeringsStepSchema.safeParse({ version: 3, categories: [{ id: CAT_A, name: "Bakery" }], offerings: [] });
    expect(result.success).toBe(true);
  });

  it("trims names and text fields", () => {
    const payload = mutate((s) => {
      s.categories[0]!.name = "  Bakery \n";
      s.offerings[0]!.name = "\tSourdough loaf  ";
      s.offerings[0]!.definition = "  slow  ";
    });
    const result = offeringsStepSchema.parse(payload);
    expect(result.categories[0]!.name).toBe("Bakery");
    expect(result.offerings[0]!.name).toBe("Sourdough loaf");
    expect(result.offerings[0]!.definition).toBe("slow");
  });

  it("accepts the boundary values 1 and 5 for weight and 0 and 100 for revenue share", () => {
    for (const weight of [1, 5]) {
      expect(offeringsStepSchema.safeParse(mutate((s) => (s.offerings[0]!.weight = weight))).success).toBe(true);
    }
    const shares = mutate((s) => {
      s.offerings[0]!.revenueShare = 100;
      s.offerings[1]!.revenueShare = 0;
      s.offerings[2]!.revenueShare = 0;
    });
    expect(offeringsStepSchema.safeParse(shares).success).toBe(true);
  });

  it("rejects an empty category name as required", () => {
    expect(issuesOf(mutate((s) => (s.categories[1]!.name = "")))).toEqual([{ path: "categories.1.name", message: "required" }]);
  });

  it("rejects a whitespace-only name as required", () => {
    expect(issuesOf(mutate((s) => (s.categories[0]!.name = "   \t ")))).toContainEqual({ path: "categories.0.name", message: "required" });
    expect(issuesOf(mutate((s) => (s.offerings[2]!.name = " \n ")))).toEqual([{ path: "offerings.2.name", message: "required" }]);
  });

  it("rejects duplicate category names regardless of case and surrounding spaces", () => {
    expect(issuesOf(mutate((s) => (s.categories[1]!.name = "BAKERY")))).toEqual([
      { path: "categories.1.name", message: "duplicate_category" },
    ]);
    expect(issuesOf(mutate((s) => (s.categories[1]!.name = "  bakery ")))).toEqual([
      { path: "categories.1.name", message: "duplicate_category" },
    ]);
  });

  it("requires at least one category", () => {
    expect(issuesOf({ version: 0, categories: [], offerings: [] })).toContainEqual({
      path: "categories",
      message: "at_least_one_category",
    });
  });

  it("rejects more categories or offerings than allowed", () => {
    const categories = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => ({ id: randomUUID(), name: `Category ${i}` }));
    expect(issuesOf({ version: 0, categories, offerings: [] })).toContainEqual({
      path: "categories",
      message: `too_many:${MAX_CATEGORIES}`,
    });
    const offerings = Array.from({ length: MAX_OFFERINGS + 1 }, () => offering({ revenueShare: null }));
    expect(issuesOf({ version: 0, categories: [{ id: CAT_A, name: "Bakery" }], offerings })).toContainEqual({
      path: "offerings",
      message: `too_many:${MAX_OFFERINGS}`,
    });
  });

  it("rejects an offering that points to an unknown category", () => {
    expect(issuesOf(mutate((s) => (s.offerings[1]!.categoryId = randomUUID())))).toEqual([
      { path: "offerings.1.categoryId", message: "unknown_category" },
    ]);
  });

  it("rejects an empty category reference as required", () => {
    expect(issuesOf(mutate((s) => (s.offerings[0]!.categoryId = "")))).toContainEqual({
      path: "offerings.0.categoryId",
      message: "required",
    });
  });

  it.each([0, 6, -1, 100])("rejects weight %s as out of range", (weight) => {
    expect(issuesOf(mutate((s) => (s.offerings[0]!.weight = weight)))).toEqual([{ path: "offerings.0.weight", message: "out_of_range" }]);
  });

  it.each([2.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects weight %s as an invalid number", (weight) => {
    expect(issuesOf(mutate((s) => (s.offerings[0]!.weight = weight)))).toContainEqual({
      path: "offerings.0.weight",
      message: "invalid_number",
    });
  });

  it.each([-1, 101])("rejects revenue share %s as out of range", (share) => {
    expect(issuesOf(mutate((s) => (s.offerings[0]!.revenueShare = share)))).toContainEqual({
      path: "offerings.0.revenueShare",
      message: "out_of_range",
    });
  });

  it("rejects a fractional revenue share", () => {
    expect(issuesOf(mutate((s) => (s.offerings[0]!.revenueShare = 12.5)))).toEqual([
      { path: "offerings.0.revenueShare", message: "invalid_number" },
    ]);
  });

  it("flags the offering whose revenue share makes the sum cross 100", () => {
    // 40 + (null) + 61 = 101: the third offering crosses the line, not the first.
    expect(issuesOf(mutate((s) => (s.offerings[2]!.revenueShare = 61)))).toEqual([
      { path: "offerings.2.revenueShare", message: "revenue_over_100" },
    ]);
    // Once over, every later offering with a share is flagged too; ones without a share are not.
    const issues = issuesOf(
      mutate((s) => {
        s.offerings[0]!.revenueShare = 90;
        s.offerings[1]!.revenueShare = 20;
        s.offerings[2]!.revenueShare = 5;
      }),
    );
    expect(issues).toEqual([
      { path: "offerings.1.revenueShare", message: "revenue_over_100" },
      { path: "offerings.2.revenueShare", message: "revenue_over_100" },
    ]);
    const nullLater = issuesOf(
      mutate((s) => {
        s.offerings[0]!.revenueShare = 90;
        s.offerings[1]!.revenueShare = 20;
        s.offerings[2]!.revenueShare = null;
      }),
    );
    expect(nullLater).toEqual([{ path: "offerings.1.revenueShare", message: "revenue_over_100" }]);
  });

  it("allows revenue shares that add up to exactly 100", () => {
    const payload = mutate((s) => {
      s.offerings[0]!.revenueShare = 40;
      s.offerings[1]!.revenueShare = 0;
      s.offerings[2]!.revenueShare = 60;
    });
    expect(offeringsStepSchema.safeParse(payload).success).toBe(true);
  });

  it("rejects names over their length limit as too long", () => {
    expect(offeringsStepSchema.safeParse(mutate((s) => (s.offerings[0]!.name = "x".repeat(120)))).success).toBe(true);
    expect(issuesOf(mutate((s) => (s.offerings[0]!.name = "x".repeat(121))))).toEqual([
      { path: "offerings.0.name", message: "too_long:120" },
    ]);
    expect(issuesOf(mutate((s) => (s.categories[0]!.name = "c".repeat(61))))).toEqual([
      { path: "categories.0.name", message: "too_long:60" },
    ]);
    expect(issuesOf(mutate((s) => (s.offerings[1]!.definition = "d".repeat(1001))))).toEqual([
      { path: "offerings.1.definition", message: "too_long:1000" },
    ]);
    expect(issuesOf(mutate((s) => (s.offerings[1]!.objective = "o".repeat(501))))).toEqual([
      { path: "offerings.1.objective", message: "too_long:500" },
    ]);
    expect(issuesOf(mutate((s) => (s.offerings[1]!.audience = "a".repeat(301))))).toEqual([
      { path: "offerings.1.audience", message: "too_long:300" },
    ]);
  });

  it("measures length after trimming", () => {
    expect(offeringsStepSchema.safeParse(mutate((s) => (s.offerings[0]!.name = `  ${"x".repeat(120)}  `))).success).toBe(true);
  });

  it("rejects text the database cannot store as sent: NUL characters and lone surrogates", () => {
    expect(issuesOf(mutate((s) => (s.categories[0]!.name = "Bak\u0000ery")))).toEqual([{ path: "categories.0.name", message: "invalid" }]);
    expect(issuesOf(mutate((s) => (s.offerings[1]!.definition = "\u0000")))).toEqual([
      { path: "offerings.1.definition", message: "invalid" },
    ]);
    expect(issuesOf(mutate((s) => (s.offerings[0]!.name = "Bread \ud800")))).toEqual([{ path: "offerings.0.name", message: "invalid" }]);
    expect(issuesOf(mutate((s) => (s.offerings[0]!.audience = "\udc00 first")))).toEqual([
      { path: "offerings.0.audience", message: "invalid" },
    ]);
    expect(issuesOf(mutate((s) => (s.offerings[2]!.objective = "\udc00\ud800")))).toEqual([
      { path: "offerings.2.objective", message: "invalid" },
    ]);
  });

  it("accepts other control characters, emoji and complete surrogate pairs", () => {
    const payload = mutate((s) => {
      s.categories[0]!.name = "Bakery 🥖";
      s.offerings[0]!.name = "Pan\u0001\u001f\u007f de 👩‍🍳";
      s.offerings[0]!.definition = "\ud83e\udd56";
    });
    expect(offeringsStepSchema.safeParse(payload).success).toBe(true);
  });

  it("rejects ids that are not uuids", () => {
    expect(issuesOf(mutate((s) => (s.categories[0]!.id = "not-a-uuid")))).toContainEqual({ path: "categories.0.id", message: "invalid" });
    expect(issuesOf(mutate((s) => (s.offerings[1]!.id = "123")))).toContainEqual({ path: "offerings.1.id", message: "invalid" });
    expect(issuesOf(mutate((s) => ((s.offerings[1] as Record<string, unknown>).id = 42)))).toContainEqual({
      path: "offerings.1.id",
      message: "invalid",
    });
  });

  it("rejects an id used twice, across categories and offerings", () => {
    expect(issuesOf(mutate((s) => (s.categories[1]!.id = CAT_A)))).toContainEqual({ path: "categories.1.id", message: "invalid" });
    expect(issuesOf(mutate((s) => (s.offerings[2]!.id = OFF_1)))).toEqual([{ path: "offerings.2.id", message: "invalid" }]);
    expect(issuesOf(mutate((s) => (s.offerings[0]!.id = CAT_B)))).toEqual([{ path: "offerings.0.id", message: "invalid" }]);
  });

  it("rejects missing fields with a message on each one", () => {
    const issues = issuesOf(
      mutate((s) => {
        const o = s.offerings[0] as Partial<OfferingsStepInput["offerings"][number]>;
        delete o.categoryId;
        delete o.name;
        delete o.weight;
        delete o.revenueShare;
        delete o.tier;
        delete o.audience;
        delete (s.categories[0] as Partial<OfferingsStepInput["categories"][number]>).id;
      }),
    );
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath).toMatchObject({
      "offerings.0.categoryId": "required",
      "offerings.0.weight": "invalid_number",
      "offerings.0.revenueShare": "invalid_number",
      "offerings.0.tier": "required",
      "categories.0.id": "invalid",
    });
    expect(byPath["offerings.0.name"]).toEqual(expect.any(String));
    expect(byPath["offerings.0.audience"]).toEqual(expect.any(String));
  });

  it("rejects a payload without its top-level fields", () => {
    const paths = issuesOf({}).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["version", "categories", "offerings"]));
    expect(issuesOf(null).map((i) => i.path)).toEqual([""]);
    expect(issuesOf([]).map((i) => i.path)).toEqual([""]);
  });

  it("rejects a string where a number is expected", () => {
    expect(issuesOf(mutate((s) => ((s.offerings[0] as Record<string, unknown>).weight = "3")))).toEqual([
      { path: "offerings.0.weight", message: "invalid_number" },
    ]);
    expect(issuesOf(mutate((s) => ((s.offerings[0] as Record<string, unknown>).revenueShare = "40")))).toEqual([
      { path: "offerings.0.revenueShare", message: "invalid_number" },
    ]);
    expect(issuesOf(mutate((s) => ((s as Record<string, unknown>).version = "0"))).map((i) => i.path)).toEqual(["version"]);
  });

  it("rejects a negative or fractional version", () => {
    expect(issuesOf(mutate((s) => (s.version = -1))).map((i) => i.path)).toEqual(["version"]);
    expect(issuesOf(mutate((s) => (s.version = 1.5))).map((i) => i.path)).toEqual(["version"]);
  });

  it("rejects an unknown tier as required", () => {
    expect(issuesOf(mutate((s) => ((s.offerings[0] as Record<string, unknown>).tier = "premium")))).toEqual([
      { path: "offerings.0.tier", message: "required" },
    ]);
  });

  it("rejects a number where text is expected", () => {
    expect(issuesOf(mutate((s) => ((s.categories[0] as Record<string, unknown>).name = 12))).map((i) => i.path)).toEqual([
      "categories.0.name",
    ]);
  });

  it("strips unknown keys", () => {
    const result = offeringsStepSchema.parse(
      mutate((s) => {
        (s.offerings[0] as Record<string, unknown>).projectId = randomUUID();
        (s.offerings[0] as Record<string, unknown>).position = 99;
        s.extra = true;
      }),
    );
    expect(result.offerings[0]).not.toHaveProperty("projectId");
    expect(result.offerings[0]).not.toHaveProperty("position");
    expect(result).not.toHaveProperty("extra");
  });
});

describe("isOfferingsStepComplete", () => {
  it("is true when every offering has a definition, an objective and an audience", () => {
    expect(isOfferingsStepComplete(validStep())).toBe(true);
  });

  it("is false without offerings", () => {
    expect(isOfferingsStepComplete({ offerings: [] })).toBe(false);
  });

  it.each(["definition", "objective", "audience"] as const)("is false when one offering has a blank %s", (field) => {
    const step = validStep();
    step.offerings[1]![field] = "";
    expect(isOfferingsStepComplete(step)).toBe(false);
    step.offerings[1]![field] = "   ";
    expect(isOfferingsStepComplete(step)).toBe(false);
  });

  it("names what is missing: no offerings at all, or each offering still half described", () => {
    expect(offeringsStepMissing({ offerings: [] })).toEqual([{ code: "noOfferings" }]);
    const step = validStep();
    step.offerings[1]!.audience = " ";
    expect(offeringsStepMissing(step)).toEqual([{ code: "offeringIncomplete", name: step.offerings[1]!.name }]);
  });

  it("does not need a revenue share or a particular weight or tier", () => {
    const step = validStep();
    for (const o of step.offerings) {
      o.revenueShare = null;
      o.weight = 1;
      o.tier = "complementary";
    }
    expect(isOfferingsStepComplete(step)).toBe(true);
  });
});
