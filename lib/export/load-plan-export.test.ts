import { expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { addComment } from "@/db/queries/comments";
import { saveVersion } from "@/db/queries/plan-versions";
import { setStepReview } from "@/db/queries/step-reviews";
import { projectMembers, projects } from "@/db/schema";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { EXPORT_NOW, EXPORT_SMALL_PLAN, exportFixture, HOSTILE } from "@/lib/testing/export-fixture";
import { loadPlanExport } from "./load-plan-export";

describeEachDatabase("loadPlanExport", (getConnection) => {
  it("reads the plan, the team and the reviews, with user text exactly as stored", async () => {
    const { data } = await exportFixture(getConnection().db, { size: EXPORT_SMALL_PLAN, hostile: true, locale: "es" });
    expect(data.locale).toBe("es");
    expect(data.members).toEqual([{ name: "Marta Gil", role: "owner" }]);
    expect(data.plan.offeringCount).toBe(2);
    expect(data.plan.categories.flatMap((c) => c.offerings).map((o) => o.name)).toContain(HOSTILE.heading);
    expect(data.plan.categories.flatMap((c) => c.offerings.flatMap((o) => o.personas)).map((p) => p.name)).toContain(HOSTILE.script);
    expect(data.openComments).toBeNull();
  });

  it("lists open comments per step for the appendix, and answers not_found to a stranger", async () => {
    const { db } = getConnection();
    const { projectId, ownerId } = await exportFixture(db, { size: EXPORT_SMALL_PLAN });
    await addComment({ id: ownerId }, projectId, { step: 2, target: null, body: "Add the online marketplace's prices." });
    const data = await loadPlanExport({ actor: { id: ownerId }, projectId, locale: "en", withComments: true, now: EXPORT_NOW });
    expect(data.openComments).toEqual([{ step: 2, threads: [expect.objectContaining({ body: "Add the online marketplace's prices." })] }]);
    const stranger = await createTestUser(db);
    await expect(
      loadPlanExport({ actor: { id: stranger.id }, projectId, locale: "en", withComments: false, now: EXPORT_NOW }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("reads a saved version as it was saved, dated then, without today's reviews or comments", async () => {
    const { db } = getConnection();
    const { data: live, projectId, ownerId } = await exportFixture(db, { size: EXPORT_SMALL_PLAN });
    const owner = { id: ownerId };
    const { id: versionId } = await saveVersion(owner, projectId, "Before the launch");
    await db.update(projects).set({ name: "Renamed afterwards" }).where(eq(projects.id, projectId));
    const mentor = await createTestUser(db);
    await db.insert(projectMembers).values({ projectId, userId: mentor.id, role: "mentor" });
    await setStepReview(mentor, projectId, 1, "reviewed", "");

    const load = (actor: { id: string }, id: string) =>
      loadPlanExport({ actor, projectId, locale: "en", withComments: true, now: EXPORT_NOW, source: { versionId: id } });
    const data = await load(owner, versionId);
    expect(data.plan).toEqual(live.plan);
    expect(data.version).toEqual({ number: 1, name: "Before the launch" });
    expect(data.generatedAt).not.toEqual(EXPORT_NOW);
    expect(data.reviews.every((r) => r.review === null)).toBe(true);
    expect(data.openComments).toBeNull();
    const stranger = await createTestUser(db);
    await expect(load(stranger, versionId)).rejects.toMatchObject({ code: "not_found" });
    await expect(load(owner, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found" });
  });
});
