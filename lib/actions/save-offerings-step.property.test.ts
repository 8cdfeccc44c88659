import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { expect, it, vi } from "vitest";
import type { Database } from "@/db/connect";
import { getOfferingsStep, OFFERINGS_STEP, saveOfferingsStep } from "@/db/queries/offerings-step";
import { createProject } from "@/db/queries/projects";
import { categories, offerings, projectSteps } from "@/db/schema";
import { getSessionUser } from "@/lib/auth/session";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { arb, BAD_VERSIONS, pickFrom, setUpActionTests, type Broken } from "@/lib/testing/save-action-properties";
import { OFFERING_TIERS, offeringsStepSchema, type OfferingsStepInput } from "@/lib/validation/offerings-step";
import { isStorableText } from "@/lib/validation/text";
import { saveOfferingsStepAction } from "./save-offerings-step";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

// Property runs per database; PostgreSQL gets fewer of the runs that write, to keep the file short.
const RUNS = { garbage: 150, broken: 150, valid: { pglite: 60, postgres: 30 } } as const;

// ---------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------

/**
 * Text that is valid for a field limited to `max` characters once trimmed (zod counts UTF-16 units).
 * Wider than arb.text: step 1 is where control characters are sent on purpose.
 */
const textArb = (max: number) =>
  fc
    .oneof(
      { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
      // Any code point, control characters included, but none the database cannot store as sent.
      { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 20 }).filter(isStorableText) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: max, maxLength: max }) },
    )
    .filter((s) => s.trim().length <= max);
const nameArb = (max: number) => textArb(max).filter((s) => s.trim().length > 0);

interface RowDraft {
  id: string;
  /** Take the id of a row that already exists instead of a fresh one, to exercise updates. */
  reuse: boolean;
}

const categoryDraftArb = fc.record({ id: fc.uuid({ version: 4 }), reuse: fc.boolean(), name: nameArb(60) });
const offeringDraftArb = fc.record({
  id: fc.uuid({ version: 4 }),
  reuse: fc.boolean(),
  categoryIndex: fc.nat(),
  name: nameArb(120),
  definition: textArb(1000),
  objective: textArb(500),
  weight: fc.integer({ min: 1, max: 5 }),
  revenueShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  tier: fc.constantFrom(...OFFERING_TIERS),
  audience: textArb(300),
});
const stepDraftArb = fc.record({
  categories: fc.uniqueArray(categoryDraftArb, { minLength: 1, maxLength: 5, selector: (c) => c.name.trim().toLocaleLowerCase() }),
  offerings: fc.array(offeringDraftArb, { maxLength: 6 }),
});
type StepDraft = typeof stepDraftArb extends fc.Arbitrary<infer T> ? T : never;

/** The same uuid with its last 12 hex digits counted up until it is not taken. */
function freeId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = Number.parseInt(id.slice(24), 16); taken.has(candidate); n = (n + 1) % 2 ** 48) {
    candidate = `${id.slice(0, 24)}${n.toString(16).padStart(12, "0")}`;
  }
  return candidate;
}

/** Turns a draft into a payload the schema accepts, reusing existing row ids where asked. */
function buildPayload(draft: StepDraft, current: OfferingsStepInput): OfferingsStepInput {
  // Every id in a step must be unique (generated uuids shrink towards the same value).
  const taken = new Set<string>();
  const reuse = <T extends RowDraft>(rows: T[], existing: string[]) => {
    const pool = [...existing];
    const withExisting = rows.map((row) =>
      row.reuse && pool.length ? { ...row, id: pool.shift()!, reused: true } : { ...row, reused: false },
    );
    for (const row of withExisting) if (row.reused) taken.add(row.id);
    return withExisting.map(({ reused, ...row }) => {
      if (reused) return row;
      const id = freeId(row.id, taken);
      taken.add(id);
      return { ...row, id };
    });
  };
  const cats = reuse(
    draft.categories,
    current.categories.map((c) => c.id),
  ).map(({ id, name }) => ({ id, name }));
  let share = 0;
  const offs = reuse(
    draft.offerings,
    current.offerings.map((o) => o.id),
  ).map((o) => {
    // Keep the running total at or under 100: a share that would cross it becomes "no share".
    const revenueShare = o.revenueShare !== null && share + o.revenueShare <= 100 ? o.revenueShare : null;
    share += revenueShare ?? 0;
    const { id, name, definition, objective, weight, tier, audience } = o;
    return { id, categoryId: cats[o.categoryIndex % cats.length]!.id, name, definition, objective, weight, revenueShare, tier, audience };
  });
  return { version: current.version, categories: cats, offerings: offs };
}

