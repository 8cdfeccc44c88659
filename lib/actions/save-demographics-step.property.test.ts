import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { expect, it, vi } from "vitest";
import type { Database } from "@/db/connect";
import { DEMOGRAPHICS_STEP, getDemographicsStep } from "@/db/queries/demographics-step";
import { createProject } from "@/db/queries/projects";
import { projectSteps, targetProfiles } from "@/db/schema";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { arb, BAD_VERSIONS, pickFrom, setUpActionTests, UNSTORABLE_TEXTS } from "@/lib/testing/save-action-properties";
import {
  demographicsStepMissing,
  demographicsStepSchema,
  GENDER_MAX_LENGTH,
  OCCUPATION_MAX_LENGTH,
  sortGenerations,
  type DemographicsStepInput,
} from "@/lib/validation/demographics-step";
import { GENERATIONS, MAX_AGE } from "@/lib/validation/personas-step";
import { MAX_TAGS, TAG_MAX_LENGTH } from "@/lib/validation/tags";
import { saveDemographicsStepAction } from "./save-demographics-step";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const RUNS = { garbage: 150, broken: 150, valid: { pglite: 50, postgres: 25 } } as const;

// ---------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------

const tagsArb = (max: number) => fc.uniqueArray(arb.name(max), { maxLength: 5, selector: (s) => s.trim().toLocaleLowerCase() });
const ageArb = fc.option(fc.integer({ min: 0, max: MAX_AGE }), { nil: null });

const stepDraftArb = fc
  .record({
    ageMin: ageArb,
    ageMax: ageArb,
    generations: fc.subarray([...GENERATIONS]),
    genders: tagsArb(GENDER_MAX_LENGTH),
    locations: tagsArb(TAG_MAX_LENGTH),
    household: arb.text(600),
    occupation: arb.text(OCCUPATION_MAX_LENGTH),
    economicLevel: arb.text(600),
    educationLevel: arb.text(600),
    languages: tagsArb(TAG_MAX_LENGTH),
    valuesAndCustoms: arb.text(2000),
  })
  // An ordered range: the broken payloads below are where the order goes wrong.
  .map((d) => (d.ageMin !== null && d.ageMax !== null && d.ageMin > d.ageMax ? { ...d, ageMin: d.ageMax, ageMax: d.ageMin } : d));
type StepDraft = typeof stepDraftArb extends fc.Arbitrary<infer T> ? T : never;

const garbageArb = arb.garbageWith(
  fc.record(
    {
      version: arb.anything,
      ageMin: arb.anything,
      ageMax: arb.anything,
      generations: arb.anything,
      genders: arb.anything,
      locations: arb.anything,
    },
    { requiredKeys: [] },
  ),
  // The right keys with the wrong types.
  fc.record({
    version: fc.oneof(fc.nat(), fc.string(), fc.constant(null)),
    ageMin: fc.oneof(fc.string(), fc.double(), fc.constant(undefined)),
    ageMax: fc.oneof(fc.integer(), fc.constant(null)),
    generations: fc.oneof(fc.string(), fc.array(fc.anything())),
    genders: fc.oneof(fc.string(), fc.array(fc.oneof(fc.integer(), fc.constant(null)))),
    locations: fc.anything(),
    occupation: fc.oneof(fc.integer(), fc.constant(null)),
  }),
);

const BREAKERS = [
  "version",
  "ageType",
  "ageRange",
  "ageOrder",
  "generationUnknown",
  "generationTwice",
  "tagsType",
  "tagDuplicate",
  "tagItem",
  "tagsTooMany",
  "unstorable",
  "hugeText",
  "missingField",
] as const;
type Breaker = (typeof BREAKERS)[number];

const TEXT_FIELDS = ["household", "occupation", "economicLevel", "educationLevel", "valuesAndCustoms"] as const;
const TAG_FIELDS = ["genders", "locations", "languages"] as const;

