import { randomUUID } from "node:crypto";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import {
  blankPlanItem,
  isBlankPlanItem,
  MAX_PLAN_ITEMS,
  NO_VALIDATION,
  personaValidationSchema,
  type PersonaValidation,
} from "./persona-validation";

const validated = (overrides: Partial<PersonaValidation> = {}): PersonaValidation => ({
  status: "validated",
  evidence: ["interviews", "customer_data"],
  confidence: "high",
  note: "Five customers who ordered a custom guitar said the same thing about waiting times.",
  validatedClaims: [{ kind: "pain", item: "Long waits for a custom build" }],
  plan: [{ id: randomUUID(), what: "Ask at the till", how: "A two-question survey", who: "Marta", due: "2027-01-15", done: false }],
  ...overrides,
});

/** The error codes by path inside the validation record. */
function errorsOf(input: unknown): Record<string, string> {
  const result = z.safeParse(personaValidationSchema, input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("personaValidationSchema", () => {
  it("accepts a validated persona with evidence, a confidence, claims and a plan, trimming what was typed", () => {
    expect(errorsOf(validated())).toEqual({});
    const parsed = z.parse(personaValidationSchema, validated({ note: "  Same answer five times  " }));
    expect(parsed.note).toBe("Same answer five times");
  });

  it("keeps an assumption valid with no evidence and no confidence", () => {
    expect(errorsOf(NO_VALIDATION)).toEqual({});
  });

  it("asks a validated persona for at least one kind of evidence and a confidence, each on its own field", () => {
    expect(errorsOf(validated({ evidence: [], confidence: null }))).toEqual({ evidence: "at_least_one_evidence", confidence: "required" });
  });

  it("lets an assumption keep the evidence and confidence it had, so switching back loses nothing", () => {
    expect(errorsOf(validated({ status: "assumption" }))).toEqual({});
  });

  it("refuses unknown statuses, kinds and confidences, and a kind ticked twice", () => {
    expect(errorsOf(validated({ status: "proven" as never }))).toEqual({ status: "invalid" });
    expect(errorsOf(validated({ evidence: ["gut_feeling" as never] }))).toEqual({ "evidence.0": "invalid" });
    expect(errorsOf(validated({ confidence: "total" as never }))).toEqual({ confidence: "invalid" });
    expect(errorsOf(validated({ evidence: ["survey", "survey"] }))).toEqual({ evidence: "duplicate" });
  });

  it("limits the note and refuses the same claim twice, whatever its case", () => {
    expect(errorsOf(validated({ note: "x".repeat(1001) }))).toEqual({ note: "too_long:1000" });
    const claims = [
      { kind: "gain" as const, item: "A guitar made for my hands" },
      { kind: "gain" as const, item: "a guitar made for my hands " },
    ];
    expect(errorsOf(validated({ validatedClaims: claims }))).toEqual({ validatedClaims: "duplicate" });
    expect(errorsOf(validated({ validatedClaims: [{ kind: "wish" as never, item: "x" }] }))).toEqual({
      "validatedClaims.0.kind": "invalid",
    });
  });

  it("needs what each plan item checks, and a real calendar day or none", () => {
    const item = (overrides: object) => ({ ...blankPlanItem(randomUUID()), what: "Check the survey", ...overrides });
    expect(errorsOf(validated({ plan: [item({ what: "  " })] }))).toEqual({ "plan.0.what": "required" });
    expect(errorsOf(validated({ plan: [item({ due: "2027-02-30" })] }))).toEqual({ "plan.0.due": "invalid_date" });
    expect(errorsOf(validated({ plan: [item({ due: "15/01/2027" })] }))).toEqual({ "plan.0.due": "invalid_date" });
    expect(errorsOf(validated({ plan: [item({ due: "" }), item({ due: "2028-02-29" })] }))).toEqual({});
    expect(errorsOf(validated({ plan: [item({ id: "not-a-uuid" })] }))).toEqual({ "plan.0.id": "invalid" });
  });

  it("keeps the plan to twenty items", () => {
    const plan = Array.from({ length: MAX_PLAN_ITEMS + 1 }, () => ({ ...blankPlanItem(randomUUID()), what: "Ask" }));
    expect(errorsOf(validated({ plan }))).toEqual({ plan: `too_many:${MAX_PLAN_ITEMS}` });
    expect(errorsOf(validated({ plan: plan.slice(1) }))).toEqual({});
  });

  it("tells a blank plan row from one with something in it", () => {
    expect(isBlankPlanItem(blankPlanItem(randomUUID()))).toBe(true);
    expect(isBlankPlanItem({ ...blankPlanItem(randomUUID()), who: " " })).toBe(true);
    expect(isBlankPlanItem({ ...blankPlanItem(randomUUID()), due: "2027-01-15" })).toBe(false);
    expect(isBlankPlanItem({ ...blankPlanItem(randomUUID()), done: true })).toBe(false);
  });
});
