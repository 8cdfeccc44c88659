import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { expect, it, vi } from "vitest";
import type { Database } from "@/db/connect";
import { getIntegrationStep, INTEGRATION_STEP } from "@/db/queries/integration-step";
import { saveOfferingsStep } from "@/db/queries/offerings-step";
import { savePersonasStep } from "@/db/queries/personas-step";
import { createProject } from "@/db/queries/projects";
import { campaignPersonas, campaigns, contentIdeas, projectSteps, socialPlans } from "@/db/schema";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { addChannels } from "@/lib/testing/project-channels";
import { arb, BAD_VERSIONS, pickFrom, setUpActionTests, UNSTORABLE_TEXTS } from "@/lib/testing/save-action-properties";
import {
  amountToCents,
  CAMPAIGN_KINDS,
  centsToAmount,
  CURRENCIES,
  integrationStepMissing,
  integrationStepSchema,
  MAX_BUDGET_CENTS,
  MAX_ROWS,
  orderPersonaIds,
  type IntegrationStepInput,
} from "@/lib/validation/integration-step";
import { blankPersona } from "@/lib/validation/personas-step";
import type { ProfileAnswer } from "@/lib/validation/value-map";
import { saveIntegrationStepAction } from "./save-integration-step";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const RUNS = { garbage: 150, broken: 150, valid: { pglite: 40, postgres: 20 } } as const;

// ---------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------

const dateArb = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2150-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const optionalDateArb = fc.option(dateArb, { nil: "" });
const rowBase = { id: fc.uuid({ version: 4 }), reuse: fc.boolean(), personaIndex: fc.nat() };

