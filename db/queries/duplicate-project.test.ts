import { and, eq, getTableName, is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { importCustomerLines, purchaseLine } from "@/lib/testing/customer-imports";
import { seedPlan } from "@/lib/testing/plan-seed";
import * as schema from "../schema";
import {
  campaigns,
  comments,
  competitors,
  contentIdeas,
  customerImports,
  customerPurchases,
  customerSegmentValues,
  invitations,
  journeyStages,
  personas,
  projectChannels,
  projectMembers,
  projects,
  projectSteps,
  socialPlans,
  stepReviews,
} from "../schema";
import { saveSegmentValue } from "./customer-data";
import { COPIED_TABLES, duplicateProject, NOT_COPIED_TABLES } from "./duplicate-project";
import { getPlanOverview } from "./plan-overview";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * The plan with every id replaced by the order it first appears in: two plans read the same
 * and point at each other's rows the same way exactly when these are equal.
 */
function shape(plan: unknown): { json: unknown; ids: Set<string> } {
  const seen = new Map<string, string>();
  const json = JSON.stringify(plan).replace(UUID, (id) => {
    if (!seen.has(id)) seen.set(id, `#${seen.size}`);
    return seen.get(id)!;
  });
  return { json: JSON.parse(json) as unknown, ids: new Set(seen.keys()) };
}

describe("duplicateProject's table lists", () => {
  it("name every table that hangs off a project, in one list or the other", () => {
    const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
    // Tables that reference a project, or a row of a table that does, and so on.
    const owned = new Set<PgTable>([schema.projects as PgTable]);
    for (let grew = true; grew;) {
      grew = false;
      for (const table of tables) {
        if (owned.has(table)) continue;
        const references = getTableConfig(table).foreignKeys.map((fk) => fk.reference().foreignTable);
        if (references.some((target) => owned.has(target))) {
          owned.add(table);
          grew = true;
        }
      }
    }
    const listed = [...COPIED_TABLES, ...NOT_COPIED_TABLES] as PgTable[];
    expect(listed.map(getTableName).sort()).toEqual([...owned].map(getTableName).sort());
  });
});

describeEachDatabase("duplicateProject", (getConnection) => {
  const db = () => getConnection().db;
  const SIZE = { offerings: 3, personasPerOffering: 2, contentIdeas: 7, socialPlans: 4, campaigns: 5 };

  /** An owner's seeded plan with a mentor, a comment, a review and an invitation on it. */
  async function sharedPlan() {
    const owner = await createTestUser(db());
    const mentor = await createTestUser(db());
    const { projectId } = await seedPlan(db(), { ownerId: owner.id, size: SIZE, name: "Guitarras Lorca" });
    // The seed's social plans differ only in their persona: give each its own tone, so a plan
    // pointed at the wrong persona in the copy cannot read the same.
    await db()
      .update(socialPlans)
      .set({ tone: sql`'Tone ' || ${socialPlans.position}` })
      .where(eq(socialPlans.projectId, projectId));
    await db().insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    await db().insert(comments).values({ projectId, step: 1, authorId: mentor.id, body: "Split repairs from sales?" });
    await db().insert(stepReviews).values({ projectId, step: 2, status: "changes_requested", reviewerId: mentor.id });
    await db()
      .insert(invitations)
      .values({
        projectId,
        email: "editor@example.test",
        role: "editor",
        tokenHash: `hash-${projectId}`,
        expiresAt: new Date("2031-01-01T00:00:00Z"),
      });
    return { owner, mentor, projectId };
  }

  const rowsOf = async (projectId: string) => ({
    members: await db()
      .select({ userId: projectMembers.userId, role: projectMembers.role })
      .from(projectMembers)
      .where(eq(projectMembers.projectId, projectId)),
    comments: await db().select({ id: comments.id }).from(comments).where(eq(comments.projectId, projectId)),
    reviews: await db().select({ step: stepReviews.step }).from(stepReviews).where(eq(stepReviews.projectId, projectId)),
    invitations: await db().select({ id: invitations.id }).from(invitations).where(eq(invitations.projectId, projectId)),
  });

  it("copies every step's answers with new ids and references inside the copy, and nothing of the team", async () => {
    const { owner, projectId } = await sharedPlan();
    const before = await getPlanOverview({ actor: owner, projectId, locale: "es" });

    const copyId = await duplicateProject({ actor: owner, projectId, name: "Guitarras Lorca (copia)" });

    expect(copyId).not.toBe(projectId);
    const copy = await getPlanOverview({ actor: owner, projectId: copyId, locale: "es" });
    expect(copy.project.name).toBe("Guitarras Lorca (copia)");
    const original = shape({ ...before, project: { ...before.project, name: "" } });
    const copied = shape({ ...copy, project: { ...copy.project, name: "" } });
    expect(copied.json).toEqual(original.json);
    // Same number of distinct rows, none of them shared with the original.
    expect(copied.ids.size).toBe(original.ids.size);
    expect([...copied.ids].filter((id) => original.ids.has(id))).toEqual([]);

    expect(await rowsOf(copyId)).toEqual({ members: [{ userId: owner.id, role: "owner" }], comments: [], reviews: [], invitations: [] });
    // The original keeps its team, its discussion and its answers.
    const originalRows = await rowsOf(projectId);
    expect(originalRows.members).toHaveLength(2);
    expect([originalRows.comments.length, originalRows.reviews.length, originalRows.invitations.length]).toEqual([1, 1, 1]);
    expect(shape(await getPlanOverview({ actor: owner, projectId, locale: "es" })).json).toEqual(shape(before).json);
  });

  it("copies the project's channels and points the copy's personas, plans and campaigns at the copies", async () => {
    const { owner, projectId } = await sharedPlan();
    const copyId = await duplicateProject({ actor: owner, projectId, name: "Copia" });
    const channelsOf = (id: string) =>
      db()
        .select({ id: projectChannels.id, name: projectChannels.name })
        .from(projectChannels)
        .where(eq(projectChannels.projectId, id))
        .orderBy(projectChannels.position);
    /** Every channel reference of a project, as the channel's name and whether it is the project's own. */
    const references = async (id: string) => {
      const own = new Map((await channelsOf(id)).map((c) => [c.id, c.name]));
      const picked = [
        ...(
          await db()
            .select({ ids: personas.channelIds })
            .from(personas)
            .where(eq(personas.projectId, id))
            .orderBy(personas.position, personas.name)
        ).flatMap((p) => p.ids),
        ...(
          await db()
            .select({ id: socialPlans.channelId })
            .from(socialPlans)
            .where(eq(socialPlans.projectId, id))
            .orderBy(socialPlans.position)
        ).map((r) => r.id),
        ...(
          await db().select({ id: campaigns.channelId }).from(campaigns).where(eq(campaigns.projectId, id)).orderBy(campaigns.position)
        ).map((r) => r.id),
      ];
      return picked.map((channelId) => own.get(channelId) ?? `foreign ${channelId}`);
    };
    const original = await channelsOf(projectId);
    const copied = await channelsOf(copyId);
    expect(copied.map((c) => c.name)).toEqual(original.map((c) => c.name));
    expect(copied.filter((c) => original.some((o) => o.id === c.id))).toEqual([]);
    const originalReferences = await references(projectId);
    expect(originalReferences.length).toBeGreaterThan(0);
    expect(await references(copyId)).toEqual(originalReferences);
  });

  it("points the copy's intermediaries, motivation marks, campaign answers and journey cells at the copy's rows", async () => {
    const { owner, projectId } = await sharedPlan();
    const ordered = (id: string) =>
      db().select().from(personas).where(eq(personas.projectId, id)).orderBy(personas.position, personas.name);
    const [first, second] = await ordered(projectId);
    const [rival] = await db().select().from(competitors).where(eq(competitors.projectId, projectId)).orderBy(competitors.position);
    // The seeded plan has the five ready-made stages; "awareness" comes first.
    const [stage] = await db()
      .select()
      .from(journeyStages)
      .where(and(eq(journeyStages.projectId, projectId), eq(journeyStages.name, "awareness")));
    const cell = {
      stageId: stage!.id,
      touchpoints: "Search",
      thinksAndDoes: "",
      feeling: -1 as const,
      feelingWord: "Lost",
      painPoints: "",
      opportunities: "",
    };
    await db()
      .update(personas)
      .set({
        intermediaryFor: first!.id,
        // The second competitor id was removed meanwhile: the copy drops it instead of failing.
        motivationRivals: [{ motivation: "Warm sound", competitorIds: [rival!.id, "00000000-0000-4000-8000-00000000dead"] }],
        journey: { objective: "", walkedOn: "", walkedNotes: "", cells: [cell] },
      })
      .where(eq(personas.id, second!.id));
    const [campaign] = await db().select().from(campaigns).where(eq(campaigns.projectId, projectId)).orderBy(campaigns.position);
    await db()
      .update(campaigns)
      .set({ answers: [{ personaId: first!.id, kind: "pain", item: "Anything" }] })
      .where(eq(campaigns.id, campaign!.id));

    const copyId = await duplicateProject({ actor: owner, projectId, name: "Copia" });
    const [firstCopy, secondCopy] = await ordered(copyId);
    const [rivalCopy] = await db().select().from(competitors).where(eq(competitors.projectId, copyId)).orderBy(competitors.position);
    const stagesCopy = await db().select().from(journeyStages).where(eq(journeyStages.projectId, copyId));
    const stageCopy = stagesCopy.find((s) => s.position === 0 && s.name === "awareness")!;
    const [campaignCopy] = await db().select().from(campaigns).where(eq(campaigns.projectId, copyId)).orderBy(campaigns.position);
    expect(secondCopy!.intermediaryFor).toBe(firstCopy!.id);
    expect(secondCopy!.motivationRivals).toEqual([{ motivation: "Warm sound", competitorIds: [rivalCopy!.id] }]);
    expect(secondCopy!.journey.cells).toEqual([{ ...cell, stageId: stageCopy.id }]);
    expect(stageCopy.id).not.toBe(stage!.id);
    expect(campaignCopy!.answers).toEqual([{ personaId: firstCopy!.id, kind: "pain", item: "Anything" }]);
    // Content ideas and campaigns name the copy's stages, never the original's.
    const copyStageIds = new Set(stagesCopy.map((s) => s.id));
    const ideaStages = await db().select({ stageId: contentIdeas.stageId }).from(contentIdeas).where(eq(contentIdeas.projectId, copyId));
    const campaignStages = (await db().select({ stageId: campaigns.stageId }).from(campaigns).where(eq(campaigns.projectId, copyId)))
      .map((c) => c.stageId)
      .filter((id) => id !== null);
    expect(ideaStages.length).toBeGreaterThan(0);
    expect(campaignStages.length).toBeGreaterThan(0);
    expect([...ideaStages.map((i) => i.stageId), ...campaignStages].every((id) => copyStageIds.has(id))).toBe(true);
  });

  it("gives the copy's steps to the actor, with their completion", async () => {
    const { owner, mentor, projectId } = await sharedPlan();
    const copyId = await duplicateProject({ actor: mentor, projectId, name: "Para practicar" });
    const steps = await db()
      .select({
        step: projectSteps.step,
        completed: projectSteps.completed,
        updatedBy: projectSteps.updatedBy,
        lastSaveId: projectSteps.lastSaveId,
      })
      .from(projectSteps)
      .where(eq(projectSteps.projectId, copyId))
      .orderBy(projectSteps.step);
    expect(steps).toEqual([1, 2, 3, 4, 5].map((step) => ({ step, completed: step !== 5, updatedBy: mentor.id, lastSaveId: null })));
    // A mentor's copy is theirs alone: the owner of the original cannot open it.
    expect(await rowsOf(copyId)).toMatchObject({ members: [{ userId: mentor.id, role: "owner" }] });
    await expect(getPlanOverview({ actor: owner, projectId: copyId, locale: "en" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("leaves the customer data behind: a mentor's copy holds none of the customers", async () => {
    const { owner, mentor, projectId } = await sharedPlan();
    await importCustomerLines({ actor: owner, projectId, lines: [purchaseLine("ana@example.test", "2025-01-10", 1000)] });
    await saveSegmentValue({ actor: owner, projectId, segment: "best", potential: 4, note: "" });
    const copyId = await duplicateProject({ actor: mentor, projectId, name: "Para practicar" });
    const rowsIn = async (table: typeof customerImports | typeof customerPurchases | typeof customerSegmentValues, id: string) =>
      (await db().select().from(table).where(eq(table.projectId, id))).length;
    for (const table of [customerImports, customerPurchases, customerSegmentValues]) {
      expect([await rowsIn(table, copyId), await rowsIn(table, projectId)]).toEqual([0, 1]);
    }
  });

  it("copies an empty project", async () => {
    const owner = await createTestUser(db());
    const [project] = await db().insert(projects).values({ name: "Vacío", description: "Sin respuestas" }).returning({ id: projects.id });
    await db().insert(projectMembers).values({ projectId: project!.id, userId: owner.id, role: "owner" });
    const copyId = await duplicateProject({ actor: owner, projectId: project!.id, name: "Vacío (copia)" });
    const copy = await getPlanOverview({ actor: owner, projectId: copyId, locale: "es" });
    expect(copy.project).toMatchObject({ name: "Vacío (copia)", description: "Sin respuestas" });
    expect(copy.steps.every((s) => !s.started)).toBe(true);
  });

  it("answers not_found to a stranger and to a missing or malformed id, creating nothing", async () => {
    const { projectId } = await sharedPlan();
    const stranger = await createTestUser(db());
    const count = async () => (await db().select({ id: projects.id }).from(projects)).length;
    const before = await count();
    for (const id of [projectId, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      await expect(duplicateProject({ actor: stranger, projectId: id, name: "Mine now" })).rejects.toThrow(new AppError("not_found"));
    }
    expect(await count()).toBe(before);
    expect(await db().select().from(projectMembers).where(eq(projectMembers.userId, stranger.id))).toEqual([]);
  });
});
