import { NO_JOURNEY } from "@/lib/validation/journey";
import { NO_IMPORTANCE } from "@/lib/validation/value-map";
import { newValidation } from "@/lib/validation/persona-validation";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { expect, it, vi } from "vitest";
import type { Database } from "@/db/connect";
import { saveOfferingsStep } from "@/db/queries/offerings-step";
import { getPersonasStep, PERSONAS_STEP } from "@/db/queries/personas-step";
import { createProject } from "@/db/queries/projects";
import { personas, projectSteps } from "@/db/schema";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { addChannels } from "@/lib/testing/project-channels";
import { arb, BAD_VERSIONS, pickFrom, setUpActionTests, UNSTORABLE_TEXTS } from "@/lib/testing/save-action-properties";
import {
  DECISION_ROLES,
  GENERATIONS,
  LIST_ITEM_MAX_LENGTH,
  MAX_AGE,
  MAX_PERSONAS,
  personaSchema,
  personasStepSchema,
  type PersonaInput,
  type PersonasStepInput,
} from "@/lib/validation/personas-step";
import { MAX_TAGS } from "@/lib/validation/tags";
import { PERSONA_DATA_FIELDS } from "@/lib/validation/persona-from-data";
import { COMPANY_SIZES, PERSONA_B2B_MAX } from "@/lib/validation/persona-b2b";
import { SEGMENTS } from "@/lib/customers/segments";
import { savePersonasStepAction } from "./save-personas-step";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const RUNS = { garbage: 150, broken: 150, valid: { pglite: 50, postgres: 25 } } as const;

// ---------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------

const listArb = fc.uniqueArray(arb.name(LIST_ITEM_MAX_LENGTH), { maxLength: 4, selector: (s) => s.trim().toLocaleLowerCase() });
const ageArb = fc.option(fc.integer({ min: 0, max: MAX_AGE }), { nil: null });

const personaDraftArb = fc.record({
  id: fc.uuid({ version: 4 }),
  reuse: fc.boolean(),
  offeringIndex: fc.nat(),
  name: arb.name(80),
  description: arb.text(600),
  ages: fc.tuple(ageArb, ageArb),
  gender: arb.text(60),
  location: arb.text(120),
  occupation: arb.text(120),
  generation: fc.constantFrom("" as const, ...GENERATIONS),
  goals: listArb,
  jobs: listArb,
  pains: listArb,
  gains: listArb,
  needs: arb.text(1000),
  motivations: arb.text(1000),
  ideals: arb.text(1000),
  decisionRoles: fc.uniqueArray(fc.constantFrom(...DECISION_ROLES), { minLength: 1, maxLength: DECISION_ROLES.length }),
  needsIntermediary: fc.boolean(),
  channelPicks: fc.uniqueArray(fc.nat({ max: 3 }), { maxLength: 4 }),
  attractingContent: arb.text(1000),
  objections: arb.text(1000),
  // Drafted from customer data or written by hand; a mark must come back as it was sent.
  fromData: fc.option(
    fc.record({
      segment: fc.constantFrom(...SEGMENTS),
      customers: fc.integer({ min: 1, max: 1_000_000 }),
      fields: fc.uniqueArray(fc.constantFrom(...PERSONA_DATA_FIELDS), { minLength: 1 }),
    }),
    { nil: null },
  ),
  // Buys for themselves (null) or for a company, with any of the four answers empty or filled.
  b2b: fc.option(
    fc.record({
      industry: arb.text(PERSONA_B2B_MAX.industry),
      companySize: fc.constantFrom("" as const, ...COMPANY_SIZES),
      jobTitle: arb.text(PERSONA_B2B_MAX.jobTitle),
      committee: arb.text(PERSONA_B2B_MAX.committee),
    }),
    { nil: null },
  ),
});
// Ids unique within a step, as the schema demands: shrinking would otherwise pair two zero uuids.
const stepDraftArb = fc.uniqueArray(personaDraftArb, { maxLength: 6, selector: (draft) => draft.id });
type StepDraft = typeof stepDraftArb extends fc.Arbitrary<infer T> ? T : never;

interface Refs {
  offeringIds: readonly string[];
  channelIds: readonly string[];
}