/** Breaks one thing in a valid payload; returns the field-error key that must be reported, and its code when only one fits. */
function breakPayload(valid: DemographicsStepInput, breaker: Breaker, pick: number, hugeLength: number) {
  const step = structuredClone(valid) as DemographicsStepInput & Record<string, unknown>;
  const raw = step as Record<string, unknown>;
  const ageField = pickFrom(["ageMin", "ageMax"], pick);
  const tagField = pickFrom(TAG_FIELDS, pick);
  switch (breaker) {
    case "version":
      step.version = pickFrom(BAD_VERSIONS, pick) as number;
      return { payload: step, key: "version" };
    case "ageType":
      raw[ageField] = pickFrom(["30", 20.5, Number.NaN, Infinity, true, [], undefined], pick);
      return { payload: step, key: ageField };
    case "ageRange":
      raw[ageField] = pickFrom([-1, MAX_AGE + 1, 32767, -32768, 1e9], pick);
      return { payload: step, key: ageField, code: "out_of_range" };
    case "ageOrder":
      step.ageMin = 1 + (pick % MAX_AGE);
      step.ageMax = pick % step.ageMin;
      return { payload: step, key: "ageMax", code: "age_order" };
    case "generationUnknown":
      raw.generations = [pickFrom(["gen_alpha", "Millennials", "", 3, null], pick)];
      return { payload: step, key: "generations.0" };
    case "generationTwice":
      step.generations = [pickFrom(GENERATIONS, pick), pickFrom(GENERATIONS, pick)];
      return { payload: step, key: "generations", code: "duplicate" };
    case "tagsType":
      raw[tagField] = pickFrom(["Madrid", null, 4, { 0: "a" }], pick);
      return { payload: step, key: tagField };
    case "tagDuplicate":
      raw[tagField] = ["Same entry", " same ENTRY "];
      return { payload: step, key: tagField, code: "duplicate" };
    case "tagItem":
      raw[tagField] = [pickFrom(["", "  ", 5, null, "x".repeat(TAG_MAX_LENGTH + 1)], pick)];
      return { payload: step, key: `${tagField}.0` };
    case "tagsTooMany":
      raw[tagField] = Array.from({ length: MAX_TAGS + 1 + (pick % 10) }, (_, n) => `Entry ${n}`);
      return { payload: step, key: tagField, code: "too_many" };
    case "unstorable": {
      const field = pickFrom(TEXT_FIELDS, pick);
      raw[field] = pickFrom(UNSTORABLE_TEXTS, pick);
      return { payload: step, key: field, code: "invalid" };
    }
    case "hugeText": {
      const field = pickFrom(TEXT_FIELDS, pick);
      raw[field] = "ñ".repeat(2001 + hugeLength);
      return { payload: step, key: field, code: "too_long" };
    }
    case "missingField": {
      const field = pickFrom(Object.keys(step), pick);
      delete step[field];
      return { payload: step, key: field };
    }
  }
}

// ---------------------------------------------------------------------------------------
// Database helpers
// ---------------------------------------------------------------------------------------

async function fullState(db: Database, projectId: string) {
  const [step] = await db
    .select({ version: projectSteps.version, completed: projectSteps.completed, updatedBy: projectSteps.updatedBy })
    .from(projectSteps)
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, DEMOGRAPHICS_STEP)));
  const profile = await db.select().from(targetProfiles).where(eq(targetProfiles.projectId, projectId));
  return { step, profile };
}

const payloadOf = (draft: StepDraft, version: number): DemographicsStepInput => ({ version, ...draft });

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

describeEachDatabase("saveDemographicsStepAction", (getConnection, kind) => {
  const db = () => getConnection().db;
  const { ctx, check } = setUpActionTests(
    getConnection,
    { save: saveDemographicsStepAction, schema: demographicsStepSchema, state: (projectId) => fullState(db(), projectId) },
    async (user) => {
      const projectId = await createProject({ actor: user, details: { name: "Running course", description: "" } });
      // A saved profile, so that "writes nothing" is checked against real rows.
      const seeded = await saveDemographicsStepAction(projectId, payloadOf(fc.sample(stepDraftArb, { numRuns: 1, seed: 7 })[0]!, 0));
      expect(seeded.ok).toBe(true);
      return { projectId };
    },
  );
  const current = () => getDemographicsStep({ actor: ctx.user, projectId: ctx.projectId });

  it("never throws on arbitrary payloads, reports field errors and writes nothing", () =>
    check.garbageIsRejected({ garbage: garbageArb, numRuns: RUNS.garbage }));

  it("rejects a valid payload with one thing broken, naming the field, and writes nothing", async () => {
    const { version } = await current();
    await check.brokenIsRejected({
      drafts: stepDraftArb,
      breakers: BREAKERS,
      valid: (draft) => payloadOf(draft, version),
      breakPayload,
      numRuns: RUNS.broken,
    });
  });

  it("saves every valid payload and reads it back unchanged", () =>
    check.validIsSaved({
      drafts: stepDraftArb,
      current,
      payload: (draft, before) => payloadOf(draft, before.version),
      expectSaved: async (saved, payload, before) => {
        const parsed = demographicsStepSchema.parse(payload);
        expect(saved).toEqual({ ...parsed, version: before.version + 1, generations: sortGenerations(parsed.generations) });
        const { meta, ...values } = await current();
        expect(values).toEqual(saved);
        expect(meta.completed).toBe(demographicsStepMissing(parsed).length === 0);
      },
      numRuns: RUNS.valid[kind],
    }));

  it("answers not_found for another user's project and unauthenticated without a session, writing nothing", async () => {
    const stranger = await createTestUser(db());
    await check.outsidersAreRefused({
      theirs: await createProject({ actor: stranger, details: { name: "Theirs", description: "" } }),
      drafts: stepDraftArb,
      payload: (draft) => payloadOf(draft, 0),
      numRuns: 25,
    });
  });
});