/** Values only: ids replaced by the category's name, so browser and server ids compare equal. */
function byValue(step: Pick<OfferingsStepInput, "categories" | "offerings">) {
  const categoryName = new Map(step.categories.map((c) => [c.id, c.name]));
  return {
    categories: step.categories.map((c) => c.name),
    // toEqual ignores keys whose value is undefined, so the ids drop out of the comparison.
    offerings: step.offerings.map(({ categoryId, ...fields }) => ({ ...fields, id: undefined, category: categoryName.get(categoryId) })),
  };
}

const garbageArb = arb.garbageWith(
  // Shaped like the step, with wrong types anywhere.
  fc.record({ version: arb.anything, categories: arb.anything, offerings: arb.anything }, { requiredKeys: [] }),
  // Arrays of random length with random items.
  fc.record({
    version: fc.oneof(fc.nat(), fc.string(), fc.constant(null)),
    categories: fc.array(fc.oneof(arb.anything, fc.record({ id: fc.string(), name: fc.anything() })), { maxLength: 30 }),
    offerings: fc.array(fc.oneof(fc.object(), fc.constant(null)), { maxLength: 70 }),
  }),
  // Rows with the right keys and the wrong types.
  fc.record({
    version: fc.nat(),
    categories: fc.array(
      fc.record({
        id: fc.oneof(fc.uuid(), fc.integer(), fc.constant(null)),
        name: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string())),
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    offerings: fc.array(
      fc.record({
        id: fc.oneof(fc.uuid(), fc.string()),
        categoryId: fc.anything(),
        name: fc.oneof(fc.string(), fc.integer()),
        weight: fc.oneof(fc.string(), fc.double(), fc.constant(null)),
        revenueShare: fc.oneof(fc.string(), fc.double({ min: 100.5 }), fc.boolean()),
        tier: fc.string(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

const BREAKERS = [
  "version",
  "categories",
  "categoryName",
  "categoryId",
  "duplicateCategoryName",
  "duplicateId",
  "unknownCategory",
  "weight",
  "revenueShare",
  "revenueOver100",
  "tier",
  "offeringName",
  "hugeName",
  "longText",
  "unstorableText",
  "missingField",
  "tooManyOfferings",
  "extraNesting",
] as const;
type Breaker = (typeof BREAKERS)[number];

/**
 * Breaks exactly one thing in a valid payload. Returns the payload and the field-error key
 * that must be reported (undefined when several keys are acceptable).
 */
function breakPayload(valid: OfferingsStepInput, breaker: Breaker, pick: number, hugeLength: number): Broken {
  const step = structuredClone(valid) as OfferingsStepInput & Record<string, unknown>;
  if (!step.offerings.length) {
    step.offerings.push({
      id: randomUUID(),
      categoryId: step.categories[0]!.id,
      name: "Added",
      definition: "",
      objective: "",
      weight: 3,
      revenueShare: null,
      tier: "core",
      audience: "",
    });
  }
  const ci = pick % step.categories.length;
  const oi = pick % step.offerings.length;
  const cat = step.categories[ci] as Record<string, unknown>;
  const off = step.offerings[oi] as Record<string, unknown>;
  switch (breaker) {
    case "version":
      step.version = pickFrom(BAD_VERSIONS, pick) as number;
      return { payload: step, key: "version" };
    case "categories":
      step.categories = pickFrom([[], null, "Bakery", {}, 7], pick) as never;
      return { payload: step, key: "categories" };
    case "categoryName":
      cat.name = pickFrom(["", "   ", "\t\n", "x".repeat(61), 5, null, ["a"]], pick);
      return { payload: step, key: `categories.${ci}.name` };
    case "categoryId":
      cat.id = pickFrom(["not-a-uuid", 1, null, "", `${randomUUID()}0`, "00000000-0000-0000-0000-00000000000g"], pick);
      return { payload: step };
    case "duplicateCategoryName":
      // Lower-casing is what the schema compares on; upper-casing would not round-trip ("ß" → "SS").
      step.categories.push({
        id: randomUUID(),
        name: pick % 2 ? ` ${step.categories[ci]!.name.toLocaleLowerCase()} ` : `${step.categories[ci]!.name}  `,
      });
      return { payload: step, key: `categories.${step.categories.length - 1}.name` };
    case "duplicateId":
      off.id = pick % 2 ? step.categories[ci]!.id : randomUUID();
      if (pick % 2 === 0) step.offerings.push({ ...(off as OfferingsStepInput["offerings"][number]), revenueShare: null });
      return { payload: step };
    case "unknownCategory":
      off.categoryId = pickFrom([randomUUID(), "", 3, null], pick);
      return { payload: step, key: `offerings.${oi}.categoryId` };
    case "weight":
      off.weight = pickFrom([0, 6, 2.5, "3", null, Number.POSITIVE_INFINITY, -3, 1e9], pick);
      return { payload: step, key: `offerings.${oi}.weight` };
    case "revenueShare":
      off.revenueShare = pickFrom([-1, 101, 1.5, "10", undefined, Number.NaN, true], pick);
      return { payload: step, key: `offerings.${oi}.revenueShare` };
    case "revenueOver100":
      for (const o of step.offerings) o.revenueShare = 0;
      step.offerings[oi]!.revenueShare = 100;
      step.offerings.push({ ...step.offerings[oi]!, id: randomUUID(), revenueShare: 1 + (pick % 100) });
      return { payload: step, key: `offerings.${step.offerings.length - 1}.revenueShare` };
    case "tier":
      off.tier = pickFrom(["premium", null, "", "CORE", 1], pick);
      return { payload: step, key: `offerings.${oi}.tier` };
    case "offeringName":
      off.name = pickFrom(["", " ", "x".repeat(121), null, 12, {}], pick);
      return { payload: step, key: `offerings.${oi}.name` };
    case "hugeName":
      off[pickFrom(["name", "definition", "objective", "audience"], pick)] = "ñ".repeat(1001 + hugeLength);
      return { payload: step };
    case "longText":
      off.definition = "d".repeat(1001);
      return { payload: step, key: `offerings.${oi}.definition` };
    case "unstorableText": {
      const field = pickFrom(["name", "definition", "objective", "audience"], pick);
      const bad = pickFrom(["\u0000", "\ud800", "\udfff", "\udc00\ud800"], pick >> 2);
      // The "x" keeps a low surrogate from pairing with a high one left at the end of the slice.
      off[field] = `${String(off[field]).slice(0, 10)}x${bad}x`;
      return { payload: step, key: `offerings.${oi}.${field}` };
    }
    case "missingField": {
      const field = pickFrom(["id", "categoryId", "name", "definition", "objective", "weight", "revenueShare", "tier", "audience"], pick);
      delete off[field];
      return { payload: step, key: `offerings.${oi}.${field}` };
    }
    case "tooManyOfferings":
      step.offerings = Array.from({ length: 61 }, (_, i) => ({
        ...step.offerings[0]!,
        id: randomUUID(),
        name: `Offering ${i}`,
        revenueShare: null,
      }));
      return { payload: step, key: "offerings" };
    case "extraNesting":
      step.categories = [step.categories as never];
      return { payload: step };
  }
}

// ---------------------------------------------------------------------------------------
// Database helpers
// ---------------------------------------------------------------------------------------

async function stepState(db: Database, projectId: string) {
  const [row] = await db
    .select({
      version: sql<
        number | null
      >`(select ${projectSteps.version} from ${projectSteps} where ${projectSteps.projectId} = ${projectId} and ${projectSteps.step} = ${OFFERINGS_STEP})`,
      categories: sql<number>`(select count(*)::int from ${categories} where ${categories.projectId} = ${projectId})`,
      offerings: sql<number>`(select count(*)::int from ${offerings} where ${offerings.projectId} = ${projectId})`,
    })
    .from(sql`(select 1) as one`);
  return row!;
}

async function fullState(db: Database, projectId: string) {
  return {
    ...(await stepState(db, projectId)),
    categories: await db.select().from(categories).where(eq(categories.projectId, projectId)).orderBy(categories.position),
    offerings: await db.select().from(offerings).where(eq(offerings.projectId, projectId)).orderBy(offerings.position),
  };
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

describeEachDatabase("saveOfferingsStepAction", (getConnection, kind) => {
  const db = () => getConnection().db;
  const { ctx, check } = setUpActionTests(
    getConnection,
    {
      save: saveOfferingsStepAction,
      schema: offeringsStepSchema,
      state: (projectId) => fullState(db(), projectId),
      runState: (projectId) => stepState(db(), projectId),
    },
    async (user) => {
      const projectId = await createProject({ actor: user, details: { name: "Property project", description: "" } });
      const firstCategory = randomUUID();
      await saveOfferingsStep({
        actor: user,
        projectId,
        values: {
          version: 0,
          categories: [{ id: firstCategory, name: "Seed" }],
          offerings: [
            {
              id: randomUUID(),
              categoryId: firstCategory,
              name: "Seed offering",
              definition: "d",
              objective: "o",
              weight: 3,
              revenueShare: 10,
              tier: "core",
              audience: "a",
            },
          ],
        },
      });
      return { projectId };
    },
  );
  const current = () => getOfferingsStep({ actor: ctx.user, projectId: ctx.projectId });

  it("never throws on arbitrary payloads, reports validation errors per field and writes nothing", () =>
    check.garbageIsRejected({ garbage: garbageArb, numRuns: RUNS.garbage }));

  it("rejects a valid-looking payload with one field broken, naming that field, and writes nothing", async () => {
    const step = await current();
    await check.brokenIsRejected({
      drafts: stepDraftArb,
      breakers: BREAKERS,
      valid: (draft) => buildPayload(draft, step),
      breakPayload,
      numRuns: RUNS.broken,
    });
  });

  it("saves every valid payload with the current version and reads it back unchanged", () =>
    check.validIsSaved({
      drafts: stepDraftArb,
      current,
      payload: buildPayload,
      expectSaved: async (saved, payload, before) => {
        const parsed = offeringsStepSchema.parse(payload);
        const read = await current();
        expect(read).toEqual(saved);
        expect(byValue(read)).toEqual(byValue(parsed));
        // Rows sent with an id that already existed keep it; the others get a server id.
        const existing = new Set([...before.categories, ...before.offerings].map((r) => r.id));
        [...parsed.categories, ...parsed.offerings].forEach((sent, i) => {
          const stored = [...read.categories, ...read.offerings][i]!;
          if (existing.has(sent.id)) expect(stored.id).toBe(sent.id);
          else expect(existing.has(stored.id)).toBe(false);
        });
        expect(await stepState(db(), ctx.projectId)).toEqual({
          version: before.version + 1,
          categories: parsed.categories.length,
          offerings: parsed.offerings.length,
        });
        expect(read.meta.completed).toBe(
          parsed.offerings.length > 0 && parsed.offerings.every((o) => o.definition !== "" && o.objective !== "" && o.audience !== ""),
        );
      },
      numRuns: RUNS.valid[kind],
    }));

  it("answers not_found for another user's project and writes nothing there", async () => {
    const other = await createTestUser(db());
    const theirs = await createProject({ actor: other, details: { name: "Not yours", description: "" } });
    const seeded = await saveOfferingsStep({
      actor: other,
      projectId: theirs,
      values: { version: 0, categories: [{ id: randomUUID(), name: "Theirs" }], offerings: [] },
    });
    const before = await fullState(db(), theirs);
    await fc.assert(
      fc.asyncProperty(stepDraftArb, fc.boolean(), async (draft, reuseTheirs) => {
        const base = reuseTheirs ? seeded : { version: 1, categories: [], offerings: [] };
        const result = await saveOfferingsStepAction(theirs, buildPayload(draft, base), { confirmRemovals: true });
        expect(result).toEqual({ ok: false, formError: "not_found", details: undefined });
      }),
      { numRuns: 25 },
    );
    expect(await fullState(db(), theirs)).toEqual(before);
  });

  it("answers not_found for a project id that is not a string, malformed or unknown", async () => {
    const before = await fullState(db(), ctx.projectId);
    const step = await current();
    const valid = { version: step.version, categories: step.categories, offerings: step.offerings };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          arb.anything.filter((v) => typeof v !== "string"),
          fc.string({ unit: "binary" }),
          fc.uuid(),
          fc.constant(ctx.projectId.toUpperCase().replace(/-/g, "")),
          fc.constant(` ${ctx.projectId}`),
        ),
        async (badId) => {
          const result = await saveOfferingsStepAction(badId, valid);
          expect(result).toMatchObject({ ok: false, formError: "not_found" });
        },
      ),
      { numRuns: 60 },
    );
    expect(await fullState(db(), ctx.projectId)).toEqual(before);
  });

  it("answers unauthenticated without a session and writes nothing", async () => {
    const before = await fullState(db(), ctx.projectId);
    const step = await current();
    vi.mocked(getSessionUser).mockResolvedValue(null);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          garbageArb,
          stepDraftArb.map((draft) => buildPayload(draft, step)),
        ),
        async (payload) => {
          expect(await saveOfferingsStepAction(ctx.projectId, payload)).toEqual({ ok: false, formError: "unauthenticated" });
        },
      ),
      { numRuns: 40 },
    );
    expect(await fullState(db(), ctx.projectId)).toEqual(before);
  });
});
