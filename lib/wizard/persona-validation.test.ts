import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NO_JOURNEY } from "@/lib/validation/journey";
import { blankPlanItem, NO_VALIDATION, type PersonaValidation } from "@/lib/validation/persona-validation";
import {
  confirmedClaims,
  isClaimConfirmed,
  openPlanItems,
  pruneValidatedClaims,
  suggestsJourneyWalk,
  toggleClaim,
} from "./persona-validation";

const persona = (validation: Partial<PersonaValidation> = {}) => ({
  jobs: ["Choose a first guitar"],
  pains: ["Strings too high", "Long waits for a custom build"],
  gains: ["A warm tone"],
  validation: { ...NO_VALIDATION, ...validation },
});

describe("confirmed claims", () => {
  it("drop claims about items the persona no longer has, and take the profile's spelling and order", () => {
    const claims = [
      { kind: "gain" as const, item: "a warm tone " },
      { kind: "pain" as const, item: "Buzzing frets" },
      { kind: "pain" as const, item: "LONG WAITS FOR A CUSTOM BUILD" },
      // A job's text ticked as a pain does not confirm the job.
      { kind: "pain" as const, item: "Choose a first guitar" },
    ];
    expect(confirmedClaims(persona({ validatedClaims: claims }))).toEqual([
      { kind: "pain", item: "Long waits for a custom build" },
      { kind: "gain", item: "A warm tone" },
    ]);
  });

  it("are pruned without touching the rest of the record", () => {
    const plan = [{ ...blankPlanItem(randomUUID()), what: "Ask at the till" }];
    const before = persona({
      status: "validated",
      evidence: ["survey"],
      confidence: "low",
      plan,
      validatedClaims: [{ kind: "job", item: "Gone" }],
    });
    expect(pruneValidatedClaims(before)).toEqual({ ...before.validation, validatedClaims: [] });
  });

  it("are ticked and unticked one item at a time, whatever the case", () => {
    const start = persona({ validatedClaims: [{ kind: "gain", item: "A warm tone" }] });
    const ticked = toggleClaim(start, "pain", "Strings too high", true);
    expect(ticked).toEqual([
      { kind: "pain", item: "Strings too high" },
      { kind: "gain", item: "A warm tone" },
    ]);
    expect(toggleClaim({ ...start, validation: { ...start.validation, validatedClaims: ticked } }, "gain", "a warm tone", false)).toEqual([
      { kind: "pain", item: "Strings too high" },
    ]);
    expect(isClaimConfirmed({ validatedClaims: ticked }, "gain", "A WARM TONE")).toBe(true);
    expect(isClaimConfirmed({ validatedClaims: ticked }, "job", "A warm tone")).toBe(false);
  });
});

describe("the validation plan and the journey hint", () => {
  it("lists the plan's open rows in order", () => {
    const [a, b, c] = ["First", "Second", "Third"].map((what, i) => ({ ...blankPlanItem(randomUUID()), what, done: i === 1 }));
    expect(openPlanItems({ plan: [a!, b!, c!] }).map((i) => i.what)).toEqual(["First", "Third"]);
  });

  it("suggests walking the journey as evidence only once it was walked and while it is not ticked", () => {
    expect(suggestsJourneyWalk(NO_JOURNEY, { evidence: [] })).toBe(false);
    expect(suggestsJourneyWalk({ walkedOn: "2026-11-20" }, { evidence: ["interviews"] })).toBe(true);
    expect(suggestsJourneyWalk({ walkedOn: "2026-11-20" }, { evidence: ["journey_walk"] })).toBe(false);
  });
});
