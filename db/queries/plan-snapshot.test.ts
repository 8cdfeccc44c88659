import { expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { GUITAR_STAGES, mapEveryPersona } from "@/lib/testing/journey-seed";
import { LARGE_PLAN, seedPlan } from "@/lib/testing/plan-seed";
import { getPlanOverview, planFromSnapshot, readPlanSnapshot } from "./plan-overview";

// A saved version keeps the snapshot as JSON and reads it back later, in either language: the
// plan it gives must be the very plan the live read gives, or a version would misreport itself.
describeEachDatabase("plan snapshot", (getConnection) => {
  it("survives a trip through JSON and reads back as the live plan, in each language", async () => {
    const { db } = getConnection();
    setConnectionForTests(getConnection());
    const owner = await createTestUser(db);
    const { projectId } = await seedPlan(db, {
      ownerId: owner.id,
      size: { ...LARGE_PLAN, offerings: 3, contentIdeas: 12, socialPlans: 5, campaigns: 4 },
    });
    await mapEveryPersona(db, projectId, [...GUITAR_STAGES]);

    const snapshot = await db.transaction((tx) => readPlanSnapshot(tx, projectId));
    const stored = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
    expect(stored).toEqual(snapshot);
    for (const locale of ["en", "es"] as const) {
      const live = await getPlanOverview({ actor: owner, projectId, locale });
      expect(planFromSnapshot(stored, locale)).toEqual(live);
    }
    expect(snapshot.personas.length).toBe(3 * LARGE_PLAN.personasPerOffering);
    expect(snapshot.campaigns.length).toBe(4);
  });
});
