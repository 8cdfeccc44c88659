import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  blankPersona,
  copyPersona,
  isPersonasStepComplete,
  MAX_PERSONAS,
  NAME_MAX_LENGTH,
  offeringsWithoutPersona,
  personasStepMissing,
  personasStepSchema,
  type PersonaInput,
  type PersonasStepInput,
} from "./personas-step";
import { NO_VALIDATION, type PersonaValidation } from "./persona-validation";
import { MAX_TAGS } from "./tags";
import { MUSIC_SCHOOL_B2B } from "@/lib/testing/b2b-persona";

const offeringA = randomUUID();
const offeringB = randomUUID();

function persona(overrides: Partial<PersonaInput> = {}): PersonaInput {
  return {
    ...blankPersona(randomUUID(), offeringA),
    name: "Marta, the evening runner",
    description: "Marta, 42, started running after a health scare and wants a half marathon under two hours.",
    ageMin: 38,
    ageMax: 48,
    generation: "gen_x",
    goals: ["Finish a half marathon"],
    pains: ["Knee pain after long runs"],
    channelIds: ["00000000-0000-4000-8000-0000000000c1", "00000000-0000-4000-8000-0000000000c2"],
    decisionRoles: ["decision_maker", "buyer"],
    ...overrides,
  };
}

const step = (...personas: PersonaInput[]): PersonasStepInput => ({ version: 3, personas });

/** The error codes by field path, as the action reports them. */
function errorsOf(input: unknown): Record<string, string> {
  const result = personasStepSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("personasStepSchema", () => {
  it("accepts a complete persona and an empty step", () => {
    const input = step(persona(), persona({ offeringId: offeringB, ageMin: null, ageMax: null }));
    expect(personasStepSchema.parse(input)).toEqual(input);
    expect(personasStepSchema.safeParse(step()).success).toBe(true);
  });

  it("trims text and list entries", () => {
    const parsed = personasStepSchema.parse(step(persona({ name: "  Lucía  ", goals: [" Play on stage "] })));
    expect(parsed.personas[0]!.name).toBe("Lucía");
    expect(parsed.personas[0]!.goals).toEqual(["Play on stage"]);
  });

  it("requires a name", () => {
    expect(errorsOf(step(persona({ name: "   " })))).toEqual({ "personas.0.name": "required" });
  });

  it("limits lengths", () => {
    expect(errorsOf(step(persona({ name: "x".repeat(NAME_MAX_LENGTH + 1) })))).toEqual({
      "personas.0.name": `too_long:${NAME_MAX_LENGTH}`,
    });
    expect(errorsOf(step(persona({ objections: "x".repeat(1001) })))).toEqual({ "personas.0.objections": "too_long:1000" });
    expect(errorsOf(step(persona({ pains: ["x".repeat(161)] })))).toEqual({ "personas.0.pains.0": "too_long:160" });
  });

  it("refuses characters the database cannot store as sent", () => {
    expect(errorsOf(step(persona({ description: "a\u0000b" })))).toEqual({ "personas.0.description": "invalid" });
    expect(errorsOf(step(persona({ goals: ["lone \ud800 half"] })))).toEqual({ "personas.0.goals.0": "invalid" });
    expect(errorsOf(step(persona({ name: "Emoji 🏃‍♀️ runner" })))).toEqual({});
  });

  it("checks the ages: whole numbers in range, minimum not above maximum", () => {
    expect(errorsOf(step(persona({ ageMin: 20.5 })))).toEqual({ "personas.0.ageMin": "invalid_number" });
    expect(errorsOf(step(persona({ ageMin: Number.NaN })))).toEqual({ "personas.0.ageMin": "invalid_number" });
    expect(errorsOf(step(persona({ ageMax: 121 })))).toEqual({ "personas.0.ageMax": "out_of_range" });
    expect(errorsOf(step(persona({ ageMin: -1 })))).toEqual({ "personas.0.ageMin": "out_of_range" });
    expect(errorsOf(step(persona({ ageMin: 50, ageMax: 30 })))).toEqual({ "personas.0.ageMax": "age_order" });
    expect(errorsOf(step(persona({ ageMin: 30, ageMax: 30 })))).toEqual({});
    expect(errorsOf(step(persona({ ageMin: null, ageMax: 30 })))).toEqual({});
  });

  it("reports the age order together with errors in other fields", () => {
    expect(errorsOf(step(persona({ ageMin: 50, ageMax: 30, name: "" })))).toEqual({
      "personas.0.name": "required",
      "personas.0.ageMax": "age_order",
    });
  });

  it("accepts only the known generations and roles", () => {
    expect(errorsOf(step(persona({ generation: "" })))).toEqual({});
    expect(errorsOf(step(persona({ generation: "gen_alpha" as never })))).toEqual({ "personas.0.generation": "invalid" });
    expect(errorsOf(step(persona({ decisionRoles: ["payer" as never] })))).toEqual({ "personas.0.decisionRoles.0": "invalid" });
    expect(errorsOf(step(persona({ needsIntermediary: "yes" as never })))).toEqual({ "personas.0.needsIntermediary": "invalid" });
  });

  it("wants at least one buying-decision role, each once", () => {
    expect(errorsOf(step(persona({ decisionRoles: ["end_user", "influencer"] })))).toEqual({});
    expect(errorsOf(step(persona({ decisionRoles: [] })))).toEqual({ "personas.0.decisionRoles": "required" });
    expect(errorsOf(step(persona({ decisionRoles: undefined as never })))).toEqual({ "personas.0.decisionRoles": "required" });
    expect(errorsOf(step(persona({ decisionRoles: "buyer" as never })))).toEqual({ "personas.0.decisionRoles": "required" });
    expect(errorsOf(step(persona({ decisionRoles: ["buyer", "buyer"] })))).toEqual({ "personas.0.decisionRoles": "duplicate" });
  });

  it("refuses duplicate, empty and too many list entries", () => {
    expect(errorsOf(step(persona({ gains: ["Sound like a pro", " sound LIKE a pro "] })))).toEqual({ "personas.0.gains": "duplicate" });
    expect(errorsOf(step(persona({ jobs: ["  "] })))).toEqual({ "personas.0.jobs.0": "required" });
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `Goal ${i}`);
    expect(errorsOf(step(persona({ goals: many.slice(0, MAX_TAGS) })))).toEqual({});
    expect(errorsOf(step(persona({ goals: many })))).toEqual({ "personas.0.goals": `too_many:${MAX_TAGS}` });
    expect(errorsOf(step(persona({ channelIds: ["Strava"] })))).toEqual({ "personas.0.channelIds.0": "unknown_channel" });
  });

  it("refuses malformed offering ids as unknown offerings", () => {
    expect(errorsOf(step(persona({ offeringId: "guitars" })))).toEqual({ "personas.0.offeringId": "unknown_offering" });
  });

  it("refuses the same persona id twice and too many personas", () => {
    const first = persona();
    expect(errorsOf(step(first, { ...first, name: "Twin" }))).toEqual({ "personas.1.id": "invalid" });
    const crowd = Array.from({ length: MAX_PERSONAS + 1 }, () => persona());
    expect(errorsOf(step(...crowd))).toEqual({ personas: `too_many:${MAX_PERSONAS}` });
  });

  it("reports malformed payloads as errors, not exceptions", () => {
    for (const payload of [null, 7, "x", [], { version: "1", personas: {} }, { version: 0, personas: [null, 4] }]) {
      expect(personasStepSchema.safeParse(payload).success).toBe(false);
    }
  });
});

