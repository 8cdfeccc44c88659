import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { Database } from "@/db/connect";
import { DEMOGRAPHICS_STEP, getDemographicsStep } from "@/db/queries/demographics-step";
import { createProject } from "@/db/queries/projects";
import { projectSteps, targetProfiles } from "@/db/schema";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import {
  demographicsStepMissing,
  demographicsStepSchema,
  GENDER_MAX_LENGTH,
  MAX_TAGS,
  OCCUPATION_MAX_LENGTH,
  sortGenerations,
  TAG_MAX_LENGTH,
  type DemographicsStepInput,
} from "@/lib/validation/demographics-step";
import { GENERATIONS, MAX_AGE } from "@/lib/validation/personas-step";
import { isStorableText } from "@/lib/validation/text";
import { saveDemographicsStepAction } from "./save-demographics-step";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const RUNS = { garbage: 150, broken: 150, valid: { pglite: 50, postgres: 25 } } as const;

// ---------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------

/** Text valid for a field of at most `max` characters once trimmed. */
const textArb = (max: number) =>
  fc
    .oneof(
      { weight: 6, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: max, maxLength: max }) },
    )
    .filter((s) => s.trim().length <= max && isStorableText(s));
const tagsArb = (max: number) =>
  fc.uniqueArray(
    textArb(max).filter((s) => s.trim().length > 0),
    { maxLength: 5, selector: (s) => s.trim().toLocaleLowerCase() },
  );
const ageArb = fc.option(fc.integer({ min: 0, max: MAX_AGE }), { nil: null });

const stepDraftArb = fc
  .record({
    ageMin: ageArb,
    ageMax: ageArb,
    generations: fc.subarray([...GENERATIONS]),
    genders: tagsArb(GENDER_MAX_LENGTH),
    locations: tagsArb(TAG_MAX_LENGTH),
    household: textArb(600),
    occupation: textArb(OCCUPATION_MAX_LENGTH),
    economicLevel: textArb(600),
    educationLevel: textArb(600),
    languages: tagsArb(TAG_MAX_LENGTH),
    valuesAndCustoms: textArb(2000),
  })
  // An ordered range: the broken payloads below are where the order goes wrong.
  .map((d) => (d.ageMin !== null && d.ageMax !== null && d.ageMin > d.ageMax ? { ...d, ageMin: d.ageMax, ageMax: d.ageMin } : d));
type StepDraft = typeof stepDraftArb extends fc.Arbitrary<infer T> ? T : never;

const anythingArb = fc.anything({
  maxDepth: 4,
  maxKeys: 8,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: "binary",
});

