import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { dismissFindingSchema, restoreFindingSchema } from "./coach";

const errorsOf = (raw: unknown) => {
  const parsed = z.safeParse(dismissFindingSchema, raw);
  if (parsed.success) return [];
  // The first message per field, as the form shows it (toFieldErrors).
  const first = new Map<string, string>();
  for (const issue of parsed.error.issues) if (!first.has(issue.path.join("."))) first.set(issue.path.join("."), issue.message);
  return [...first].map(([path, message]) => `${path} ${message}`);
};

describe("setting a coach finding aside", () => {
  it("takes a known rule, its subject and a reason of 3 to 500 characters, trimmed", () => {
    expect(z.parse(dismissFindingSchema, { rule: "campaign_no_metric", subject: "c1", reason: "  Counted at the till " })).toEqual({
      rule: "campaign_no_metric",
      subject: "c1",
      reason: "Counted at the till",
    });
    expect(errorsOf({ rule: "campaign_no_metric", subject: "", reason: "ok" })).toEqual(["reason too_short:3"]);
    expect(errorsOf({ rule: "campaign_no_metric", subject: "", reason: "   " })).toEqual(["reason required"]);
    expect(errorsOf({ rule: "campaign_no_metric", subject: "", reason: "x".repeat(501) })).toEqual(["reason too_long:500"]);
  });

  it("refuses a rule the coach does not have", () => {
    expect(errorsOf({ rule: "made_up", subject: "", reason: "Because" })).toEqual(["rule invalid"]);
    expect(z.safeParse(restoreFindingSchema, { rule: "made_up", subject: "" }).success).toBe(false);
    expect(z.safeParse(restoreFindingSchema, { rule: "offerings_none", subject: "" }).success).toBe(true);
  });
});