describe("blankPersona and copyPersona", () => {
  it("starts a persona from step 3's demographics", () => {
    const defaults = {
      ageMin: 25,
      ageMax: 40,
      gender: "Any",
      location: "Madrid",
      occupation: "Office workers",
      generation: "millennials" as const,
    };
    const blank = blankPersona("id-1", offeringB, defaults);
    expect(blank).toMatchObject({
      id: "id-1",
      offeringId: offeringB,
      name: "",
      ...defaults,
      decisionRoles: ["buyer"],
      needsIntermediary: false,
    });
    expect(personasStepSchema.safeParse(step({ ...blank, id: randomUUID(), name: "New" })).success).toBe(true);
  });

  it("copies every answer onto another offering without sharing the lists", () => {
    const source = persona();
    const copy = copyPersona(source, "new-id", offeringB, `${source.name} (copy)`);
    expect(copy).toEqual({ ...source, id: "new-id", offeringId: offeringB, name: `${source.name} (copy)` });
    copy.goals.push("Another goal");
    copy.decisionRoles.push("saboteur");
    expect(source.goals).toEqual(["Finish a half marathon"]);
    expect(source.decisionRoles).toEqual(["decision_maker", "buyer"]);
    expect(copyPersona(source, "x", offeringB, "n".repeat(200)).name).toHaveLength(NAME_MAX_LENGTH);
  });
});