const garbageArb = fc.oneof(
  anythingArb,
  fc.object({ maxDepth: 5 }),
  fc.constantFrom(null, undefined, 0, "", "{}", [], {}, true, Number.NaN, Symbol("x"), () => 1),
  fc.record(
    {
      version: anythingArb,
      ageMin: anythingArb,
      ageMax: anythingArb,
      generations: anythingArb,
      genders: anythingArb,
      locations: anythingArb,
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

const brokenArb = fc.record({
  draft: stepDraftArb,
  breaker: fc.constantFrom(...BREAKERS),
  pick: fc.nat(),
  hugeLength: fc.integer({ min: 200, max: 200_000 }),
});
function pickFrom<T>(values: readonly T[], pick: number): T {
  return values[pick % values.length]!;
}

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
      step.version = pickFrom([-1, 1.5, "0", null, Number.NaN, undefined, {}], pick) as number;
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
      raw[field] = pickFrom(["a\u0000b", "lone \ud800 surrogate", "\udc00"], pick);
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

type Result = Awaited<ReturnType<typeof saveDemographicsStepAction>>;

function expectFieldErrors(result: Result, key?: string, code?: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.formError).toBe("validation");
  const entries = Object.entries(result.fieldErrors ?? {});
  expect(entries.length).toBeGreaterThan(0);
  for (const [path, message] of entries) {
    expect(path.length).toBeGreaterThan(0);
    expect(typeof message === "string" && message.length > 0).toBe(true);
  }
  if (key) expect(Object.keys(result.fieldErrors!)).toContain(key);
  if (key && code) expect(result.fieldErrors![key]).toBe(code);
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

describeEachDatabase("saveDemographicsStepAction", (getConnection, kind) => {
  const db = () => getConnection().db;
  let user: SessionUser;
  let projectId: string;
  let consoleError: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    const { id } = await createTestUser(db());
    user = { id, name: "Property tester", email: `${id}@example.test` };
    projectId = await createProject({ actor: user, details: { name: "Running course", description: "" } });
    vi.mocked(getSessionUser).mockResolvedValue(user);
    // A saved profile, so that "writes nothing" is checked against real rows.
    const seeded = await saveDemographicsStepAction(projectId, payloadOf(fc.sample(stepDraftArb, { numRuns: 1, seed: 7 })[0]!, 0));
    expect(seeded.ok).toBe(true);
  });

  beforeEach(() => {
    vi.mocked(getSessionUser).mockResolvedValue(user);
    // An unexpected failure is logged by the action wrapper: none may happen here.
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });

  afterEach(() => {
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it("never throws on arbitrary payloads, reports field errors and writes nothing", async () => {
    const before = await fullState(db(), projectId);
    await fc.assert(
      fc.asyncProperty(garbageArb, async (payload) => {
        fc.pre(!demographicsStepSchema.safeParse(payload).success);
        expectFieldErrors(await saveDemographicsStepAction(projectId, payload));
      }),
      { numRuns: RUNS.garbage },
    );
    expect(await fullState(db(), projectId)).toEqual(before);
  });

  it("rejects a valid payload with one thing broken, naming the field, and writes nothing", async () => {
    const before = await fullState(db(), projectId);
    const current = await getDemographicsStep({ actor: user, projectId });
    await fc.assert(
      fc.asyncProperty(brokenArb, async ({ draft, breaker, pick, hugeLength }) => {
        const valid = payloadOf(draft, current.version);
        expect(demographicsStepSchema.safeParse(valid).success).toBe(true);
        const { payload, key, code } = breakPayload(valid, breaker, pick, hugeLength);
        expectFieldErrors(await saveDemographicsStepAction(projectId, payload), key, code);
        expect(await fullState(db(), projectId)).toEqual(before);
      }),
      { numRuns: RUNS.broken },
    );
  });

  it("saves every valid payload and reads it back unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(stepDraftArb, async (draft) => {
        const current = await getDemographicsStep({ actor: user, projectId });
        const payload = payloadOf(draft, current.version);
        const parsed = demographicsStepSchema.parse(payload);
        const result = await saveDemographicsStepAction(projectId, payload);
        expect(result).toMatchObject({ ok: true });
        if (!result.ok) return;
        expect(result.data).toEqual({ ...parsed, version: current.version + 1, generations: sortGenerations(parsed.generations) });

        const read = await getDemographicsStep({ actor: user, projectId });
        const { meta, ...values } = read;
        expect(values).toEqual(result.data);
        expect(meta.completed).toBe(demographicsStepMissing(parsed).length === 0);

        const stale = await saveDemographicsStepAction(projectId, payload);
        expect(stale).toMatchObject({ ok: false, formError: "conflict", details: { currentVersion: current.version + 1 } });
      }),
      { numRuns: RUNS.valid[kind] },
    );
  });

  it("answers not_found for another user's project and unauthenticated without a session, writing nothing", async () => {
    const stranger = await createTestUser(db());
    const theirs = await createProject({ actor: stranger, details: { name: "Theirs", description: "" } });
    const before = await fullState(db(), theirs);
    const mineBefore = await fullState(db(), projectId);
    await fc.assert(
      fc.asyncProperty(stepDraftArb, fc.boolean(), async (draft, signedIn) => {
        vi.mocked(getSessionUser).mockResolvedValue(signedIn ? user : null);
        const payload = payloadOf(draft, 0);
        const result = await saveDemographicsStepAction(theirs, payload);
        expect(result).toMatchObject({ ok: false, formError: signedIn ? "not_found" : "unauthenticated" });
        if (!signedIn)
          expect(await saveDemographicsStepAction(projectId, payload)).toMatchObject({ ok: false, formError: "unauthenticated" });
      }),
      { numRuns: 25 },
    );
    expect(await fullState(db(), theirs)).toEqual(before);
    expect(await fullState(db(), projectId)).toEqual(mineBefore);
  });
});