/** Turns a draft into a payload the schema accepts, on the project's offerings and channels, reusing existing ids where asked. */
function buildPayload(draft: StepDraft, current: PersonasStepInput, { offeringIds, channelIds }: Refs): PersonasStepInput {
  const pool = current.personas.map((p) => p.id);
  return {
    version: current.version,
    personas: draft.map(({ reuse, offeringIndex, ages, channelPicks, ...fields }) => {
      const [a, b] = ages;
      const [ageMin, ageMax] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      return {
        ...fields,
        id: reuse && pool.length ? pool.shift()! : fields.id,
        offeringId: offeringIds[offeringIndex % offeringIds.length]!,
        channelIds: [...new Set(channelPicks.map((n) => channelIds[n % channelIds.length]!))],
        ageMin,
        ageMax,
        importance: NO_IMPORTANCE,
        valueMap: [],
        motivationRivals: [],
        validation: newValidation(),
        journey: NO_JOURNEY,
        intermediaryFor: "",
      };
    }),
  };
}

const garbageArb = arb.garbageWith(
  fc.record({ version: arb.anything, personas: arb.anything }, { requiredKeys: [] }),
  fc.record({
    version: fc.oneof(fc.nat(), fc.string(), fc.constant(null)),
    personas: fc.array(fc.oneof(arb.anything, fc.object(), fc.constant(null)), { maxLength: 30 }),
  }),
  // Rows with the right keys and the wrong types.
  fc.record({
    version: fc.nat(),
    personas: fc.array(
      fc.record({
        id: fc.oneof(fc.uuid(), fc.string()),
        offeringId: fc.anything(),
        name: fc.oneof(fc.string(), fc.integer()),
        ageMin: fc.oneof(fc.string(), fc.double(), fc.constant(undefined)),
        goals: fc.oneof(fc.string(), fc.array(fc.anything())),
        decisionRoles: fc.oneof(fc.string(), fc.array(fc.string())),
        needsIntermediary: fc.anything(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

const BREAKERS = [
  "version",
  "personas",
  "name",
  "malformedOffering",
  "unknownOffering",
  "foreignOffering",
  "unknownChannel",
  "malformedChannel",
  "channelTwice",
  "age",
  "ageOrder",
  "generation",
  "noRole",
  "unknownRole",
  "roleTwice",
  "needsIntermediary",
  "listType",
  "listDuplicate",
  "listItem",
  "listTooMany",
  "unstorable",
  "hugeText",
  "missingField",
  "duplicateId",
  "tooManyPersonas",
] as const;
type Breaker = (typeof BREAKERS)[number];

/** Breaks one thing in a valid payload; returns the field-error key that must be reported, when only one fits. */
function breakPayload(
  valid: PersonasStepInput,
  breaker: Breaker,
  pick: number,
  hugeLength: number,
  foreign: { offeringId: string; channelId: string },
) {
  const step = structuredClone(valid) as PersonasStepInput & Record<string, unknown>;
  if (!step.personas.length) throw new Error("breakPayload needs at least one persona to break");
  const i = pick % step.personas.length;
  const p = step.personas[i] as unknown as Record<string, unknown>;
  const at = (field: string) => `personas.${i}.${field}`;
  const list = pickFrom(["goals", "jobs", "pains", "gains"], pick);
  switch (breaker) {
    case "version":
      step.version = pickFrom(BAD_VERSIONS, pick) as number;
      return { payload: step, key: "version" };
    case "personas":
      step.personas = pickFrom([null, "Lucía", {}, 7], pick) as never;
      return { payload: step, key: "personas" };
    case "name":
      p.name = pickFrom(["", "   ", "x".repeat(81), 5, null, ["a"]], pick);
      return { payload: step, key: at("name") };
    case "malformedOffering":
      p.offeringId = pickFrom(["guitars", "", 3, null, `${randomUUID()}0`], pick);
      return { payload: step, key: at("offeringId") };
    case "unknownOffering":
      p.offeringId = randomUUID();
      return { payload: step, key: at("offeringId"), code: "unknown_offering" };
    case "foreignOffering":
      p.offeringId = foreign.offeringId;
      return { payload: step, key: at("offeringId"), code: "unknown_offering" };
    case "unknownChannel":
      p.channelIds = [...(p.channelIds as string[]), pickFrom([randomUUID(), foreign.channelId], pick)];
      return { payload: step, key: at("channelIds"), code: "unknown_channel" };
    case "malformedChannel":
      p.channelIds = [pickFrom(["instagram", "", 3, null], pick)];
      return { payload: step, key: `${at("channelIds")}.0`, code: "unknown_channel" };
    case "channelTwice": {
      const id = randomUUID();
      p.channelIds = [id, id];
      return { payload: step, key: at("channelIds"), code: "duplicate" };
    }
    case "age": {
      const field = pickFrom(["ageMin", "ageMax"], pick);
      p[field] = pickFrom([-1, MAX_AGE + 1, 20.5, "30", Number.NaN, Number.POSITIVE_INFINITY, true], pick);
      return { payload: step, key: at(field) };
    }
    case "ageOrder":
      p.ageMin = 40 + (pick % 50);
      p.ageMax = pick % 40;
      return { payload: step, key: at("ageMax"), code: "age_order" };
    case "generation":
      p.generation = pickFrom(["gen_alpha", null, "Millennials", 3], pick);
      return { payload: step, key: at("generation") };
    case "noRole":
      p.decisionRoles = pickFrom([[], null, "buyer", undefined], pick);
      return { payload: step, key: at("decisionRoles"), code: "required" };
    case "unknownRole":
      p.decisionRoles = [pickFrom(["payer", "", null, "BUYER"], pick)];
      return { payload: step, key: `${at("decisionRoles")}.0`, code: "invalid" };
    case "roleTwice":
      p.decisionRoles = ["end_user", "influencer", "end_user"];
      return { payload: step, key: at("decisionRoles"), code: "duplicate" };
    case "needsIntermediary":
      p.needsIntermediary = pickFrom(["true", 1, null, "on"], pick);
      return { payload: step, key: at("needsIntermediary") };
    case "listType":
      p[list] = pickFrom(["Instagram", null, 4, { 0: "a" }], pick);
      return { payload: step, key: at(list) };
    case "listDuplicate":
      p[list] = ["Same entry", " same ENTRY "];
      return { payload: step, key: at(list), code: "duplicate" };
    case "listItem":
      p[list] = [pickFrom(["", "  ", 5, null, "x".repeat(LIST_ITEM_MAX_LENGTH + 1)], pick)];
      return { payload: step, key: `${at(list)}.0` };
    case "listTooMany":
      p[list] = Array.from({ length: MAX_TAGS + 1 + (pick % 10) }, (_, n) => `Entry ${n}`);
      return { payload: step, key: at(list), code: "too_many" };
    case "unstorable": {
      const field = pickFrom(["name", "description", "objections", "needs"], pick);
      p[field] = pickFrom(UNSTORABLE_TEXTS, pick);
      return { payload: step, key: at(field), code: "invalid" };
    }
    case "hugeText":
      p[pickFrom(["name", "description", "needs", "location"], pick)] = "ñ".repeat(1001 + hugeLength);
      return { payload: step };
    case "missingField": {
      // Only a field the schema requires: fromData, b2b and validation may be left out (older
      // clients send none), so dropping one of those leaves a valid payload.
      const required = Object.keys(p).filter((key) => {
        const rest = { ...p };
        delete rest[key];
        return !personaSchema.safeParse(rest).success;
      });
      const field = pickFrom(required, pick);
      delete p[field];
      return { payload: step, key: at(field) };
    }
    case "duplicateId":
      step.personas.push({ ...step.personas[i]!, name: "Twin" });
      return { payload: step, key: `personas.${step.personas.length - 1}.id` };
    case "tooManyPersonas":
      step.personas = Array.from({ length: MAX_PERSONAS + 1 }, () => ({ ...step.personas[0]!, id: randomUUID() }));
      return { payload: step, key: "personas" };
  }
}

// ---------------------------------------------------------------------------------------
// Database helpers
// ---------------------------------------------------------------------------------------

async function fullState(db: Database, projectId: string) {
  const [step] = await db
    .select({ version: projectSteps.version, completed: projectSteps.completed, updatedBy: projectSteps.updatedBy })
    .from(projectSteps)
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, PERSONAS_STEP)));
  const rows = await db.select().from(personas).where(eq(personas.projectId, projectId)).orderBy(personas.id);
  return { step, rows };
}

/** Values only, ids dropped, offerings by position: what the owner sees after a reload. */
function byValue(list: readonly PersonaInput[], offeringIds: readonly string[]) {
  return list.map((p) => {
    const fields: Partial<PersonaInput> = { ...p };
    delete fields.id;
    delete fields.offeringId;
    return { ...fields, offering: offeringIds.indexOf(p.offeringId) };
  });
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

describeEachDatabase("savePersonasStepAction", (getConnection, kind) => {
  const db = () => getConnection().db;

  async function projectWithOfferings(owner: { id: string }, names: string[]) {
    const id = await createProject({ actor: owner, details: { name: "Meal kits", description: "" } });
    const category = randomUUID();
    const step1 = await saveOfferingsStep({
      actor: owner,
      projectId: id,
      values: {
        version: 0,
        categories: [{ id: category, name: "Boxes" }],
        offerings: names.map((name) => ({
          id: randomUUID(),
          categoryId: category,
          name,
          definition: "d",
          objective: "o",
          weight: 3,
          revenueShare: null,
          tier: "core" as const,
          audience: "a",
        })),
      },
    });
    const channelIds = [...(await addChannels(owner, id, ["instagram", "whatsapp", "Cooking school"])).values()];
    return { id, offeringIds: step1.offerings.map((o) => o.id), channelIds };
  }

  const { ctx, check } = setUpActionTests(
    getConnection,
    {
      // Removals confirmed, so that every refusal here comes from the payload, not from a missing confirmation.
      save: (projectId, payload) => savePersonasStepAction(projectId, payload, { confirmRemovals: true }),
      schema: personasStepSchema,
      state: (projectId) => fullState(db(), projectId),
    },
    async (user) => {
      const mine = await projectWithOfferings(user, ["Quick dinners box", "Grandma's recipes box", "Kids' lunch box"]);
      const other = await createTestUser(db());
      const theirs = await projectWithOfferings(other, ["Not yours"]);
      const foreign = { offeringId: theirs.offeringIds[0]!, channelId: theirs.channelIds[0]! };
      // One saved persona, so broken payloads always have a row to break and updates are exercised.
      const seed = buildPayload(
        fc.sample(
          stepDraftArb.filter((d) => d.length > 0),
          { numRuns: 1, seed: 7 },
        )[0]!,
        { version: 0, personas: [] },
        mine,
      );
      const seeded = await savePersonasStepAction(mine.id, seed);
      expect(seeded.ok).toBe(true);
      return { projectId: mine.id, refs: { offeringIds: mine.offeringIds, channelIds: mine.channelIds }, foreign };
    },
  );
  const current = () => getPersonasStep({ actor: ctx.user, projectId: ctx.projectId });

  it("never throws on arbitrary payloads, reports field errors and writes nothing", () =>
    check.garbageIsRejected({ garbage: garbageArb, numRuns: RUNS.garbage }));

  it("rejects a valid payload with one thing broken, naming the field, and writes nothing", async () => {
    const step = await current();
    await check.brokenIsRejected({
      drafts: stepDraftArb,
      breakers: BREAKERS,
      valid: (draft) => {
        const valid = buildPayload(draft, step, ctx.refs);
        if (!valid.personas.length) valid.personas.push(...step.personas);
        return valid;
      },
      breakPayload: (valid, breaker, pick, hugeLength) => breakPayload(valid, breaker, pick, hugeLength, ctx.foreign),
      numRuns: RUNS.broken,
    });
  });

  it("saves every valid payload and reads it back unchanged, grouped by offering", () =>
    check.validIsSaved({
      drafts: stepDraftArb,
      current,
      payload: (draft, before) => buildPayload(draft, before, ctx.refs),
      expectSaved: async (saved, payload, before) => {
        const { offeringIds } = ctx.refs;
        const parsed = personasStepSchema.parse(payload);
        // The save answers with the step as stored, the stage list included (the form adopts its ids).
        expect(Object.keys(saved).sort()).toEqual(["personas", "stages", "version"]);
        const read = await current();
        expect({ version: read.version, personas: read.personas, stages: read.stages }).toEqual(saved);
        const grouped = [...parsed.personas].sort((a, b) => offeringIds.indexOf(a.offeringId) - offeringIds.indexOf(b.offeringId));
        expect(byValue(read.personas, offeringIds)).toEqual(byValue(grouped, offeringIds));
        const existing = new Set(before.personas.map((p) => p.id));
        grouped.forEach((sent, i) => {
          if (existing.has(sent.id)) expect(read.personas[i]!.id).toBe(sent.id);
          else expect(existing.has(read.personas[i]!.id)).toBe(false);
        });
        // Complete once every offering has a persona and every persona has a job, a pain, a gain and its MIN.
        const answered = (p: (typeof parsed.personas)[number]) =>
          p.jobs.length > 0 && p.pains.length > 0 && p.gains.length > 0 && [p.needs, p.motivations, p.ideals].every((t) => t.trim() !== "");
        expect(read.meta.completed).toBe(
          offeringIds.every((id) => parsed.personas.some((p) => p.offeringId === id)) && parsed.personas.every(answered),
        );
      },
      numRuns: RUNS.valid[kind],
    }));

  it("answers not_found for another user's project and unauthenticated without a session, writing nothing", async () => {
    const stranger = await createTestUser(db());
    const theirs = await projectWithOfferings(stranger, ["Theirs"]);
    await check.outsidersAreRefused({
      theirs: theirs.id,
      drafts: stepDraftArb,
      payload: (draft) => buildPayload(draft, { version: 0, personas: [] }, theirs),
      numRuns: 25,
    });
  });
});