const draftArb = fc.record({
  ideas: fc.array(
    fc.record({
      ...rowBase,
      topic: arb.name(160),
      format: arb.text(80),
      stageIndex: fc.nat(),
      addresses: arb.text(300),
      /** When set, and the persona has pains or gains, the idea addresses one of them instead of free text. */
      link: fc.option(fc.nat(), { nil: undefined }),
      plannedOn: optionalDateArb,
    }),
    { maxLength: 4 },
  ),
  plans: fc.array(fc.record({ ...rowBase, channelIndex: fc.nat(), purpose: arb.text(300), frequency: arb.text(80), tone: arb.text(160) }), {
    maxLength: 3,
  }),
  campaigns: fc.array(
    fc.record({
      ...rowBase,
      offeringIndex: fc.nat(),
      personaPicks: fc.uniqueArray(fc.nat({ max: 3 }), { minLength: 1, maxLength: 4 }),
      kind: fc.constantFrom(...CAMPAIGN_KINDS),
      channelIndex: fc.nat(),
      cents: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: MAX_BUDGET_CENTS })),
      comma: fc.boolean(),
      currency: fc.constantFrom(...CURRENCIES),
      dates: fc.tuple(optionalDateArb, optionalDateArb),
      objective: arb.text(600),
      successMetric: arb.text(300),
      answerPicks: fc.uniqueArray(fc.nat({ max: 20 }), { maxLength: 4 }),
      /** The journey stage it serves, when it names one. */
      stageIndex: fc.option(fc.nat(), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
});
type Draft = typeof draftArb extends fc.Arbitrary<infer T> ? T : never;

/** The fixture's personas' pains and gains, by name: Carmen has none, to link nothing. */
const PROFILE_ITEMS: Record<string, { pains: string[]; gains: string[] }> = {
  Lucía: { pains: ["Cheap guitars buzz", "Strings too high"], gains: ["A sound of her own"] },
  Andrés: { pains: ["Necks that move with the weather"], gains: ["A guitar built around his hands", "Repairs while touring"] },
  Carmen: { pains: [], gains: [] },
};

interface Refs {
  personaIds: readonly string[];
  /** Each persona's pains and gains, as links to them. */
  items: ReadonlyMap<string, readonly ProfileAnswer[]>;
  offeringIds: readonly string[];
  channelIds: readonly string[];
  /** The project's journey stages (step 4), in order. */
  stageIds: readonly string[];
}

/** A payload the schema accepts, on the project's personas and offerings, reusing saved ids where asked. */
function buildPayload(draft: Draft, current: IntegrationStepInput, refs: Refs): IntegrationStepInput {
  const reuse = (pool: string[], wanted: boolean, id: string) => (wanted && pool.length ? pool.shift()! : id);
  const pools = {
    ideas: current.contentIdeas.map((r) => r.id),
    plans: current.socialPlans.map((r) => r.id),
    campaigns: current.campaigns.map((r) => r.id),
  };
  const persona = (i: number) => refs.personaIds[i % refs.personaIds.length]!;
  const channel = (i: number) => refs.channelIds[i % refs.channelIds.length]!;
  const itemsOf = (personaId: string) => refs.items.get(personaId) ?? [];
  const stage = (i: number) => refs.stageIds[i % refs.stageIds.length]!;
  return {
    version: current.version,
    contentIdeas: draft.ideas.map(({ id, reuse: r, personaIndex, link, addresses, stageIndex, ...fields }) => {
      const personaId = persona(personaIndex);
      const items = itemsOf(personaId);
      const linked = link === undefined || !items.length ? undefined : items[link % items.length]!;
      return {
        ...fields,
        id: reuse(pools.ideas, r, id),
        personaId,
        stageId: stage(stageIndex),
        addresses: linked ? linked.item : addresses,
        addressesKind: linked ? linked.kind : "",
      };
    }),
    socialPlans: draft.plans.map(({ id, reuse: r, personaIndex, channelIndex, ...fields }) => ({
      ...fields,
      id: reuse(pools.plans, r, id),
      personaId: persona(personaIndex),
      channelId: channel(channelIndex),
    })),
    campaigns: draft.campaigns.map(
      ({
        id,
        reuse: r,
        personaIndex,
        offeringIndex,
        channelIndex,
        personaPicks,
        cents,
        comma,
        dates,
        answerPicks,
        stageIndex,
        ...fields
      }) => {
        const [a, b] = dates;
        const [startsOn, endsOn] = a && b && a > b ? [b, a] : [a, b];
        const budget = centsToAmount(cents);
        const personaIds = orderPersonaIds(
          [...new Set(personaPicks.map((p) => persona(p + personaIndex)))],
          refs.personaIds.map((id) => ({ id })),
        );
        // Pains and gains of the campaign's own personas, each at most once.
        const offered = personaIds.flatMap(itemsOf);
        const answers = offered.length ? [...new Set(answerPicks.map((p) => p % offered.length))].map((i) => offered[i]!) : [];
        return {
          ...fields,
          id: reuse(pools.campaigns, r, id),
          offeringId: refs.offeringIds[offeringIndex % refs.offeringIds.length]!,
          channelId: channel(channelIndex),
          personaIds,
          budget: comma ? budget.replace(".", ",") : budget,
          startsOn,
          endsOn,
          answers,
          stageId: stageIndex === undefined ? "" : stage(stageIndex),
        };
      },
    ),
  };
}

const garbageArb = arb.garbageWith(
  fc.record(
    { version: arb.anything, contentIdeas: arb.anything, socialPlans: arb.anything, campaigns: arb.anything },
    { requiredKeys: [] },
  ),
  fc.record({
    version: fc.nat(),
    contentIdeas: fc.array(fc.oneof(arb.anything, fc.constant(null)), { maxLength: 5 }),
    socialPlans: fc.array(fc.object(), { maxLength: 5 }),
    campaigns: fc.array(
      fc.record({ id: fc.uuid(), offeringId: fc.anything(), personaIds: fc.anything(), budget: fc.oneof(fc.double(), fc.string()) }),
      { maxLength: 3 },
    ),
  }),
);

const BREAKERS = [
  "version",
  "list",
  "topic",
  "network",
  "channel",
  "malformedPersona",
  "unknownPersona",
  "foreignPersona",
  "unknownOffering",
  "foreignCampaignPersona",
  "noCampaignPersonas",
  "unknownItem",
  "answerOutsideCampaign",
  "stage",
  "foreignStage",
  "campaignStage",
  "kind",
  "currency",
  "budget",
  "negativeBudget",
  "badDate",
  "dateOrder",
  "unstorable",
  "hugeText",
  "missingField",
  "duplicateId",
  "tooManyRows",
] as const;
type Breaker = (typeof BREAKERS)[number];

/** Breaks one thing in a valid payload (which has one row of each kind); returns the field key that must be reported. */
function breakPayload(
  valid: IntegrationStepInput,
  breaker: Breaker,
  pick: number,
  foreign: { personaId: string; offeringId: string; channelId: string; stageId: string },
) {
  const step = structuredClone(valid) as IntegrationStepInput & Record<string, unknown>;
  const at = (list: string, i: number, field: string) => `${list}.${i}.${field}`;
  const i = { ideas: pick % step.contentIdeas.length, plans: pick % step.socialPlans.length, campaigns: pick % step.campaigns.length };
  const idea = step.contentIdeas[i.ideas] as unknown as Record<string, unknown>;
  const plan = step.socialPlans[i.plans] as unknown as Record<string, unknown>;
  const campaign = step.campaigns[i.campaigns] as unknown as Record<string, unknown>;
  const ideaKey = (field: string) => at("contentIdeas", i.ideas, field);
  const planKey = (field: string) => at("socialPlans", i.plans, field);
  const campaignKey = (field: string) => at("campaigns", i.campaigns, field);
  switch (breaker) {
    case "version":
      step.version = pickFrom(BAD_VERSIONS, pick) as number;
      return { payload: step, key: "version" };
    case "list": {
      const list = pickFrom(["contentIdeas", "socialPlans", "campaigns"], pick);
      step[list] = pickFrom([null, "x", {}, 7], pick);
      return { payload: step, key: list };
    }
    case "topic":
      idea.topic = pickFrom(["", "   ", "x".repeat(161), 5], pick);
      return { payload: step, key: ideaKey("topic") };
    case "network":
      plan.channelId = pickFrom(["", "instagram", 3, null, randomUUID(), foreign.channelId], pick);
      return { payload: step, key: planKey("channelId"), code: "unknown_channel" };
    case "channel":
      campaign.channelId = pickFrom(["", "Instagram ads", [], randomUUID(), foreign.channelId], pick);
      return { payload: step, key: campaignKey("channelId"), code: "unknown_channel" };
    case "malformedPersona":
      idea.personaId = pickFrom(["", "Lucía", 3, null], pick);
      return { payload: step, key: ideaKey("personaId"), code: "unknown_persona" };
    case "unknownPersona":
      plan.personaId = randomUUID();
      return { payload: step, key: planKey("personaId"), code: "unknown_persona" };
    case "foreignPersona":
      idea.personaId = foreign.personaId;
      return { payload: step, key: ideaKey("personaId"), code: "unknown_persona" };
    case "unknownOffering":
      campaign.offeringId = pickFrom([randomUUID(), foreign.offeringId, ""], pick);
      return { payload: step, key: campaignKey("offeringId"), code: "unknown_offering" };
    case "foreignCampaignPersona":
      campaign.personaIds = [...(campaign.personaIds as string[]), pickFrom([randomUUID(), foreign.personaId], pick)];
      return { payload: step, key: campaignKey("personaIds"), code: "unknown_persona" };
    case "noCampaignPersonas":
      campaign.personaIds = [];
      return { payload: step, key: campaignKey("personaIds"), code: "at_least_one_persona" };
    case "unknownItem":
      // Not on the persona's lists, or on them under the other kind.
      idea.addresses = pickFrom(["A pain nobody wrote", "A sound of her own", "Repairs while touring"], pick);
      idea.addressesKind = "pain";
      return { payload: step, key: ideaKey("addresses"), code: "unknown_item" };
    case "answerOutsideCampaign":
      campaign.answers = [
        ...(campaign.answers as ProfileAnswer[]),
        { personaId: pickFrom([randomUUID(), foreign.personaId], pick), kind: "pain", item: "Cheap guitars buzz" },
      ];
      return { payload: step, key: campaignKey("answers"), code: "unknown_item" };
    case "stage":
      idea.stageId = pickFrom(["loyalty", "", null, "awareness"], pick);
      return { payload: step, key: ideaKey("stageId") };
    case "foreignStage":
      // Well-formed, but not one of this project's stages.
      idea.stageId = pickFrom([randomUUID(), foreign.stageId], pick);
      return { payload: step, key: ideaKey("stageId"), code: "unknown_item" };
    case "campaignStage":
      campaign.stageId = pickFrom([randomUUID(), foreign.stageId, "decision", null], pick);
      return { payload: step, key: campaignKey("stageId"), code: "unknown_item" };
    case "kind":
      campaign.kind = pickFrom(["sale", "", null], pick);
      return { payload: step, key: campaignKey("kind") };
    case "currency":
      campaign.currency = pickFrom(["eur", "BTC", "", null], pick);
      return { payload: step, key: campaignKey("currency") };
    case "budget":
      campaign.budget = pickFrom(["abc", "12.3456", "", "1e3", 100, null, "1000000000"], pick);
      return { payload: step, key: campaignKey("budget") };
    case "negativeBudget":
      campaign.budget = `-${1 + (pick % 1000)}`;
      return { payload: step, key: campaignKey("budget"), code: "out_of_range" };
    case "badDate": {
      const [row, key] = pickFrom(
        [
          [idea, ideaKey("plannedOn")],
          [campaign, campaignKey("startsOn")],
        ] as const,
        pick,
      );
      row[key.split(".")[2]!] = pickFrom(["2025-02-30", "31/12/2025", "0000-01-01", "tomorrow", 20250101], pick);
      return { payload: step, key };
    }
    case "dateOrder":
      campaign.startsOn = "2030-06-02";
      campaign.endsOn = pickFrom(["2030-06-01", "2029-12-31", "1999-01-01"], pick);
      return { payload: step, key: campaignKey("endsOn"), code: "date_order" };
    case "unstorable":
      plan.tone = pickFrom(UNSTORABLE_TEXTS, pick);
      return { payload: step, key: planKey("tone"), code: "invalid" };
    case "hugeText":
      campaign.objective = "ñ".repeat(601 + (pick % 200_000));
      return { payload: step, key: campaignKey("objective"), code: "too_long" };
    case "missingField": {
      const field = pickFrom(Object.keys(campaign), pick);
      delete campaign[field];
      return { payload: step, key: campaignKey(field) };
    }
    case "duplicateId":
      step.contentIdeas.push({ ...step.contentIdeas[i.ideas]!, topic: "Twin" });
      return { payload: step, key: `contentIdeas.${step.contentIdeas.length - 1}.id` };
    case "tooManyRows":
      step.socialPlans = Array.from({ length: MAX_ROWS + 1 }, () => ({ ...step.socialPlans[0]!, id: randomUUID() }));
      return { payload: step, key: "socialPlans", code: "too_many" };
  }
}

// ---------------------------------------------------------------------------------------
// Database helpers
// ---------------------------------------------------------------------------------------

async function fullState(db: Database, projectId: string) {
  const [step] = await db
    .select({ version: projectSteps.version, completed: projectSteps.completed, missing: projectSteps.missing })
    .from(projectSteps)
    .where(and(eq(projectSteps.projectId, projectId), eq(projectSteps.step, INTEGRATION_STEP)));
  return {
    step,
    ideas: await db.select().from(contentIdeas).where(eq(contentIdeas.projectId, projectId)).orderBy(contentIdeas.id),
    plans: await db.select().from(socialPlans).where(eq(socialPlans.projectId, projectId)).orderBy(socialPlans.id),
    campaigns: await db.select().from(campaigns).where(eq(campaigns.projectId, projectId)).orderBy(campaigns.id),
    links: await db
      .select({ campaignId: campaignPersonas.campaignId, personaId: campaignPersonas.personaId })
      .from(campaignPersonas)
      .innerJoin(campaigns, eq(campaigns.id, campaignPersonas.campaignId))
      .where(eq(campaigns.projectId, projectId))
      .orderBy(campaignPersonas.campaignId, campaignPersonas.personaId),
  };
}

/** What the owner sees after a reload: values only, budgets as the form shows stored cents. */
function byValue(step: IntegrationStepInput) {
  const clear = <T extends { id: string }>(row: T) => ({ ...row, id: "" });
  return {
    contentIdeas: step.contentIdeas.map(clear),
    socialPlans: step.socialPlans.map(clear),
    campaigns: step.campaigns.map((c) => ({ ...clear(c), budget: centsToAmount(amountToCents(c.budget)!) })),
  };
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

describeEachDatabase("saveIntegrationStepAction", (getConnection, kind) => {
  const db = () => getConnection().db;

  /** A project with two offerings and three personas, saved through steps 1 and 4. */
  async function projectWithPersonas(owner: { id: string }) {
    const id = await createProject({ actor: owner, details: { name: "Guitar shop", description: "" } });
    const category = randomUUID();
    const step1 = await saveOfferingsStep({
      actor: owner,
      projectId: id,
      values: {
        version: 0,
        categories: [{ id: category, name: "Guitars" }],
        offerings: ["Starter", "Premium"].map((name) => ({
          id: randomUUID(),
          categoryId: category,
          name,
          definition: "",
          objective: "",
          weight: 3,
          revenueShare: null,
          tier: "core" as const,
          audience: "",
        })),
      },
    });
    const [starter, premium] = step1.offerings.map((o) => o.id) as [string, string];
    const step4 = await savePersonasStep({
      actor: owner,
      projectId: id,
      values: {
        version: 0,
        personas: [
          { ...blankPersona(randomUUID(), starter), name: "Lucía", ...PROFILE_ITEMS["Lucía"] },
          { ...blankPersona(randomUUID(), premium), name: "Andrés", ...PROFILE_ITEMS["Andrés"] },
          { ...blankPersona(randomUUID(), premium), name: "Carmen", ...PROFILE_ITEMS["Carmen"] },
        ],
      },
    });
    const channelIds = [...(await addChannels(owner, id, ["instagram", "youtube", "Local radio"])).values()];
    const items = new Map(
      step4.personas.map((p) => [
        p.id,
        [
          ...p.pains.map((item) => ({ personaId: p.id, kind: "pain" as const, item })),
          ...p.gains.map((item) => ({ personaId: p.id, kind: "gain" as const, item })),
        ],
      ]),
    );
    return {
      id,
      offeringIds: [starter, premium],
      channelIds,
      items,
      personas: step4.personas.map((p) => ({ id: p.id, name: p.name })),
      stageIds: step4.stages.map((s) => s.id),
    };
  }

  /** A valid payload with at least one row in each list, so that every breaker has something to break. */
  const fullDraftArb = draftArb.filter((d) => d.ideas.length > 0 && d.plans.length > 0 && d.campaigns.length > 0);

  const { ctx, check } = setUpActionTests(
    getConnection,
    { save: saveIntegrationStepAction, schema: integrationStepSchema, state: (projectId) => fullState(db(), projectId) },
    async (user) => {
      const mine = await projectWithPersonas(user);
      const refs: Refs = {
        personaIds: mine.personas.map((p) => p.id),
        items: mine.items,
        offeringIds: mine.offeringIds,
        channelIds: mine.channelIds,
        stageIds: mine.stageIds,
      };
      const other = await createTestUser(db());
      const theirs = await projectWithPersonas(other);
      const foreign = {
        personaId: theirs.personas[0]!.id,
        offeringId: theirs.offeringIds[0]!,
        channelId: theirs.channelIds[0]!,
        stageId: theirs.stageIds[0]!,
        projectId: theirs.id,
      };
      const seed = buildPayload(
        fc.sample(fullDraftArb, { numRuns: 1, seed: 7 })[0]!,
        { version: 0, contentIdeas: [], socialPlans: [], campaigns: [] },
        refs,
      );
      expect((await saveIntegrationStepAction(mine.id, seed)).ok).toBe(true);
      return { projectId: mine.id, personaNames: mine.personas, refs, foreign };
    },
  );
  const current = () => getIntegrationStep({ actor: ctx.user, projectId: ctx.projectId });

  it("never throws on arbitrary payloads, reports field errors and writes nothing", () =>
    check.garbageIsRejected({ garbage: garbageArb, numRuns: RUNS.garbage }));

  it("rejects a valid payload with one thing broken, naming the field, and writes nothing", async () => {
    const step = await current();
    await check.brokenIsRejected({
      drafts: draftArb,
      breakers: BREAKERS,
      valid: (draft) => {
        const valid = buildPayload(draft, step, ctx.refs);
        if (!valid.contentIdeas.length) valid.contentIdeas.push(...step.contentIdeas);
        if (!valid.socialPlans.length) valid.socialPlans.push(...step.socialPlans);
        if (!valid.campaigns.length) valid.campaigns.push(...step.campaigns);
        return valid;
      },
      breakPayload: (valid, breaker, pick) => breakPayload(valid, breaker, pick, ctx.foreign),
      numRuns: RUNS.broken,
    });
  });

  it("saves every valid payload and reads it back unchanged", () =>
    check.validIsSaved({
      drafts: draftArb,
      current,
      payload: (draft, before) => buildPayload(draft, before, ctx.refs),
      expectSaved: async (saved, payload, before) => {
        expect(Object.keys(saved).sort()).toEqual(["campaigns", "contentIdeas", "socialPlans", "version"]);
        const read = await current();
        expect({
          version: read.version,
          contentIdeas: read.contentIdeas,
          socialPlans: read.socialPlans,
          campaigns: read.campaigns,
        }).toEqual(saved);
        expect(byValue(read)).toEqual(byValue(integrationStepSchema.parse(payload)));
        const existing = new Set([...before.contentIdeas, ...before.socialPlans, ...before.campaigns].map((r) => r.id));
        const sent = [...payload.contentIdeas, ...payload.socialPlans, ...payload.campaigns];
        [...read.contentIdeas, ...read.socialPlans, ...read.campaigns].forEach((row, i) => {
          if (existing.has(sent[i]!.id)) expect(row.id).toBe(sent[i]!.id);
          else expect(existing.has(row.id)).toBe(false);
        });
        expect(read.meta.completed).toBe(integrationStepMissing(ctx.personaNames, payload).length === 0);
      },
      numRuns: RUNS.valid[kind],
    }));

  it("answers not_found for another user's project and unauthenticated without a session, writing nothing", () =>
    check.outsidersAreRefused({
      theirs: ctx.foreign.projectId,
      drafts: draftArb,
      payload: (draft) => buildPayload(draft, { version: 0, contentIdeas: [], socialPlans: [], campaigns: [] }, ctx.refs),
      numRuns: 25,
    }));
});
