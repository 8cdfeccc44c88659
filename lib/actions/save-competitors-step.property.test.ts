import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { expect, it, vi } from "vitest";
import type { Database } from "@/db/connect";
import { COMPETITORS_STEP, getCompetitorsStep } from "@/db/queries/competitors-step";
import { createProject } from "@/db/queries/projects";
import { competitors, digitalProfiles, projectChannels, projectSteps } from "@/db/schema";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { arb, BAD_VERSIONS, pickFrom, setUpActionTests, UNSTORABLE_TEXTS } from "@/lib/testing/save-action-properties";
import {
  COMMON_SOCIAL_NETWORKS,
  competitorsStepMissing,
  competitorsStepSchema,
  MAX_COMPETITORS,
  type CompetitorInput,
  type CompetitorsStepInput,
} from "@/lib/validation/competitors-step";
import { MAX_TAGS, TAG_MAX_LENGTH } from "@/lib/validation/tags";
import { CHANNEL_NAME_MAX_LENGTH, MAX_CHANNELS } from "@/lib/wizard/channel-names";
import { saveCompetitorsStepAction } from "./save-competitors-step";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const RUNS = { garbage: 150, broken: 150, valid: { pglite: 50, postgres: 25 } } as const;

// ---------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------

const tagsArb = fc.uniqueArray(arb.name(TAG_MAX_LENGTH), { maxLength: 5, selector: (s) => s.trim().toLocaleLowerCase() });
const networksArb = fc
  .tuple(fc.subarray([...COMMON_SOCIAL_NETWORKS]), tagsArb)
  .map(([common, free]) => [...common, ...free])
  .filter((all) => new Set(all.map((s) => s.trim().toLocaleLowerCase())).size === all.length);
/** The project's channels: ready-made codes and own names, each new or reusing a stored id. */
const channelsArb = networksArb.chain((names) =>
  fc.tuple(...names.map((name) => fc.record({ id: fc.uuid({ version: 4 }), reuse: fc.boolean(), name: fc.constant(name) }))),
);
const websiteArb = fc.oneof(
  fc.constant(""),
  fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true }).filter((u) => u.length <= 300),
  fc.constantFrom("https://www.guitar-megastore.example/es/", "http://tienda-música.example/?q=guitarra"),
);

const competitorDraftArb = fc.record({
  id: fc.uuid({ version: 4 }),
  reuse: fc.boolean(),
  name: arb.name(120),
  website: websiteArb,
  overlap: arb.text(1000),
  revenueModel: arb.text(1000),
  channels: arb.text(1000),
  notes: arb.text(2000),
});
const stepDraftArb = fc.record({
  competitors: fc.array(competitorDraftArb, { maxLength: 5 }),
  channels: channelsArb,
  digitalProfile: fc.record({
    media: tagsArb,
    keywords: tagsArb,
    needs: arb.text(2000),
    painPoints: arb.text(2000),
  }),
});
type StepDraft = typeof stepDraftArb extends fc.Arbitrary<infer T> ? T : never;

/** Turns a draft into a payload the schema accepts, reusing existing ids where asked. */
function buildPayload(draft: StepDraft, current: CompetitorsStepInput): CompetitorsStepInput {
  const pool = current.competitors.map((c) => c.id);
  const channelPool = current.channels.map((c) => c.id);
  return {
    version: current.version,
    competitors: draft.competitors.map(({ reuse, ...fields }) => ({ ...fields, id: reuse && pool.length ? pool.shift()! : fields.id })),
    digitalProfile: draft.digitalProfile,
    channels: draft.channels.map(({ reuse, id, name }) => ({ id: reuse && channelPool.length ? channelPool.shift()! : id, name })),
  };
}

