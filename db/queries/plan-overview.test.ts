import { describe, expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { AppError } from "@/lib/errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
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
  projectMembers,
  projects,
  projectSteps,
  socialPlans,
  targetProfiles,
} from "../schema";
import { getPlanOverview } from "./plan-overview";
import { totalsByCurrency } from "./plan-overview-model";

/** The read-only snapshot's SET TRANSACTION, the permission check, and one select per table (12). */
const EXPECTED_QUERIES = 14;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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

describeEachDatabase("plan overview", (getConnection, kind) => {
  const db = () => getConnection().db;

  async function ownedProject(name = "Guitarras Lorca") {
    const owner = await createTestUser(db());
    const [project] = await db().insert(projects).values({ name, description: "Hand-made guitars" }).returning({ id: projects.id });
    await db().insert(projectMembers).values({ projectId: project!.id, userId: owner.id, role: "owner" });
    return { owner, projectId: project!.id };
  }

  /** A small plan written row by row, with positions that disagree with insertion order on purpose. */
  async function handwrittenPlan() {
    const { owner, projectId } = await ownedProject();
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
    const persona = (name: string, offeringId: string, position: number) => ({
      projectId,
      offeringId,
      name,
      description: `${name} in one sentence`,
      goals: ["Play live"],
      pains: ["Buzzing frets"],
      gains: ["Warm tone"],
      decisionRole: "buyer" as const,
      channels: ["Instagram"],
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
      .values({ projectId, socialNetworks: ["Instagram"], keywords: ["luthier"] });
    await db()
      .insert(targetProfiles)
      .values({ projectId, ageMin: 18, ageMax: 60, generations: ["gen_z"], languages: ["Spanish"] });
    await db()
      .insert(contentIdeas)
      .values([
        { projectId, personaId: pablo!.id, topic: "Wood choice", stage: "consideration", position: 0 },
        { projectId, personaId: marta!.id, topic: "Second idea for Marta", stage: "decision", plannedOn: "2026-05-01", position: 3 },
        { projectId, personaId: marta!.id, topic: "First idea for Marta", stage: "awareness", position: 1 },
      ]);
    await db()
      .insert(socialPlans)
      .values([
        { projectId, personaId: pablo!.id, network: "YouTube", purpose: "Demos", frequency: "Weekly", tone: "Expert", position: 1 },
        { projectId, personaId: lucia!.id, network: "Instagram", purpose: "Workshop life", frequency: "Daily", tone: "Warm", position: 0 },
        {
          projectId,
          personaId: pablo!.id,
          network: " instagram",
          purpose: "Finished guitars",
          frequency: "Weekly",
          tone: "Warm",
          position: 2,
        },
      ]);
    const campaign = (offeringId: string, channel: string, budgetCents: number, currency: string, position: number) => ({
      projectId,
      offeringId,
      kind: "launch" as const,
      channel,
      budgetCents,
      currency,
      position,
    });
    const [c1, , c3] = await db()
      .insert(campaigns)
      .values([
        campaign(starter!.id, "Instagram Ads", 12_345, "EUR", 1),
        campaign(starter!.id, "instagram ads ", 55, "EUR", 2),
        campaign(premium!.id, "Google Ads", 100_000, "USD", 0),
        campaign(starter!.id, "Google Ads", 1_000, "USD", 3),
      ])
      .returning({ id: campaigns.id });
    await db()
      .insert(campaignPersonas)
      .values([
        { campaignId: c1!.id, personaId: marta!.id },
        { campaignId: c1!.id, personaId: lucia!.id },
        { campaignId: c3!.id, personaId: pablo!.id },
      ]);
    return { owner, projectId, course: course! };
  }

  it("groups every table of a plan the way the page reads it", async () => {
    const { owner, projectId, course } = await handwrittenPlan();
    const plan = await getPlanOverview({ actor: owner, projectId });

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
      decisionRole: "buyer",
      channels: ["Instagram"],
    });
    expect([plan.offeringCount, plan.personaCount]).toEqual([3, 3]);

    expect(plan.competitors.map((c) => c.name)).toEqual(["First", "Second"]);
    expect(plan.digitalProfile).toMatchObject({ socialNetworks: ["Instagram"], keywords: ["luthier"], media: [] });
    expect(plan.targetProfile).toMatchObject({ ageMin: 18, ageMax: 60, generations: ["gen_z"] });

    // Content by persona in page order (offering, then persona), ideas by position.
    expect(plan.content.map((c) => [c.persona.name, c.persona.offeringName, c.ideas.map((i) => [i.topic, i.stage, i.plannedOn])])).toEqual([
      [
        "Marta",
        "Starter guitar",
        [
          ["First idea for Marta", "awareness", null],
          ["Second idea for Marta", "decision", "2026-05-01"],
        ],
      ],
      ["Pablo", "Premium guitar", [["Wood choice", "consideration", null]]],
    ]);
    expect(plan.contentIdeaCount).toBe(3);

    // Networks in order of first use; "Instagram" and " instagram" are one column.
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
          ["instagram ads ", 55, []],
          ["Google Ads", 1_000, []],
        ],
        [
          { currency: "EUR", cents: 12_400 },
          { currency: "USD", cents: 1_000 },
        ],
      ],
      ["Premium guitar", [["Google Ads", 100_000, ["Pablo"]]], [{ currency: "USD", cents: 100_000 }]],
    ]);
    expect(plan.campaignCount).toBe(4);
    expect(plan.budget.byChannel).toEqual([
      { channel: "Google Ads", campaignCount: 2, totals: [{ currency: "USD", cents: 101_000 }] },
      { channel: "Instagram Ads", campaignCount: 2, totals: [{ currency: "EUR", cents: 12_400 }] },
    ]);
    expect(plan.budget.total).toEqual([
      { currency: "EUR", cents: 12_400 },
      { currency: "USD", cents: 101_000 },
    ]);
  });

  it("shows an empty project as empty sections, not as errors", async () => {
    const { owner, projectId } = await ownedProject("Empty");
    const plan = await getPlanOverview({ actor: owner, projectId });
    expect(plan).toMatchObject({
      categories: [],
      offeringCount: 0,
      personaCount: 0,
      competitors: [],
      digitalProfile: null,
      targetProfile: null,
      content: [],
      social: { networks: [], rows: [], planCount: 0 },
      campaigns: [],
      budget: { byChannel: [], total: [] },
    });
    expect(plan.steps.every((s) => !s.started && !s.completed)).toBe(true);
  });

  it("treats a saved but blank profile as missing", async () => {
    const { owner, projectId } = await ownedProject();
    await db().insert(digitalProfiles).values({ projectId });
    await db().insert(targetProfiles).values({ projectId });
    const plan = await getPlanOverview({ actor: owner, projectId });
    expect([plan.digitalProfile, plan.targetProfile]).toEqual([null, null]);
  });

  it("lets a mentor read the plan and gives a stranger not_found", async () => {
    const { owner, projectId } = await handwrittenPlan();
    const mentor = await createTestUser(db());
    await db().insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    expect((await getPlanOverview({ actor: mentor, projectId })).offeringCount).toBe(3);

    const stranger = await createTestUser(db());
    // Thunks, so that each read starts only when awaited: an array of started promises
    // would leave the later rejections unhandled while the first is awaited.
    for (const attempt of [
      () => getPlanOverview({ actor: stranger, projectId }),
      () => getPlanOverview({ actor: owner, projectId: "not-a-uuid" }),
      () => getPlanOverview({ actor: owner, projectId: "00000000-0000-4000-8000-000000000000" }),
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
    const counting = await countingConnection(getConnection());
    setConnectionForTests(counting.connection);

    const counts: number[] = [];
    for (const { projectId } of [small, large]) {
      counting.queries.length = 0;
      await getPlanOverview({ actor: owner, projectId });
      counts.push(counting.queries.length);
    }
    expect(counts).toEqual([EXPECTED_QUERIES, EXPECTED_QUERIES]);

    const plan = await getPlanOverview({ actor: owner, projectId: large.projectId });
    expect([plan.offeringCount, plan.personaCount, plan.contentIdeaCount, plan.social.planCount, plan.campaignCount]).toEqual([
      12, 48, 100, 50, 24,
    ]);
    // Budgets of the seeded campaigns: (i + 1) * 10 000 + 50 cents, every third one in USD.
    const expected = { EUR: 0, USD: 0 };
    for (let i = 0; i < LARGE_PLAN.campaigns; i++) expected[i % 3 === 2 ? "USD" : "EUR"] += (i + 1) * 10_000 + 50;
    expect(plan.budget.total).toEqual([
      { currency: "EUR", cents: expected.EUR },
      { currency: "USD", cents: expected.USD },
    ]);
  });

  it("measures the data access of a large plan (12 offerings, 48 personas)", async () => {
    const owner = await createTestUser(db());
    const { projectId } = await seedPlan(db(), { ownerId: owner.id, size: LARGE_PLAN });
    await getPlanOverview({ actor: owner, projectId }); // warm-up
    const timings: number[] = [];
    for (let run = 0; run < 15; run++) {
      const started = performance.now();
      await getPlanOverview({ actor: owner, projectId });
      timings.push(performance.now() - started);
    }
    console.log(
      `[plan-overview] ${kind}: getPlanOverview on ${JSON.stringify(LARGE_PLAN)}: median ${median(timings).toFixed(1)} ms, ` +
        `max ${Math.max(...timings).toFixed(1)} ms over ${timings.length} runs`,
    );
    expect(median(timings)).toBeLessThan(2_000);
  });
});
