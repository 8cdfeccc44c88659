import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { expectAppError, rejection } from "@/lib/testing/app-errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { addChannels } from "@/lib/testing/project-channels";
import { readStepRow } from "@/lib/testing/step-row";
import {
  blankCampaign,
  blankContentIdea,
  blankSocialPlan,
  type CampaignInput,
  type ContentIdeaInput,
  type IntegrationStepInput,
  type SocialPlanInput,
} from "@/lib/validation/integration-step";
import { blankPersona } from "@/lib/validation/personas-step";
import type { Database } from "../connect";
import { campaignPersonas, campaigns, contentIdeas, offerings, personas, projectMembers, socialPlans } from "../schema";
import {
  getIntegrationStep,
  INTEGRATION_STEP,
  IntegrationFieldErrors,
  saveIntegrationStep,
  type IntegrationStepView,
} from "./integration-step";
import { saveOfferingsStep } from "./offerings-step";
import { savePersonasStep } from "./personas-step";
import { createProject } from "./projects";

/** Step 2's channels: ready-made ones by code, the owner's own by name. */
const CHANNEL_NAMES = ["instagram", "youtube", "tiktok", "Instagram ads"] as const;

/** The PostgreSQL error code of a failed statement, on either driver. */
async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  const error = (await rejection(promise)) as { code?: string; cause?: { code?: string } } | undefined;
  return error?.cause?.code ?? error?.code;
}

/** Each test persona's project stages by stored name, so an idea names a stage of its own project. */
const stagesOfPersona = new Map<string, Map<string, string>>();

const idea = (
  personaId: string,
  topic: string,
  { stage = "awareness", ...overrides }: Partial<ContentIdeaInput> & { stage?: string } = {},
): ContentIdeaInput => ({
  ...blankContentIdea(randomUUID(), personaId, stagesOfPersona.get(personaId)?.get(stage) ?? ""),
  topic,
  format: "Video",
  addresses: "Fear of a guitar that buzzes",
  plannedOn: "2025-03-14",
  ...overrides,
});

const social = (personaId: string, channelId: string, overrides: Partial<SocialPlanInput> = {}): SocialPlanInput => ({
  ...blankSocialPlan(randomUUID(), personaId),
  channelId,
  purpose: "Show the workshop",
  frequency: "Weekly",
  tone: "Warm",
  ...overrides,
});

const campaign = (offeringId: string, personaIds: string[], channelId: string, overrides: Partial<CampaignInput> = {}): CampaignInput => ({
  ...blankCampaign(randomUUID()),
  offeringId,
  personaIds,
  channelId,
  budget: "250.50",
  currency: "EUR",
  startsOn: "2025-05-01",
  endsOn: "2025-05-31",
  objective: "Launch the premium line",
  successMetric: "20 booked test sessions",
  ...overrides,
});

const asInput = ({ version, contentIdeas: c, socialPlans: s, campaigns: k }: IntegrationStepView): IntegrationStepInput => ({
  version,
  contentIdeas: c,
  socialPlans: s,
  campaigns: k,
});

/** Rows as values only: server ids dropped, so what was sent and what was read compare equal. */
function byValue(step: IntegrationStepInput) {
  const strip = <T extends { id: string }>(row: T) => ({ ...row, id: "" });
  return {
    contentIdeas: step.contentIdeas.map(strip),
    socialPlans: step.socialPlans.map(strip),
    campaigns: step.campaigns.map(strip),
  };
}

const stepRow = (db: Database, projectId: string) => readStepRow(db, projectId, INTEGRATION_STEP, ["version", "completed", "missing"]);

/** Everything step 5 stores for a project. */
async function snapshot(db: Database, projectId: string) {
  const campaignRows = await db.select().from(campaigns).where(eq(campaigns.projectId, projectId)).orderBy(campaigns.id);
  return {
    step: await stepRow(db, projectId),
    ideas: await db.select().from(contentIdeas).where(eq(contentIdeas.projectId, projectId)).orderBy(contentIdeas.id),
    plans: await db.select().from(socialPlans).where(eq(socialPlans.projectId, projectId)).orderBy(socialPlans.id),
    campaigns: campaignRows,
    links: (await db.select().from(campaignPersonas).orderBy(campaignPersonas.campaignId, campaignPersonas.personaId)).filter((l) =>
      campaignRows.some((c) => c.id === l.campaignId),
    ),
  };
}