const garbageArb = arb.garbageWith(
  fc.record(
    { version: arb.anything, competitors: arb.anything, digitalProfile: arb.anything, channels: arb.anything },
    { requiredKeys: [] },
  ),
  fc.record({
    version: fc.oneof(fc.nat(), fc.string(), fc.constant(null)),
    competitors: fc.array(fc.oneof(arb.anything, fc.object(), fc.constant(null)), { maxLength: 30 }),
    digitalProfile: fc.oneof(arb.anything, fc.object()),
    channels: fc.array(fc.oneof(arb.anything, fc.object(), fc.constant(null)), { maxLength: 5 }),
  }),
  // Rows with the right keys and the wrong types.
  fc.record({
    version: fc.nat(),
    competitors: fc.array(
      fc.record({
        id: fc.oneof(fc.uuid(), fc.string()),
        name: fc.oneof(fc.string(), fc.integer()),
        website: fc.oneof(fc.string(), fc.webUrl({ validSchemes: ["ftp", "javascript", "file"] }), fc.constant(null)),
        overlap: fc.anything(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    digitalProfile: fc.record({
      keywords: fc.anything(),
      needs: fc.oneof(fc.integer(), fc.constant(null)),
    }),
    channels: fc.oneof(fc.string(), fc.array(fc.record({ id: fc.oneof(fc.uuid(), fc.string()), name: fc.anything() }))),
  }),
);

const BREAKERS = [
  "version",
  "competitors",
  "digitalProfile",
  "name",
  "website",
  "schemeWebsite",
  "tagsType",
  "tagDuplicate",
  "networkTwice",
  "channelsType",
  "channelName",
  "channelId",
  "tooManyChannels",
  "tagItem",
  "tagsTooMany",
  "unstorable",
  "hugeText",
  "missingField",
  "missingProfileField",
  "duplicateId",
  "malformedId",
  "tooManyCompetitors",
] as const;
type Breaker = (typeof BREAKERS)[number];

/** Breaks one thing in a valid payload; returns the field-error key that must be reported, when only one fits. */
function breakPayload(valid: CompetitorsStepInput, breaker: Breaker, pick: number, hugeLength: number) {
  const step = structuredClone(valid) as CompetitorsStepInput & Record<string, unknown>;
  if (!step.competitors.length) throw new Error("breakPayload needs at least one competitor to break");
  const i = pick % step.competitors.length;
  const c = step.competitors[i] as unknown as Record<string, unknown>;
  const profile = step.digitalProfile as unknown as Record<string, unknown>;
  const at = (field: string) => `competitors.${i}.${field}`;
  const list = pickFrom(["media", "keywords"], pick);
  switch (breaker) {
    case "version":
      step.version = pickFrom(BAD_VERSIONS, pick) as number;
      return { payload: step, key: "version" };
    case "competitors":
      step.competitors = pickFrom([null, "Thomann", {}, 7], pick) as never;
      return { payload: step, key: "competitors" };
    case "digitalProfile":
      step.digitalProfile = pickFrom([null, "instagram", [], 7], pick) as never;
      return { payload: step, key: "digitalProfile" };
    case "name":
      c.name = pickFrom(["", "   ", "x".repeat(121), 5, null, ["a"]], pick);
      return { payload: step, key: at("name") };
    case "website":
      c.website = pickFrom(["thomann.de", "www.example.com", "https://nodot", "https://a b.com", "http://", 42, null], pick);
      return { payload: step, key: at("website") };
    case "schemeWebsite":
      c.website = pickFrom(["javascript:alert(1)", "ftp://files.example.com", "mailto:a@example.com", "file:///etc/passwd"], pick);
      return { payload: step, key: at("website"), code: "invalid_url" };
    case "tagsType":
      profile[list] = pickFrom(["Instagram", null, 4, { 0: "a" }], pick);
      return { payload: step, key: `digitalProfile.${list}` };
    case "tagDuplicate":
      profile[list] = ["Same entry", " same ENTRY "];
      return { payload: step, key: `digitalProfile.${list}`, code: "duplicate" };
    case "networkTwice":
      step.channels = [
        { id: randomUUID(), name: "tiktok" },
        { id: randomUUID(), name: pickFrom(["TikTok", " tiktok "], pick) },
      ];
      return { payload: step, key: "channels.1.name", code: "duplicate" };
    case "channelsType":
      step.channels = pickFrom([null, "instagram", { 0: "a" }, 3], pick) as never;
      return { payload: step, key: "channels" };
    case "channelName":
      step.channels = [{ id: randomUUID(), name: pickFrom(["", "   ", "x".repeat(CHANNEL_NAME_MAX_LENGTH + 1), 5, null], pick) as string }];
      return { payload: step, key: "channels.0.name" };
    case "channelId":
      step.channels = [{ id: pickFrom(["instagram", "", `${randomUUID()}0`], pick), name: "instagram" }];
      return { payload: step, key: "channels.0.id" };
    case "tooManyChannels":
      step.channels = Array.from({ length: MAX_CHANNELS + 1 }, (_, n) => ({ id: randomUUID(), name: `Channel ${n}` }));
      return { payload: step, key: "channels", code: "too_many" };
    case "tagItem":
      profile[list] = [pickFrom(["", "  ", 5, null, "x".repeat(TAG_MAX_LENGTH + 1)], pick)];
      return { payload: step, key: `digitalProfile.${list}.0` };
    case "tagsTooMany":
      profile[list] = Array.from({ length: MAX_TAGS + 1 + (pick % 10) }, (_, n) => `Entry ${n}`);
      return { payload: step, key: `digitalProfile.${list}`, code: "too_many" };
    case "unstorable": {
      const field = pickFrom(["name", "overlap", "channels", "notes"], pick);
      c[field] = pickFrom(UNSTORABLE_TEXTS, pick);
      return { payload: step, key: at(field), code: "invalid" };
    }
    case "hugeText":
      if (pick % 2) c[pickFrom(["name", "overlap", "revenueModel", "notes", "website"], pick)] = "ñ".repeat(2001 + hugeLength);
      else profile[pickFrom(["needs", "painPoints"], pick)] = "ñ".repeat(2001 + hugeLength);
      return { payload: step };
    case "missingField": {
      const field = pickFrom(Object.keys(c), pick);
      delete c[field];
      return { payload: step, key: at(field) };
    }
    case "missingProfileField": {
      const field = pickFrom(Object.keys(profile), pick);
      delete profile[field];
      return { payload: step, key: `digitalProfile.${field}` };
    }
    case "duplicateId":
      step.competitors.push({ ...step.competitors[i]!, name: "Twin" });
      return { payload: step, key: `competitors.${step.competitors.length - 1}.id` };
    case "malformedId":
      c.id = pickFrom(["new-1", "", 3, null, `${randomUUID()}0`], pick);
      return { payload: step, key: at("id") };
    case "tooManyCompetitors":
      step.competitors = Array.from({ length: MAX_COMPETITORS + 1 }, () => ({ ...step.competitors[0]!, id: randomUUID() }));
      return { payload: step, key: "competitors" };
  }
}

// ---------------------------------------------------------------------------------------
// Database helpers
// ---------------------------------------------------------------------------------------

async function fullState(db: Database, projectId: string) {
  const [step] = await db
    .select({ version: projectSteps.version, completed: projectSteps.completed, updatedBy: projectSteps.updatedBy })
    .from(projectSteps)
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, COMPETITORS_STEP)));
  const rows = await db.select().from(competitors).where(eq(competitors.projectId, projectId)).orderBy(competitors.id);
  const profile = await db.select().from(digitalProfiles).where(eq(digitalProfiles.projectId, projectId));
  const channels = await db.select().from(projectChannels).where(eq(projectChannels.projectId, projectId)).orderBy(projectChannels.id);
  return { step, rows, profile, channels };
}

/** Values only, ids dropped: what the owner sees after a reload. */
const byValue = (list: readonly CompetitorInput[]) =>
  list.map((c) => {
    const fields: Partial<CompetitorInput> = { ...c };
    delete fields.id;
    return fields;
  });

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

describeEachDatabase("saveCompetitorsStepAction", (getConnection, kind) => {
  const db = () => getConnection().db;
  const { ctx, check } = setUpActionTests(
    getConnection,
    { save: saveCompetitorsStepAction, schema: competitorsStepSchema, state: (projectId) => fullState(db(), projectId) },
    async (user) => {
      const projectId = await createProject({ actor: user, details: { name: "Guitar shop", description: "" } });
      // One saved competitor, so broken payloads always have a row to break and updates are exercised.
      const seedDraft = fc.sample(
        stepDraftArb.filter((d) => d.competitors.length > 0),
        { numRuns: 1, seed: 7 },
      )[0]!;
      const seeded = await saveCompetitorsStepAction(projectId, buildPayload(seedDraft, { ...seedDraft, version: 0, competitors: [] }));
      expect(seeded.ok).toBe(true);
      return { projectId };
    },
  );
  const current = () => getCompetitorsStep({ actor: ctx.user, projectId: ctx.projectId });

  it("never throws on arbitrary payloads, reports field errors and writes nothing", () =>
    check.garbageIsRejected({ garbage: garbageArb, numRuns: RUNS.garbage }));

  it("rejects a valid payload with one thing broken, naming the field, and writes nothing", async () => {
    const step = await current();
    await check.brokenIsRejected({
      drafts: stepDraftArb,
      breakers: BREAKERS,
      valid: (draft) => {
        const valid = buildPayload(draft, step);
        if (!valid.competitors.length) valid.competitors.push(...step.competitors);
        return valid;
      },
      breakPayload,
      numRuns: RUNS.broken,
    });
  });

  it("saves every valid payload and reads it back unchanged, in the order sent", () =>
    check.validIsSaved({
      drafts: stepDraftArb,
      current,
      payload: buildPayload,
      expectSaved: async (saved, payload, before) => {
        const parsed = competitorsStepSchema.parse(payload);
        expect(Object.keys(saved).sort()).toEqual(["channels", "competitors", "digitalProfile", "version"]);
        const read = await current();
        expect({
          version: read.version,
          competitors: read.competitors,
          digitalProfile: read.digitalProfile,
          channels: read.channels,
        }).toEqual(saved);
        expect(byValue(read.competitors)).toEqual(byValue(parsed.competitors));
        expect(read.digitalProfile).toEqual(parsed.digitalProfile);
        expect(read.channels.map((c) => c.name)).toEqual(parsed.channels.map((c) => c.name));
        const existingChannels = new Set(before.channels.map((c) => c.id));
        parsed.channels.forEach((sent, i) => {
          if (existingChannels.has(sent.id)) expect(read.channels[i]!.id).toBe(sent.id);
          else expect(existingChannels.has(read.channels[i]!.id)).toBe(false);
        });
        const existing = new Set(before.competitors.map((c) => c.id));
        parsed.competitors.forEach((sent, i) => {
          if (existing.has(sent.id)) expect(read.competitors[i]!.id).toBe(sent.id);
          else expect(existing.has(read.competitors[i]!.id)).toBe(false);
        });
        expect(read.meta.completed).toBe(competitorsStepMissing(parsed).length === 0);
      },
      numRuns: RUNS.valid[kind],
    }));

  it("answers not_found for another user's project and unauthenticated without a session, writing nothing", async () => {
    const stranger = await createTestUser(db());
    await check.outsidersAreRefused({
      theirs: await createProject({ actor: stranger, details: { name: "Theirs", description: "" } }),
      drafts: stepDraftArb,
      payload: (draft) => buildPayload(draft, { version: 0, competitors: [], digitalProfile: draft.digitalProfile, channels: [] }),
      numRuns: 25,
    });
  });
});
