import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { AppError } from "@/lib/errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { ensureStages, GUITAR_STAGES, JOURNEY_WORDS, mapEveryPersona, sampleJourney, setJourney } from "@/lib/testing/journey-seed";
import { LARGE_PLAN, seedPlan } from "@/lib/testing/plan-seed";
import { countingConnection } from "@/lib/testing/query-counter";
import {
  campaignPersonas,
  campaigns,
  categories,
  competitors,
  contentIdeas,
  digitalProfiles,
  offerings,
  personas,
  projectChannels,
  projectMembers,
  projects,
  projectSteps,
  journeyStages,
  socialPlans,
  targetProfiles,
} from "../schema";
import { DEFAULT_STAGE_NAMES } from "@/lib/validation/journey";
import { getPlanOverview } from "./plan-overview";
import { totalsByCurrency } from "./plan-overview-model";

/** The read-only snapshot's SET TRANSACTION, the permission check, and one select per table (14). */
const EXPECTED_QUERIES = 16;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe("totalsByCurrency", () => {
  it("adds cents per currency only, in currency order", () => {
    expect(
      totalsByCurrency([
        { budgetCents: 150, currency: "USD" },
        { budgetCents: 1, currency: "EUR" },
        { budgetCents: 250, currency: "USD" },
      ]),
    ).toEqual([
      { currency: "EUR", cents: 1 },
      { currency: "USD", cents: 400 },
    ]);
    expect(totalsByCurrency([])).toEqual([]);
  });
});