describeEachDatabase("step 5: integration with marketing actions", (getConnection) => {
  const db = () => getConnection().db;

  /** A guitar shop with two offerings and a persona or two each (steps 1 and 4 saved). */
  async function guitarShop(personaNames: [string[], string[]] = [["Lucía"], ["Andrés", "Carmen"]]) {
    const owner = await createTestUser(db());
    const projectId = await createProject({ actor: owner, details: { name: "Guitarras Lorca", description: "" } });
    const category = { id: randomUUID(), name: "Guitars" };
    const step1 = await saveOfferingsStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        categories: [category],
        offerings: ["Starter guitars", "Premium guitars"].map((name) => ({
          id: randomUUID(),
          categoryId: category.id,
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
      projectId,
      values: {
        version: 0,
        personas: [
          ...personaNames[0].map((name) => ({ ...blankPersona(randomUUID(), starter), name })),
          ...personaNames[1].map((name) => ({ ...blankPersona(randomUUID(), premium), name })),
        ],
      },
    });
    const personaId = (name: string) => step4.personas.find((p) => p.name === name)!.id;
    const stages = new Map(step4.stages.map((s) => [s.name, s.id]));
    for (const persona of step4.personas) stagesOfPersona.set(persona.id, stages);
    const channels = await addChannels(owner, projectId, CHANNEL_NAMES);
    const channel = (name: (typeof CHANNEL_NAMES)[number]) => channels.get(name)!;
    return { owner, projectId, starter, premium, step1, step4, personaId, channel, stages };
  }

  it("lists the personas grouped by offering and starts empty", async () => {
    const { owner, projectId, starter, premium } = await guitarShop();
    const step = await getIntegrationStep({ actor: owner, projectId });
    expect(step.offerings.map((o) => o.name)).toEqual(["Starter guitars", "Premium guitars"]);
    expect(step.personas.map((p) => [p.name, p.offeringId])).toEqual([
      ["Lucía", starter],
      ["Andrés", premium],
      ["Carmen", premium],
    ]);
    expect(asInput(step)).toEqual({ version: 0, contentIdeas: [], socialPlans: [], campaigns: [] });
    expect(step.meta).toMatchObject({ version: 0, completed: false, isNew: true });
  });

  it("saves the three lists in one version and reads back exactly what was saved", async () => {
    const { owner, projectId, starter, premium, personaId, channel } = await guitarShop();
    const [lucia, andres, carmen] = [personaId("Lucía"), personaId("Andrés"), personaId("Carmen")];
    const values: IntegrationStepInput = {
      version: 0,
      contentIdeas: [
        idea(lucia, "How to pick your first guitar"),
        idea(andres, "Inside the workshop: carving a top 🎸", { stage: "decision", format: "", addresses: "", plannedOn: "" }),
      ],
      socialPlans: [
        social(lucia, channel("instagram"), { frequency: "One reel a week" }),
        social(carmen, channel("youtube"), { purpose: "", tone: "" }),
      ],
      campaigns: [
        campaign(premium, [andres, carmen], channel("Instagram ads"), { kind: "launch" }),
        campaign(starter, [lucia, carmen], channel("Instagram ads"), {
          kind: "promotion",
          budget: "999999999.99",
          currency: "MXN",
          startsOn: "",
          endsOn: "",
          objective: "",
          successMetric: "",
        }),
      ],
    };
    const saved = await saveIntegrationStep({ actor: owner, projectId, values });
    expect(saved.version).toBe(1);
    // Carmen has no content idea yet.
    expect(saved.meta).toMatchObject({ version: 1, completed: false });
    expect(byValue(saved)).toEqual(byValue(values));
    const read = await getIntegrationStep({ actor: owner, projectId });
    expect(read).toEqual(saved);
    const sentIds = new Set([...values.contentIdeas, ...values.socialPlans, ...values.campaigns].map((r) => r.id));
    for (const row of [...read.contentIdeas, ...read.socialPlans, ...read.campaigns]) expect(sentIds.has(row.id)).toBe(false);
    // Whole cents in the database.
    const [stored] = await db()
      .select({ budgetCents: campaigns.budgetCents })
      .from(campaigns)
      .where(eq(campaigns.id, read.campaigns[1]!.id));
    expect(stored!.budgetCents).toBe(99_999_999_999);

    // Second save with the server ids: edit, reorder, remove, add, and change a campaign's personas.
    const [firstIdea, secondIdea] = read.contentIdeas as [ContentIdeaInput, ContentIdeaInput];
    const [launch, promo] = read.campaigns as [CampaignInput, CampaignInput];
    const second: IntegrationStepInput = {
      version: read.version,
      contentIdeas: [
        { ...secondIdea, topic: "Inside the workshop" },
        firstIdea,
        idea(carmen, "Premium care guide", { stage: "retention" }),
      ],
      socialPlans: [read.socialPlans[1]!],
      campaigns: [
        { ...promo, personaIds: [andres], budget: "0" },
        { ...launch, budget: "1250,5" },
      ],
    };
    const resaved = await saveIntegrationStep({ actor: owner, projectId, values: second });
    expect(resaved.version).toBe(2);
    expect(resaved.contentIdeas.map((i) => i.topic)).toEqual([
      "Inside the workshop",
      "How to pick your first guitar",
      "Premium care guide",
    ]);
    expect(resaved.contentIdeas.slice(0, 2).map((i) => i.id)).toEqual([secondIdea.id, firstIdea.id]);
    expect(resaved.socialPlans).toEqual([read.socialPlans[1]]);
    expect(resaved.campaigns).toEqual([
      { ...promo, personaIds: [andres], budget: "0.00" },
      { ...launch, budget: "1250.50" },
    ]);
    expect(await getIntegrationStep({ actor: owner, projectId })).toEqual(resaved);
    expect((await snapshot(db(), projectId)).links).toHaveLength(3);
  });

  it("records what is missing and is complete only when every persona has content", async () => {
    const { owner, projectId, premium, personaId, channel } = await guitarShop();
    const empty = await saveIntegrationStep({
      actor: owner,
      projectId,
      values: { version: 0, contentIdeas: [], socialPlans: [], campaigns: [] },
    });
    expect(empty.meta.completed).toBe(false);
    expect((await stepRow(db(), projectId))!.missing).toEqual([
      { code: "noContentIdeas" },
      { code: "noSocialPlans" },
      { code: "noCampaigns" },
    ]);
    const partial = await saveIntegrationStep({
      actor: owner,
      projectId,
      values: {
        version: 1,
        contentIdeas: [idea(personaId("Lucía"), "First chords")],
        socialPlans: [social(personaId("Lucía"), channel("instagram"))],
        campaigns: [campaign(premium, [personaId("Andrés")], channel("Instagram ads"))],
      },
    });
    expect(partial.meta.completed).toBe(false);
    expect((await stepRow(db(), projectId))!.missing).toEqual([
      { code: "personaWithoutContentIdea", name: "Andrés" },
      { code: "personaWithoutContentIdea", name: "Carmen" },
    ]);
    const complete = await saveIntegrationStep({
      actor: owner,
      projectId,
      values: {
        ...asInput(partial),
        contentIdeas: [...partial.contentIdeas, idea(personaId("Andrés"), "Tonewoods"), idea(personaId("Carmen"), "Care")],
      },
    });
    expect(complete.meta.completed).toBe(true);
    expect((await stepRow(db(), projectId))!.missing).toEqual([]);
  });

  it("step 4's save refreshes what step 5 is missing, without a new step 5 version", async () => {
    const { owner, projectId, starter, step4, personaId, channel } = await guitarShop([["Lucía"], []]);
    const values = {
      version: 0,
      contentIdeas: [idea(personaId("Lucía"), "First chords")],
      socialPlans: [social(personaId("Lucía"), channel("instagram"))],
      campaigns: [campaign(starter, [personaId("Lucía")], channel("Instagram ads"))],
    };
    expect((await saveIntegrationStep({ actor: owner, projectId, values })).meta.completed).toBe(true);
    await savePersonasStep({
      actor: owner,
      projectId,
      values: { version: step4.version, personas: [...step4.personas, { ...blankPersona(randomUUID(), starter), name: "Pablo" }] },
    });
    expect(await stepRow(db(), projectId)).toEqual({
      version: 1,
      completed: false,
      missing: [{ code: "personaWithoutContentIdea", name: "Pablo" }],
    });
  });

  it("applies a double submit of step 4 or step 5 once: one version, no duplicate rows", async () => {
    const { owner, projectId, starter, premium, step4, personaId, channel } = await guitarShop();
    // Step 4: one new persona, sent twice at once under one save id.
    const personas = { version: step4.version, personas: [...step4.personas, { ...blankPersona(randomUUID(), starter), name: "Diego" }] };
    const personasSaveId = randomUUID();
    const [firstPersonas, secondPersonas] = await Promise.all(
      [1, 2].map(() => savePersonasStep({ actor: owner, projectId, values: personas, saveId: personasSaveId })),
    );
    expect(secondPersonas).toEqual(firstPersonas);
    expect(firstPersonas!.version).toBe(step4.version + 1);
    expect(firstPersonas!.personas.filter((p) => p.name === "Diego")).toHaveLength(1);

    // Step 5: the same, then once more as a retry after the answer was lost.
    const values: IntegrationStepInput = {
      version: 0,
      contentIdeas: [idea(personaId("Lucía"), "How to pick your first guitar")],
      socialPlans: [social(personaId("Carmen"), channel("youtube"))],
      campaigns: [campaign(premium, [personaId("Andrés")], channel("Instagram ads"))],
    };
    const saveId = randomUUID();
    const [first, second] = await Promise.all([1, 2].map(() => saveIntegrationStep({ actor: owner, projectId, values, saveId })));
    expect(second).toEqual(first);
    const once = await snapshot(db(), projectId);
    expect(await saveIntegrationStep({ actor: owner, projectId, values, saveId })).toEqual(first);
    expect(await snapshot(db(), projectId)).toEqual(once);
    expect(once.step?.version).toBe(1);
    expect([once.ideas.length, once.plans.length, once.campaigns.length, once.links.length]).toEqual([1, 1, 1, 1]);
  });

  it("refuses a save on top of a newer version and changes nothing", async () => {
    const { owner, projectId, personaId, channel } = await guitarShop();
    const saved = await saveIntegrationStep({
      actor: owner,
      projectId,
      values: { version: 0, contentIdeas: [idea(personaId("Lucía"), "Mine")], socialPlans: [], campaigns: [] },
    });
    const before = await snapshot(db(), projectId);
    const error = await expectAppError(
      saveIntegrationStep({
        actor: owner,
        projectId,
        values: { version: 0, contentIdeas: [], socialPlans: [social(personaId("Andrés"), channel("tiktok"))], campaigns: [] },
      }),
      "conflict",
    );
    expect(error.details).toEqual({ currentVersion: saved.version });
    expect(await snapshot(db(), projectId)).toEqual(before);
  });

  it("gives a stranger not_found, a mentor forbidden, and changes nothing", async () => {
    const { owner, projectId, personaId } = await guitarShop();
    const saved = await saveIntegrationStep({
      actor: owner,
      projectId,
      values: { version: 0, contentIdeas: [idea(personaId("Lucía"), "Mine")], socialPlans: [], campaigns: [] },
    });
    const before = await snapshot(db(), projectId);
    const stranger = await createTestUser(db());
    await expectAppError(getIntegrationStep({ actor: stranger, projectId }), "not_found");
    await expectAppError(saveIntegrationStep({ actor: stranger, projectId, values: asInput(saved) }), "not_found");
    await expectAppError(saveIntegrationStep({ actor: stranger, projectId: "not-a-uuid", values: asInput(saved) }), "not_found");
    const mentor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    expect((await getIntegrationStep({ actor: mentor, projectId })).contentIdeas).toHaveLength(1);
    await expectAppError(saveIntegrationStep({ actor: mentor, projectId, values: { ...asInput(saved), contentIdeas: [] } }), "forbidden");
    expect(await snapshot(db(), projectId)).toEqual(before);
  });

  it("reports personas, offerings, channels and stages the project lacks as field errors on their row and writes nothing", async () => {
    const mine = await guitarShop();
    const theirs = await guitarShop([["Foreign"], []]);
    const lucia = mine.personaId("Lucía");
    const foreign = theirs.personaId("Foreign");
    const before = await snapshot(db(), mine.projectId);
    const error = await rejection(
      saveIntegrationStep({
        actor: mine.owner,
        projectId: mine.projectId,
        values: {
          version: 0,
          contentIdeas: [idea(lucia, "Fine"), idea(foreign, "Foreign persona")],
          socialPlans: [social(randomUUID(), mine.channel("instagram")), social(lucia, theirs.channel("youtube"))],
          campaigns: [
            campaign(mine.premium, [lucia], mine.channel("Instagram ads"), { stageId: mine.stages.get("decision")! }),
            campaign(theirs.starter, [lucia], mine.channel("Instagram ads")),
            campaign(mine.starter, [lucia, foreign], mine.channel("Instagram ads")),
            campaign(mine.starter, [lucia], randomUUID()),
            campaign(mine.starter, [lucia], mine.channel("Instagram ads"), { stageId: theirs.stages.get("decision")! }),
          ],
        },
      }),
    );
    expect(error).toBeInstanceOf(IntegrationFieldErrors);
    expect((error as IntegrationFieldErrors).fieldErrors).toEqual({
      "contentIdeas.1.personaId": "unknown_persona",
      // The foreign persona's idea names a stage of the other project.
      "contentIdeas.1.stageId": "unknown_item",
      "socialPlans.0.personaId": "unknown_persona",
      "socialPlans.1.channelId": "unknown_channel",
      "campaigns.1.offeringId": "unknown_offering",
      "campaigns.2.personaIds": "unknown_persona",
      "campaigns.3.channelId": "unknown_channel",
      "campaigns.4.stageId": "unknown_item",
    });
    expect(await snapshot(db(), mine.projectId)).toEqual(before);
  });

  it("treats another project's row ids as new rows and leaves those rows alone", async () => {
    const mine = await guitarShop();
    const theirs = await guitarShop([["Theirs"], []]);
    const theirSaved = await saveIntegrationStep({
      actor: theirs.owner,
      projectId: theirs.projectId,
      values: { version: 0, contentIdeas: [idea(theirs.personaId("Theirs"), "Theirs")], socialPlans: [], campaigns: [] },
    });
    const theirIdea = theirSaved.contentIdeas[0]!;
    const saved = await saveIntegrationStep({
      actor: mine.owner,
      projectId: mine.projectId,
      values: {
        version: 0,
        contentIdeas: [{ ...theirIdea, personaId: mine.personaId("Lucía"), stageId: mine.stages.get("awareness")!, topic: "Hijack" }],
        socialPlans: [],
        campaigns: [],
      },
    });
    expect(saved.contentIdeas[0]!.id).not.toBe(theirIdea.id);
    expect((await getIntegrationStep({ actor: theirs.owner, projectId: theirs.projectId })).contentIdeas).toEqual([theirIdea]);
  });

  it("keeps step 4 from deleting a persona that step 5 uses until the owner confirms", async () => {
    const { owner, projectId, premium, step4, personaId, channel } = await guitarShop();
    const [lucia, andres, carmen] = [personaId("Lucía"), personaId("Andrés"), personaId("Carmen")];
    await saveIntegrationStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        contentIdeas: [idea(andres, "Tonewoods"), idea(andres, "Setups"), idea(lucia, "First chords")],
        socialPlans: [social(andres, channel("youtube"))],
        campaigns: [campaign(premium, [andres, carmen], channel("Instagram ads")), campaign(premium, [andres], channel("Instagram ads"))],
      },
    });
    const before = await snapshot(db(), projectId);
    const withoutAndres = { version: step4.version, personas: step4.personas.filter((p) => p.id !== andres) };

    const error = await expectAppError(savePersonasStep({ actor: owner, projectId, values: withoutAndres }), "needs_confirmation");
    expect(error.details).toEqual({ dependents: [{ kind: "persona", name: "Andrés", contentIdeas: 2, socialPlans: 1, campaigns: 2 }] });
    expect(await snapshot(db(), projectId)).toEqual(before);
    // The database itself refuses to drop a persona that a campaign points at.
    expect(await sqlState(db().delete(personas).where(eq(personas.id, andres)))).toBe("23503");

    await savePersonasStep({ actor: owner, projectId, values: withoutAndres, confirmRemovals: true });
    const after = await getIntegrationStep({ actor: owner, projectId });
    expect(after.personas.map((p) => p.name)).toEqual(["Lucía", "Carmen"]);
    expect(after.contentIdeas.map((i) => i.topic)).toEqual(["First chords"]);
    expect(after.socialPlans).toEqual([]);
    expect(after.campaigns.map((c) => c.personaIds)).toEqual([[carmen], []]);
    // A campaign left without personas must be given one before step 5 saves again. Step 5's
    // rows changed, so its version moved: a step 5 form still open elsewhere must reload.
    expect(after.version).toBe(2);
  });

  it("keeps step 1 from deleting an offering that a campaign uses until the owner confirms", async () => {
    const { owner, projectId, premium, step1, personaId, channel } = await guitarShop([["Lucía"], []]);
    await saveIntegrationStep({
      actor: owner,
      projectId,
      values: {
        version: 0,
        contentIdeas: [],
        socialPlans: [],
        campaigns: [campaign(premium, [personaId("Lucía")], channel("Instagram ads"))],
      },
    });
    const withoutPremium = {
      version: step1.version,
      categories: step1.categories,
      offerings: step1.offerings.filter((o) => o.id !== premium),
    };
    const error = await expectAppError(saveOfferingsStep({ actor: owner, projectId, values: withoutPremium }), "needs_confirmation");
    expect(error.details?.dependents).toEqual([{ kind: "offering", name: "Premium guitars", personas: 0, campaigns: 1 }]);
    expect(await sqlState(db().delete(offerings).where(eq(offerings.id, premium)))).toBe("23503");
    await saveOfferingsStep({ actor: owner, projectId, values: withoutPremium, confirmRemovals: true });
    expect((await getIntegrationStep({ actor: owner, projectId })).campaigns).toEqual([]);
  });

  it("has the database refuse campaigns that end before they start or have a negative budget", async () => {
    const { owner, projectId, premium, channel } = await guitarShop();
    const row = { projectId, offeringId: premium, kind: "launch" as const, channelId: channel("Instagram ads"), position: 0 };
    expect(
      await sqlState(
        db()
          .insert(campaigns)
          .values({ ...row, startsOn: "2025-06-02", endsOn: "2025-06-01" }),
      ),
    ).toBe("23514");
    expect(
      await sqlState(
        db()
          .insert(campaigns)
          .values({ ...row, budgetCents: -1 }),
      ),
    ).toBe("23514");
    await db()
      .insert(campaigns)
      .values({ ...row, startsOn: "2025-06-01", endsOn: "2025-06-01", budgetCents: 0 });
    expect((await getIntegrationStep({ actor: owner, projectId })).campaigns).toMatchObject([
      { startsOn: "2025-06-01", endsOn: "2025-06-01", budget: "0.00", personaIds: [] },
    ]);
  });
});