describe("completion", () => {
  const offerings = [
    { id: offeringA, name: "Affordable guitars" },
    { id: offeringB, name: "Premium guitars" },
  ];

  it("lists the offerings without a persona, in order", () => {
    expect(offeringsWithoutPersona(offerings, [])).toEqual(offerings);
    expect(offeringsWithoutPersona(offerings, [{ offeringId: offeringB }])).toEqual([offerings[0]]);
  });

  // A persona that can guide the plan: one job, pain and gain, and the MIN.
  const answered = (offeringId: string, name = "Lucía") => ({
    offeringId,
    name,
    jobs: ["Tune by ear"],
    pains: ["Buzzing frets"],
    gains: ["Sounds good on stage"],
    needs: "Stays in tune",
    motivations: "The warm sound",
    ideals: "A real musician",
  });

  it("says what is missing: offerings first, then each offering without a persona by name", () => {
    expect(personasStepMissing([], [])).toEqual([{ code: "noOfferings" }]);
    expect(personasStepMissing(offerings, [answered(offeringA)])).toEqual([{ code: "offeringWithoutPersona", name: "Premium guitars" }]);
    expect(personasStepMissing(offerings, [answered(offeringA), answered(offeringB)])).toEqual([]);
  });

  it("does not count a persona with only a name, and says what it lacks", () => {
    const named = { ...answered(offeringB, "Carmen"), jobs: [], pains: [], gains: [], needs: "", motivations: "  ", ideals: "" };
    expect(personasStepMissing(offerings, [answered(offeringA), named])).toEqual([
      { code: "personaWithoutProfile", name: "Carmen" },
      { code: "personaWithoutMin", name: "Carmen" },
    ]);
    expect(personasStepMissing(offerings, [answered(offeringA), { ...answered(offeringB, "Carmen"), gains: [] }])).toEqual([
      { code: "personaWithoutProfile", name: "Carmen" },
    ]);
    expect(personasStepMissing(offerings, [answered(offeringA), { ...answered(offeringB, "Carmen"), ideals: "" }])).toEqual([
      { code: "personaWithoutMin", name: "Carmen" },
    ]);
  });

  it("is complete only when every offering has a persona and there is at least one offering", () => {
    expect(isPersonasStepComplete([], [])).toBe(false);
    expect(isPersonasStepComplete(offerings, [answered(offeringA), answered(offeringA)])).toBe(false);
    expect(isPersonasStepComplete(offerings, [answered(offeringA), answered(offeringB)])).toBe(true);
  });
});

describe("a persona's validation in step 4's schema", () => {
  const validated: PersonaValidation = {
    status: "validated",
    evidence: ["survey"],
    confidence: "medium",
    note: "Most runners at the club asked for evening sessions.",
    validatedClaims: [{ kind: "pain", item: "Knee pain after long runs" }],
    plan: [{ id: randomUUID(), what: "Ask the club's coaches", how: "", who: "", due: "", done: false }],
  };

  it("defaults to an assumption when a payload from before issue 16 leaves it out", () => {
    const older: Record<string, unknown> = persona();
    delete older.validation;
    expect(personasStepSchema.parse(step(older as PersonaInput)).personas[0]!.validation).toEqual(NO_VALIDATION);
  });

  it("reports a validated persona without evidence under personas.N.validation.evidence", () => {
    expect(errorsOf(step(persona({ validation: { ...validated, evidence: [] } })))).toEqual({
      "personas.0.validation.evidence": "at_least_one_evidence",
    });
  });

  it("starts blank and copied personas as assumptions: evidence about one offering's buyers is not about another's", () => {
    expect(blankPersona("id-1", offeringA).validation).toEqual(NO_VALIDATION);
    const copy = copyPersona(persona({ validation: validated }), "id-2", offeringB, "Marta (copy)");
    expect(copy.validation).toEqual(NO_VALIDATION);
  });
});

describe("a persona's company in step 4's schema", () => {
  it("accepts a buyer for a company, one for themselves, and a payload from before B2B", () => {
    expect(personasStepSchema.parse(step(persona({ b2b: MUSIC_SCHOOL_B2B }))).personas[0]!.b2b).toEqual(MUSIC_SCHOOL_B2B);
    expect(personasStepSchema.parse(step(persona({ b2b: null }))).personas[0]!.b2b).toBeNull();
    const older: Record<string, unknown> = persona();
    delete older.b2b;
    expect(personasStepSchema.safeParse(step(older as PersonaInput)).success).toBe(true);
  });

  it("reports a field of the company under personas.N.b2b", () => {
    expect(errorsOf(step(persona({ b2b: { ...MUSIC_SCHOOL_B2B, jobTitle: "x".repeat(121) } })))).toEqual({
      "personas.0.b2b.jobTitle": "too_long:120",
    });
  });

  it("starts a blank persona buying for themselves and keeps the company in a copy", () => {
    expect(blankPersona("id-1", offeringA).b2b).toBeNull();
    expect(copyPersona(persona({ b2b: MUSIC_SCHOOL_B2B }), "id-2", offeringB, "Copy").b2b).toEqual(MUSIC_SCHOOL_B2B);
  });
});