describeEachDatabase("plan overview", (getConnection) => {
  const db = () => getConnection().db;

  async function ownedProject(name = "Guitarras Lorca") {
    const owner = await createTestUser(db());
    const [project] = await db().insert(projects).values({ name, description: "Hand-made guitars" }).returning({ id: projects.id });
    await db().insert(projectMembers).values({ projectId: project!.id, userId: owner.id, role: "owner" });
    const stageRows = await db()
      .insert(journeyStages)
      .values(DEFAULT_STAGE_NAMES.map((stageName, position) => ({ projectId: project!.id, name: stageName, position })))
      .returning({ id: journeyStages.id, name: journeyStages.name });
    const stages = new Map(stageRows.map((s) => [s.name, s.id]));
    return { owner, projectId: project!.id, stage: (name: string) => stages.get(name)! };
  }

  /** A small plan written row by row, with positions that disagree with insertion order on purpose. */
  async function handwrittenPlan() {
    const { owner, projectId, stage } = await ownedProject();
    await db()
      .insert(projectSteps)
      .values([
        { projectId, step: 1, version: 2, completed: true, missing: [] },
        { projectId, step: 4, version: 1, completed: false, missing: [{ code: "offeringWithoutPersona", name: "Repairs" }] },
      ]);
    const [lessons, guitars] = await db()
      .insert(categories)
      .values([
        { projectId, name: "Lessons", position: 1 },
        { projectId, name: "Guitars", position: 0 },
      ])
      .returning({ id: categories.id });
    const offering = (name: string, categoryId: string, position: number) => ({
      projectId,
      categoryId,
      name,
      definition: `${name}, defined`,
      objective: "Revenue",
      weight: 4,
      revenueShare: 30,
      tier: "core" as const,
      audience: "Guitarists",
      position,
    });
    const [premium, starter, course] = await db()
      .insert(offerings)
      .values([
        offering("Premium guitar", guitars!.id, 1),
        offering("Starter guitar", guitars!.id, 0),
        offering("Beginner course", lessons!.id, 2),
      ])
      .returning({ id: offerings.id });
    // Ready-made channels are stored by code and shown by their name in the reader's language.
    const [instagram, youtube, instagramAds, searchAds] = await db()
      .insert(projectChannels)
      .values(["instagram", "youtube", "Instagram Ads", "search_ads"].map((name, position) => ({ projectId, name, position })))
      .returning({ id: projectChannels.id });
    const persona = (name: string, offeringId: string, position: number) => ({
      projectId,
      offeringId,
      name,
      description: `${name} in one sentence`,
      goals: ["Play live"],
      pains: ["Buzzing frets"],
      gains: ["Warm tone"],
      decisionRoles: ["buyer", "end_user"] as ("buyer" | "end_user")[],
      channelIds: [instagram!.id],
      position,
    });
    const [marta, lucia, pablo] = await db()
      .insert(personas)
      .values([persona("Marta", starter!.id, 1), persona("Lucía", starter!.id, 0), persona("Pablo", premium!.id, 0)])
      .returning({ id: personas.id });
    await db()
      .insert(competitors)
      .values([
        { projectId, name: "Second", position: 1 },
        { projectId, name: "First", website: "https://first.example", position: 0 },
      ]);
    await db()
      .insert(digitalProfiles)
      .values({ projectId, keywords: ["luthier"] });
    await db()
      .insert(targetProfiles)
      .values({ projectId, ageMin: 18, ageMax: 60, generations: ["gen_z"], languages: ["Spanish"] });
    await db()
      .insert(contentIdeas)
      .values([
        { projectId, personaId: pablo!.id, topic: "Wood choice", stageId: stage("consideration"), position: 0 },
        {
          projectId,
          personaId: marta!.id,
          topic: "Second idea for Marta",
          stageId: stage("decision"),
          plannedOn: "2026-05-01",
          position: 3,
        },
        { projectId, personaId: marta!.id, topic: "First idea for Marta", stageId: stage("awareness"), position: 1 },
      ]);
    await db()
      .insert(socialPlans)
      .values([
        { projectId, personaId: pablo!.id, channelId: youtube!.id, purpose: "Demos", frequency: "Weekly", tone: "Expert", position: 1 },
        {
          projectId,
          personaId: lucia!.id,
          channelId: instagram!.id,
          purpose: "Workshop life",
          frequency: "Daily",
          tone: "Warm",
          position: 0,
        },
        {
          projectId,
          personaId: pablo!.id,
          channelId: instagram!.id,
          purpose: "Finished guitars",
          frequency: "Weekly",
          tone: "Warm",
          position: 2,
        },
      ]);
    const campaign = (offeringId: string, channelId: string, budgetCents: number, currency: string, position: number) => ({
      projectId,
      offeringId,
      kind: "launch" as const,
      channelId,
      budgetCents,
      currency,
      position,
    });
    const [c1, , c3] = await db()
      .insert(campaigns)
      .values([
        campaign(starter!.id, instagramAds!.id, 12_345, "EUR", 1),
        campaign(starter!.id, instagramAds!.id, 55, "EUR", 2),
        campaign(premium!.id, searchAds!.id, 100_000, "USD", 0),
        campaign(starter!.id, searchAds!.id, 1_000, "USD", 3),
      ])
      .returning({ id: campaigns.id });
    await db()
      .insert(campaignPersonas)
      .values([
        { campaignId: c1!.id, personaId: marta!.id },
        { campaignId: c1!.id, personaId: lucia!.id },
        { campaignId: c3!.id, personaId: pablo!.id },
      ]);
    return { owner, projectId, course: course!, personaIds: { marta: marta!.id, lucia: lucia!.id, pablo: pablo!.id } };
  }

  it("groups every table of a plan the way the page reads it", async () => {
    const { owner, projectId, course } = await handwrittenPlan();
    const plan = await getPlanOverview({ actor: owner, projectId, locale: "en" });

    expect(plan.project).toEqual({ id: projectId, name: "Guitarras Lorca", description: "Hand-made guitars" });
    expect(plan.steps.map((s) => [s.slug, s.started, s.completed, s.missing])).toEqual([
      ["offerings", true, true, []],
      ["competitors", false, false, []],
      ["demographics", false, false, []],
      ["personas", true, false, [{ code: "offeringWithoutPersona", name: "Repairs" }]],
      ["integration", false, false, []],
    ]);
    // Categories and offerings by position; personas inside their offering by position.
    expect(plan.categories.map((c) => [c.name, c.offerings.map((o) => [o.name, o.categoryName, o.personas.map((p) => p.name)])])).toEqual([
      [
        "Guitars",
        [
          ["Starter guitar", "Guitars", ["Lucía", "Marta"]],
          ["Premium guitar", "Guitars", ["Pablo"]],
        ],
      ],
      ["Lessons", [["Beginner course", "Lessons", []]]],
    ]);
    expect(plan.categories[1]!.offerings[0]).toMatchObject({
      id: course.id,
      definition: "Beginner course, defined",
      weight: 4,
      revenueShare: 30,
    });
    expect(plan.categories[0]!.offerings[0]!.personas[0]).toMatchObject({
      goals: ["Play live"],
      decisionRoles: ["buyer", "end_user"],
      channels: ["Instagram"],
    });
    expect([plan.offeringCount, plan.personaCount]).toEqual([3, 3]);

    expect(plan.competitors.map((c) => c.name)).toEqual(["First", "Second"]);
    // Every channel of the project, in step 2's order, by name.
    expect(plan.digitalProfile).toMatchObject({
      socialNetworks: ["Instagram", "YouTube", "Instagram Ads", "Search ads"],
      keywords: ["luthier"],
      media: [],
    });
    expect(plan.targetProfile).toMatchObject({ ageMin: 18, ageMax: 60, generations: ["gen_z"] });

    // Content by persona in page order (offering, then persona), ideas by journey stage (here also by position).
    expect(plan.content.map((c) => [c.persona.name, c.persona.offeringName, c.ideas.map((i) => [i.topic, i.stage, i.plannedOn])])).toEqual([
      [
        "Marta",
        "Starter guitar",
        [
          ["First idea for Marta", "Awareness", null],
          ["Second idea for Marta", "Decision", "2026-05-01"],
        ],
      ],
      ["Pablo", "Premium guitar", [["Wood choice", "Consideration", null]]],
    ]);
    expect(plan.contentIdeaCount).toBe(3);

    // Networks in order of first use; two plans on the same channel share its column.
    expect(plan.social.networks).toEqual(["Instagram", "YouTube"]);
    expect(plan.social.rows.map((r) => [r.persona.name, r.cells.map((cell) => cell.map((p) => p.purpose))])).toEqual([
      ["Lucía", [["Workshop life"], []]],
      ["Pablo", [["Finished guitars"], ["Demos"]]],
    ]);
    expect(plan.social.planCount).toBe(3);

    // Campaigns grouped by offering (offering order), by position inside; totals never mix currencies.
    expect(
      plan.campaigns.map((g) => [
        g.offering.name,
        g.campaigns.map((c) => [c.channel, c.budgetCents, c.personas.map((p) => p.name)]),
        g.totals,
      ]),
    ).toEqual([
      [
        "Starter guitar",
        [
          ["Instagram Ads", 12_345, ["Lucía", "Marta"]],
          ["Instagram Ads", 55, []],
          ["Search ads", 1_000, []],
        ],
        [
          { currency: "EUR", cents: 12_400 },
          { currency: "USD", cents: 1_000 },
        ],
      ],
      ["Premium guitar", [["Search ads", 100_000, ["Pablo"]]], [{ currency: "USD", cents: 100_000 }]],
    ]);
    expect(plan.campaignCount).toBe(4);
    expect(plan.budget.byChannel).toEqual([
      { channel: "Search ads", campaignCount: 2, totals: [{ currency: "USD", cents: 101_000 }] },
      { channel: "Instagram Ads", campaignCount: 2, totals: [{ currency: "EUR", cents: 12_400 }] },
    ]);
    expect(plan.budget.total).toEqual([
      { currency: "EUR", cents: 12_400 },
      { currency: "USD", cents: 101_000 },
    ]);
  });

  it("sorts once for every reader: content by the project's stage order, the calendar by date, the timeline by dates", async () => {
    const { owner, projectId, stage } = await ownedProject();
    // The owner renamed "retention" and put it first: it sorts and prints as they left it.
    await db()
      .update(journeyStages)
      .set({ name: "Coming back", position: -1 })
      .where(eq(journeyStages.id, stage("retention")));
    await db().insert(projectSteps).values({ projectId, step: 1, version: 1, completed: true, missing: [] });
    const [category] = await db().insert(categories).values({ projectId, name: "Guitars", position: 0 }).returning({ id: categories.id });
    const [offering] = await db()
      .insert(offerings)
      .values({ projectId, categoryId: category!.id, name: "Starter guitar", tier: "core", position: 0 })
      .returning({ id: offerings.id });
    // Beatriz comes first on the page; the calendar compares names as a reader would, so Álvaro goes first there.
    const [beatriz, alvaro] = await db()
      .insert(personas)
      .values([
        { projectId, offeringId: offering!.id, name: "Beatriz", decisionRoles: ["buyer" as const], position: 0 },
        { projectId, offeringId: offering!.id, name: "Álvaro", decisionRoles: ["buyer" as const], position: 1 },
      ])
      .returning({ id: personas.id });
    const idea = (personaId: string, topic: string, stageName: string, plannedOn: string | null, position: number) => ({
      projectId,
      personaId,
      topic,
      stageId: stage(stageName),
      plannedOn,
      position,
    });
    await db()
      .insert(contentIdeas)
      .values([
        idea(beatriz!.id, "Retention in March", "retention", "2026-03-01", 0),
        idea(beatriz!.id, "Awareness, undated", "awareness", null, 1),
        idea(beatriz!.id, "Awareness in May", "awareness", "2026-05-01", 2),
        idea(beatriz!.id, "Awareness in February", "awareness", "2026-02-01", 3),
        idea(beatriz!.id, "Awareness in May, entered later", "awareness", "2026-05-01", 4),
        idea(alvaro!.id, "Decision in February", "decision", "2026-02-01", 5),
      ]);
    const channelNames = ["Undated", "September", "Ends in February", "From February to March"];
    const channelRows = await db()
      .insert(projectChannels)
      .values(channelNames.map((name, position) => ({ projectId, name, position })))
      .returning({ id: projectChannels.id, name: projectChannels.name });
    const campaign = (channel: string, startsOn: string | null, endsOn: string | null, position: number) => ({
      projectId,
      offeringId: offering!.id,
      kind: "launch" as const,
      channelId: channelRows.find((c) => c.name === channel)!.id,
      budgetCents: 100,
      currency: "EUR",
      startsOn,
      endsOn,
      position,
    });
    await db()
      .insert(campaigns)
      .values([
        campaign("Undated", null, null, 0),
        campaign("September", "2026-09-01", "2026-09-30", 1),
        campaign("Ends in February", null, "2026-02-28", 2),
        campaign("From February to March", "2026-02-28", "2026-03-10", 3),
      ]);

    const plan = await getPlanOverview({ actor: owner, projectId, locale: "en" });

    expect(plan.offerings.map((o) => [o.name, o.personas.map((p) => p.name)])).toEqual([["Starter guitar", ["Beatriz", "Álvaro"]]]);
    expect(plan.incompleteSteps.map((s) => s.slug)).toEqual(["competitors", "demographics", "personas", "integration"]);
    // By the project's stage order, then date (undated last), then as entered.
    expect(plan.content.map((c) => [c.persona.name, c.ideas.map((i) => i.topic)])).toEqual([
      [
        "Beatriz",
        ["Retention in March", "Awareness in February", "Awareness in May", "Awareness in May, entered later", "Awareness, undated"],
      ],
      ["Álvaro", ["Decision in February"]],
    ]);
    expect(plan.content[0]!.ideas[0]!.stage).toBe("Coming back");
    expect(plan.stages.map((s) => s.name)).toEqual(["Coming back", "Awareness", "Consideration", "Decision", "Advocacy"]);
    // By date (undated last), then persona name, then in the content plan's order.
    expect(plan.contentCalendar.map((e) => [e.idea.plannedOn, e.persona.name, e.idea.topic])).toEqual([
      ["2026-02-01", "Álvaro", "Decision in February"],
      ["2026-02-01", "Beatriz", "Awareness in February"],
      ["2026-03-01", "Beatriz", "Retention in March"],
      ["2026-05-01", "Beatriz", "Awareness in May"],
      ["2026-05-01", "Beatriz", "Awareness in May, entered later"],
      [null, "Beatriz", "Awareness, undated"],
    ]);
    // By first known day, then last; a campaign with only an end date is placed by it; undated last.
    expect(plan.timeline.map((e) => [e.campaign.channel, e.first, e.last, e.offering.name])).toEqual([
      ["Ends in February", "2026-02-28", "2026-02-28", "Starter guitar"],
      ["From February to March", "2026-02-28", "2026-03-10", "Starter guitar"],
      ["September", "2026-09-01", "2026-09-30", "Starter guitar"],
      ["Undated", null, null, "Starter guitar"],
    ]);
  });

  it("gives each persona its fit, its motivations against competitors, its intermediary and what answers each pain", async () => {
    const { owner, projectId, stage } = await ownedProject();
    const [category] = await db().insert(categories).values({ projectId, name: "Guitars", position: 0 }).returning({ id: categories.id });
    const [starter, school] = await db()
      .insert(offerings)
      .values([
        { projectId, categoryId: category!.id, name: "Starter guitar", tier: "core" as const, position: 0 },
        { projectId, categoryId: category!.id, name: "School partnership", tier: "growth" as const, position: 1 },
      ])
      .returning({ id: offerings.id });
    const [first, second] = await db()
      .insert(competitors)
      .values([
        { projectId, name: "First", position: 0 },
        { projectId, name: "Second", position: 1 },
      ])
      .returning({ id: competitors.id });
    const entry = (kind: "product" | "reliever" | "creator", text: string, answers: string[], needs: string[] = []) => ({
      id: randomUUID(),
      kind,
      text,
      answers,
      needs,
    });
    const fitting = entry("product", "Fitting session", ["choose a first guitar"], ["A playable guitar"]);
    const setup = entry("reliever", "Free setup", ["Buzzing frets"]);
    const voicing = entry("creator", "Hand-voiced top", ["A warm tone"]);
    const loyalty = entry("reliever", "Loyalty card", []);
    const [lucia] = await db()
      .insert(personas)
      .values({
        projectId,
        offeringId: starter!.id,
        name: "Lucía",
        decisionRoles: ["buyer" as const],
        jobs: ["Choose a first guitar"],
        pains: ["Buzzing frets", "Prices out of reach", "Confusing jargon"],
        gains: ["A warm tone", "Playing with friends"],
        needs: "A playable guitar\nDelivery in a week",
        motivations: "The feel of real wood\nA shop that smells of sawdust",
        // Items are matched as the fit matches them, whatever their case.
        importance: {
          jobs: {},
          pains: { "Prices out of reach": "essential", "Confusing jargon": "nice" },
          gains: { "playing with friends": "essential" },
        },
        valueMap: [fitting, setup, voicing, loyalty],
        motivationRivals: [
          { motivation: "the feel of real wood", competitorIds: [second!.id, first!.id] },
          { motivation: "A line no longer there", competitorIds: [first!.id] },
        ],
        position: 0,
      })
      .returning({ id: personas.id });
    const [musicSchool] = await db()
      .insert(personas)
      .values({
        projectId,
        offeringId: school!.id,
        name: "Music school",
        decisionRoles: ["influencer" as const],
        intermediaryFor: lucia!.id,
        position: 0,
      })
      .returning({ id: personas.id });
    const [linked, , elsewhere] = await db()
      .insert(contentIdeas)
      .values([
        {
          projectId,
          personaId: lucia!.id,
          topic: "Why frets buzz",
          stageId: stage("awareness"),
          addresses: "buzzing frets",
          addressesKind: "pain" as const,
          position: 0,
        },
        { projectId, personaId: lucia!.id, topic: "Free text only", stageId: stage("awareness"), addresses: "Buzzing frets", position: 1 },
        {
          projectId,
          personaId: musicSchool!.id,
          topic: "For teachers",
          stageId: stage("awareness"),
          addresses: "Buzzing frets",
          addressesKind: "pain" as const,
          position: 2,
        },
      ])
      .returning({ id: contentIdeas.id });
    expect(elsewhere).toBeDefined();
    const [channel] = await db()
      .insert(projectChannels)
      .values({ projectId, name: "instagram", position: 0 })
      .returning({ id: projectChannels.id });
    const [prices, frets] = await db()
      .insert(campaigns)
      .values([
        {
          projectId,
          offeringId: starter!.id,
          kind: "promotion" as const,
          channelId: channel!.id,
          answers: [
            { personaId: lucia!.id, kind: "pain" as const, item: "Prices out of reach" },
            { personaId: lucia!.id, kind: "gain" as const, item: "A warm tone" },
          ],
          position: 0,
        },
        {
          projectId,
          offeringId: starter!.id,
          kind: "launch" as const,
          channelId: channel!.id,
          answers: [{ personaId: lucia!.id, kind: "pain" as const, item: "Buzzing frets" }],
          position: 1,
        },
      ])
      .returning({ id: campaigns.id });

    const plan = await getPlanOverview({ actor: owner, projectId, locale: "en" });
    const [luciaView, schoolView] = plan.offerings.flatMap((o) => o.personas.map((p) => p.valueProposition));

    // Two of the four essential and important pains and gains are answered; the nice-to-have one does not count.
    expect(luciaView!.fit).toMatchObject({ counted: 4, answered: 2, share: 50 });
    expect(luciaView!.fit.unanswered.map((i) => [i.list, i.item, i.importance])).toEqual([
      ["pains", "Prices out of reach", "essential"],
      ["gains", "Playing with friends", "essential"],
    ]);
    expect(luciaView!.fit.unmetNeeds).toEqual(["Delivery in a week"]);
    expect(luciaView!.valueMap.map((e) => e.text)).toEqual(["Fitting session", "Free setup", "Hand-voiced top", "Loyalty card"]);
    // Competitors in step 2's order; a rival mark for a motivation that was since rewritten is left out.
    expect(luciaView!.motivations).toEqual([
      { motivation: "The feel of real wood", competitors: ["First", "Second"] },
      { motivation: "A shop that smells of sawdust", competitors: [] },
    ]);
    // Only ideas linked to the pain (not free text, not another persona's) and the campaigns that answer it.
    expect(luciaView!.painAnswers).toEqual([
      {
        pain: "Buzzing frets",
        importance: "important",
        entries: [setup],
        ideas: [{ id: linked!.id, topic: "Why frets buzz" }],
        campaigns: [{ id: frets!.id, kind: "launch", channel: "Instagram" }],
      },
      {
        pain: "Prices out of reach",
        importance: "essential",
        entries: [],
        ideas: [],
        campaigns: [{ id: prices!.id, kind: "promotion", channel: "Instagram" }],
      },
      { pain: "Confusing jargon", importance: "nice", entries: [], ideas: [], campaigns: [] },
    ]);
    // The intermediary buys another offering, so each side names the other's offering too.
    expect([luciaView!.intermediaryFor, luciaView!.soldThrough]).toEqual([
      null,
      [{ id: musicSchool!.id, name: "Music school", otherOffering: "School partnership" }],
    ]);
    expect([schoolView!.intermediaryFor, schoolView!.soldThrough]).toEqual([
      { id: lucia!.id, name: "Lucía", otherOffering: "Starter guitar" },
      [],
    ]);
    expect(schoolView!.fit).toMatchObject({ items: [], counted: 0, share: null, needs: [] });
  });

  it("lays each persona's journey over the project's stages, in their order", async () => {
    const { owner, projectId, personaIds } = await handwrittenPlan();
    const stages = await ensureStages(db(), projectId);
    const journey = sampleJourney(stages.map((s) => s.id));
    // A cell of a stage the project no longer has, and the stages' cells out of order.
    const gone = { ...journey.cells[0]!, stageId: randomUUID(), touchpoints: "A stage that was removed" };
    await setJourney(db(), personaIds.marta, { ...journey, cells: [gone, ...journey.cells.reverse()] });
    await setJourney(db(), personaIds.pablo, { objective: "Only an objective", walkedOn: "", walkedNotes: "", cells: [] });
    await setJourney(db(), personaIds.lucia, {
      objective: "",
      walkedOn: "",
      walkedNotes: "",
      cells: [
        { ...journey.cells[0]!, touchpoints: " ", thinksAndDoes: "", feeling: null, feelingWord: "", painPoints: "", opportunities: "" },
      ],
    });

    const plan = await getPlanOverview({ actor: owner, projectId, locale: "en" });
    // Ready-made stages read in the reader's language; the owner's own as typed.
    const named = ["Awareness", "Consideration", "Decision", "Workshop visit", "Retention", "Advocacy"];
    expect(plan.stages.map((s) => s.name)).toEqual(named);
    const byName = new Map(plan.offerings.flatMap((o) => o.personas).map((p) => [p.name, p]));
    const marta = byName.get("Marta")!.journeyMap!;
    expect(marta.objective).toBe(JOURNEY_WORDS.objective);
    expect(marta.walkedOn).toBeNull();
    expect(marta.columns.map((c) => [c.stage.name, c.cell.feeling])).toEqual(named.map((name, i) => [name, [1, 0, -2, null, 1, 2][i]]));
    expect(marta.columns.map((c) => c.cell.touchpoints)).not.toContain("A stage that was removed");
    expect(marta.columns[2]!.cell).toMatchObject({ feelingWord: JOURNEY_WORDS.feelingWord, painPoints: JOURNEY_WORDS.painPoint });
    // An objective alone is a map to show; a blank cell alone is not.
    expect(byName.get("Pablo")!.journeyMap!.columns.every((c) => c.cell.touchpoints === "" && c.cell.feeling === null)).toBe(true);
    expect(byName.get("Lucía")!.journeyMap).toBeNull();

    await setJourney(
      db(),
      personaIds.marta,
      sampleJourney(
        stages.map((s) => s.id),
        "2026-06-01",
      ),
    );
    const walked = await getPlanOverview({ actor: owner, projectId, locale: "en" });
    const map = walked.offerings.flatMap((o) => o.personas).find((p) => p.name === "Marta")!.journeyMap!;
    expect([map.walkedOn, map.walkedNotes]).toEqual(["2026-06-01", JOURNEY_WORDS.walkedNotes]);
  });

  it("shows an empty project as empty sections, not as errors", async () => {
    const { owner, projectId } = await ownedProject("Empty");
    const plan = await getPlanOverview({ actor: owner, projectId, locale: "en" });
    expect(plan).toMatchObject({
      categories: [],
      offerings: [],
      offeringCount: 0,
      personaCount: 0,
      competitors: [],
      digitalProfile: null,
      targetProfile: null,
      content: [],
      contentCalendar: [],
      social: { networks: [], rows: [], planCount: 0 },
      campaigns: [],
      timeline: [],
      budget: { byChannel: [], total: [] },
    });
    expect(plan.steps.every((s) => !s.started && !s.completed)).toBe(true);
  });

  it("treats a saved but blank profile as missing", async () => {
    const { owner, projectId } = await ownedProject();
    await db().insert(digitalProfiles).values({ projectId });
    await db().insert(targetProfiles).values({ projectId });
    const plan = await getPlanOverview({ actor: owner, projectId, locale: "en" });
    expect([plan.digitalProfile, plan.targetProfile]).toEqual([null, null]);
  });

  it("lets a mentor read the plan and gives a stranger not_found", async () => {
    const { owner, projectId } = await handwrittenPlan();
    const mentor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    expect((await getPlanOverview({ actor: mentor, projectId, locale: "en" })).offeringCount).toBe(3);

    const stranger = await createTestUser(db());
    // Thunks, so that each read starts only when awaited: an array of started promises
    // would leave the later rejections unhandled while the first is awaited.
    for (const attempt of [
      () => getPlanOverview({ actor: stranger, projectId, locale: "en" }),
      () => getPlanOverview({ actor: owner, projectId: "not-a-uuid", locale: "en" }),
      () => getPlanOverview({ actor: owner, projectId: "00000000-0000-4000-8000-000000000000", locale: "en" }),
    ]) {
      const error = await rejection(attempt());
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("not_found");
    }
  });

  it("reads a plan with a constant number of queries, whatever its size", async () => {
    const owner = await createTestUser(db());
    const small = await seedPlan(db(), {
      ownerId: owner.id,
      size: { offerings: 1, personasPerOffering: 1, contentIdeas: 1, socialPlans: 1, campaigns: 1 },
    });
    const large = await seedPlan(db(), { ownerId: owner.id, size: LARGE_PLAN });
    // Every persona of the large plan maps a journey over eight stages: still no query per persona or stage.
    await mapEveryPersona(db(), large.projectId, [...GUITAR_STAGES, "Second order", "Referral"]);
    const counting = await countingConnection(getConnection());
    setConnectionForTests(counting.connection);

    const counts: number[] = [];
    for (const { projectId } of [small, large]) {
      counting.queries.length = 0;
      await getPlanOverview({ actor: owner, projectId, locale: "en" });
      counts.push(counting.queries.length);
    }
    expect(counts).toEqual([EXPECTED_QUERIES, EXPECTED_QUERIES]);

    const plan = await getPlanOverview({ actor: owner, projectId: large.projectId, locale: "en" });
    expect([plan.offeringCount, plan.personaCount, plan.contentIdeaCount, plan.social.planCount, plan.campaignCount]).toEqual([
      12, 48, 100, 50, 24,
    ]);
    const maps = plan.offerings.flatMap((o) => o.personas.map((p) => p.journeyMap));
    expect(maps.map((m) => m?.columns.length)).toEqual(Array(48).fill(8));
    // Budgets of the seeded campaigns: (i + 1) * 10 000 + 50 cents, every third one in USD.
    const expected = { EUR: 0, USD: 0 };
    for (let i = 0; i < LARGE_PLAN.campaigns; i++) expected[i % 3 === 2 ? "USD" : "EUR"] += (i + 1) * 10_000 + 50;
    expect(plan.budget.total).toEqual([
      { currency: "EUR", cents: expected.EUR },
      { currency: "USD", cents: expected.USD },
    ]);
  });
});
