import { expect, it } from "vitest";
import { setConnectionForTests } from "@/db/client";
import { createTestUser, describeEachDatabase } from "@/lib/testing/databases";
import { GUITAR_STAGES, mapEveryPersona } from "@/lib/testing/journey-seed";
import { LARGE_PLAN, seedPlan } from "@/lib/testing/plan-seed";
import { countingConnection } from "@/lib/testing/query-counter";
import { getCompetitorsStep } from "./competitors-step";
import { getDemographicsStep } from "./demographics-step";
import { getIntegrationStep } from "./integration-step";
import { getOfferingsStep } from "./offerings-step";
import { getPersonasStep } from "./personas-step";
import { getProject } from "./projects";

type Reader = (input: { actor: { id: string }; projectId: string }) => Promise<unknown>;

// What each step page reads in one request: the project (shared with the layout through
// React's cache) and the step itself. The session is a JWT, so it costs no query.
const STEP_PAGES: Record<string, Reader> = {
  "layout only": async () => undefined,
  offerings: getOfferingsStep,
  competitors: getCompetitorsStep,
  demographics: getDemographicsStep,
  personas: getPersonasStep,
  integration: getIntegrationStep,
};

describeEachDatabase("step pages", (getConnection, kind) => {
  it("read with a constant number of queries, whatever the plan's size", async () => {
    const db = getConnection().db;
    const owner = await createTestUser(db);
    const small = await seedPlan(db, {
      ownerId: owner.id,
      size: { offerings: 1, personasPerOffering: 1, contentIdeas: 1, socialPlans: 1, campaigns: 1 },
    });
    const large = await seedPlan(db, { ownerId: owner.id, size: LARGE_PLAN });
    // Twelve personas, each with a map written on all eight of the project's stages.
    const mapped = await seedPlan(db, {
      ownerId: owner.id,
      size: { offerings: 3, personasPerOffering: 4, contentIdeas: 40, socialPlans: 12, campaigns: 12 },
    });
    await mapEveryPersona(db, mapped.projectId, [...GUITAR_STAGES, "Second order", "Referral"]);
    const counting = await countingConnection(getConnection());
    setConnectionForTests(counting.connection);

    const counts: Record<string, number[]> = {};
    for (const [page, readStep] of Object.entries(STEP_PAGES)) {
      counts[page] = [];
      for (const { projectId } of [small, large, mapped]) {
        counting.queries.length = 0;
        await getProject({ actor: owner, projectId });
        await readStep({ actor: owner, projectId });
        counts[page].push(counting.queries.length);
      }
    }
    console.log(
      `[step-pages] ${kind}: queries per page (small plan, large plan, 12 personas mapped on 8 stages): ${JSON.stringify(counts)}`,
    );
    for (const [page, [forSmall, forLarge, forMapped]] of Object.entries(counts)) {
      expect(forLarge, page).toBe(forSmall);
      expect(forMapped, page).toBe(forSmall);
      // A handful per page: anything near the plan's size would be an N+1.
      expect(forSmall, page).toBeLessThanOrEqual(12);
    }
  });
});
