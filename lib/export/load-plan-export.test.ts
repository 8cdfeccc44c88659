import { expect, it } from "vitest";
import { addComment } from "@/db/queries/comments";
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
});
